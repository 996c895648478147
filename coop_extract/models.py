"""Pydantic v2 records: the single source of truth for coop-extract's JSON output.

The JSON Schema printed by ``coop-extract schema`` is generated from these classes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

EventType = Literal["visit", "signing", "meeting", "conference", "launch", "other"]
FigureKind = Literal["money", "percentage", "agreement_count"]
PlaceKind = Literal["city", "district", "province", "sar", "country", "region"]


class Record(BaseModel):
    """Base for every output record: unknown keys are refused, so typos fail loudly."""

    model_config = ConfigDict(extra="forbid")


class Mention(Record):
    """One occurrence in the input: ``input[start:end] == text`` always."""

    text: str = Field(description="The exact text of the mention.")
    start: int = Field(ge=0, description="Character offset of the first character.")
    end: int = Field(ge=0, description="Character offset one past the last character.")
    rule: str = Field(default="", description="Id of the rule or pattern that found it.")


class Evidence(Record):
    """The passage that supports a fact (a sentence or clause)."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class City(Record):
    """A place: a city, district, province, SAR, country or region."""

    name: str = Field(description="Canonical English name ('Hong Kong', not 'HK').")
    kind: PlaceKind = Field(default="city", description="What sort of place it is.")
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code.")
    province: str | None = Field(default=None, description="Province (for Chinese places).")
    parent: str | None = Field(default=None, description="Parent city of a district.")
    geonameid: int | None = Field(default=None, description="GeoNames id, where known.")
    latitude: float | None = None
    longitude: float | None = None
    mentions: list[Mention] = Field(default_factory=list)


class Official(Record):
    """A person named with a role."""

    name: str = Field(description="Full name as first given in the article.")
    title: str | None = Field(default=None, description="The role as the article states it.")
    affiliation: str | None = Field(
        default=None, description="The place or body the role belongs to."
    )
    aliases: list[str] = Field(
        default_factory=list, description="Other forms used later ('Mr Chang', 'Cao')."
    )
    rule: str = Field(default="", description="Id of the rule that found the title.")
    mentions: list[Mention] = Field(default_factory=list)


class Institution(Record):
    """A named organisation."""

    name: str = Field(description="Full name, without a leading 'the'.")
    acronym: str | None = None
    kind: Literal["government", "university", "research", "company", "association", "other"] = (
        "other"
    )
    aliases: list[str] = Field(default_factory=list)
    rule: str = ""
    mentions: list[Mention] = Field(default_factory=list)


class Event(Record):
    """A dated happening: a visit, a signing, a meeting, a conference, a launch."""

    type: EventType
    date: str | None = Field(description="ISO date: YYYY-MM-DD, YYYY-MM or YYYY.")
    end_date: str | None = Field(default=None, description="Last day of a range.")
    date_text: str | None = Field(default=None, description="The date as written.")
    status: Literal["reported", "planned"] = "reported"
    trigger: str = Field(default="", description="The word or phrase that typed the event.")
    participants: list[str] = Field(default_factory=list, description="Canonical names.")
    location: str | None = None
    figures: list[int] = Field(
        default_factory=list,
        description="Indexes into the document's figures (agreement counts of the sentence).",
    )
    rule: str = ""
    evidence: Evidence


class Figure(Record):
    """A money amount, a percentage or a count of agreements."""

    kind: FigureKind
    value: float = Field(
        description="Money in currency units; percentages as written; the low end of a range."
    )
    value_max: float | None = Field(default=None, description="The high end of a range.")
    currency: str | None = Field(default=None, description="ISO 4217 code, money only.")
    unit: str | None = Field(
        default=None, description="'percent', 'percentage point', or what is counted."
    )
    qualifier: str | None = Field(default=None, description="'more than', 'nearly', ...")
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    subject: str | None = Field(default=None, description="What the figure is about.")
    period: str | None = Field(
        default=None, description="The period it refers to, as written ('in January')."
    )
    equivalent_of: int | None = Field(
        default=None,
        description="Index of the figure this amount converts ('100 billion yuan (US$13.8 bn)').",
    )
    direction: Literal["increase", "decrease"] | None = Field(
        default=None, description="For a change: which way."
    )
    basis: str | None = Field(default=None, description="For a change: 'year-on-year', ...")
    leads_to: int | None = Field(
        default=None,
        description="For a change: index of the amount it led to ('up 28.7% to $796 million').",
    )
    share: bool = Field(default=False, description="The percentage is a share of something.")
    share_of: str | None = Field(default=None, description="What it is a share of.")
    share_source: str | None = Field(
        default=None, description="Whose share it is ('was from Hong Kong')."
    )
    fields: list[str] = Field(
        default_factory=list, description="Agreement counts: the fields the agreements cover."
    )
    parties: list[str] = Field(
        default_factory=list,
        description="Agreement counts: places and bodies named in the same sentence.",
    )
    rule: str = ""


class PublicationDate(Record):
    """Where the publication date came from."""

    date: str
    source: Literal["text", "ref-date"]
    text: str | None = None
    start: int | None = None
    end: int | None = None
    rule: str = ""


class Document(Record):
    """Everything coop-extract found in one input text."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    source: str = Field(default="<text>", description="Path, or '<stdin>'.")
    publication_date: str | None = Field(
        default=None, description="The article's date (YYYY-MM-DD), or the --ref-date."
    )
    publication_date_info: PublicationDate | None = None
    cities: list[City] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    institutions: list[Institution] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def quoted(self) -> Iterator[Mention | Figure | Evidence]:
        """Every part of the record that quotes the input at its offsets: the mentions of
        places, officials and institutions, the figures, the events' evidence."""
        for entity in (*self.cities, *self.officials, *self.institutions):
            yield from entity.mentions
        yield from self.figures
        for event in self.events:
            yield event.evidence


def json_schema() -> dict:
    """Return the JSON Schema of one output document."""
    return Document.model_json_schema()
