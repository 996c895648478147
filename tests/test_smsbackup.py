"""A phone's text messages saved by SMS Backup & Restore, read as a chat."""

from coop_extract import smsbackup

BACKUP = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
    "<!--File Created By SMS Backup & Restore v10.20.002 on 26/11/2026 08:15:07-->\n"
    '<smses count="3" backup_date="1795652107000" type="full">\n'
    '  <sms protocol="0" address="+85291234567" date="1795226520000" type="1" '
    'body="Four of us land in Xuchang on Tuesday for the expo. Can we visit a factory on '
    'Wednesday?" read="1" readable_date="21 Nov 2026 10:02:00" contact_name="Kelvin Tam" />\n'
    '  <sms protocol="0" address="+85291234567" date="1795227340000" type="2" '
    'body="Welcome! I&apos;ve booked it.&#10;Zhao Yanan, Bureau of Commerce" read="1" '
    'readable_date="Nov 21, 2026 10:15:40 AM" contact_name="Kelvin Tam" />\n'
    '  <mms date="1795599612000" msg_box="1" readable_date="25 Nov 2026 17:40:12" '
    'contact_name="Kelvin Tam"><parts><part seq="-1" ct="application/smil" text="&lt;smil/&gt;" />'
    '<part seq="0" ct="image/jpeg" name="IMG_0412.jpg" />'
    '<part seq="0" ct="text/plain" text="We signed the supply contract this afternoon: '
    'HK$5.8 million." /></parts></mms>\n'
    "</smses>\n"
)


def test_sms_backup_reads_as_a_chat():
    assert smsbackup.looks_like_sms_backup(BACKUP)
    shown, where, count = smsbackup.sms_backup_text(BACKUP)
    # each message under the phone's own day and time, a sent one's sender "Me", its
    # entities decoded; an MMS's text part only (no layout, no picture)
    assert count == 3
    assert shown.splitlines() == [
        "[2026-11-21, 10:02] Kelvin Tam: Four of us land in Xuchang on Tuesday for the expo. "
        "Can we visit a factory on Wednesday?",
        "[2026-11-21, 10:15] Me: Welcome! I've booked it.",
        "Zhao Yanan, Bureau of Commerce",
        "[2026-11-25, 17:40] Kelvin Tam: We signed the supply contract this afternoon: "
        "HK$5.8 million.",
    ]
    at = shown.index("2026-11-25")
    assert BACKUP[slice(*where.span(at, at + 10))] == "25 Nov 2026 17:40:12"
    at = shown.index("I've")
    assert BACKUP[slice(*where.span(at, at + 4))] == "I&apos;ve"


def test_sms_backup_needs_its_root():
    assert not smsbackup.looks_like_sms_backup('<calls count="1"><call number="1" /></calls>')
    assert not smsbackup.looks_like_sms_backup("<smses count='0'></smses>")


def test_sms_backup_extracted(extractor):
    doc = extractor.extract(BACKUP)
    # the chat's day is its first message's, not the backup's; "Four of us land in Xuchang
    # on Tuesday" is the Tuesday after the message (a question sets no visit)
    assert doc.publication_date == "2026-11-21"
    assert [(e.type, e.date) for e in doc.events] == [
        ("visit", "2026-11-24"),
        ("conference", "2026-11-24"),
        ("signing", "2026-11-25"),
    ]
    assert [(f.kind, f.value, f.currency) for f in doc.figures] == [("money", 5800000.0, "HKD")]
    assert doc.warnings[0].startswith("read as a phone's text messages")
