"""Make a corpus of varied synthetic articles for benchmarks.

Articles are built from the paragraphs of ``samples/`` (and of ``../shared/seeds`` where
present), shuffled and recombined, with city names, people, numbers and dates swapped at
random, so that no two articles are the same text. Deterministic for a given seed.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CITIES = [
    "Shenzhen", "Guangzhou", "Suzhou", "Hangzhou", "Chengdu", "Wuhan", "Xiamen", "Qingdao",
    "Nanjing", "Tianjin", "Chongqing", "Foshan", "Dongguan", "Zhuhai", "Ningbo", "Hefei",
    "Xi'an", "Changsha", "Kunming", "Jinan", "Fuzhou", "Nanning", "Harbin", "Shanghai",
]  # fmt: skip
PARTNERS = ["Hong Kong", "Macau", "Macao", "Singapore", "Hong Kong SAR"]
SURNAMES = ["Li", "Wang", "Chan", "Cheung", "Zhou", "Lam", "Ho", "Wong", "Chen", "Huang"]
GIVEN = ["Wei", "Jianhua", "Ka-ming", "Xiaoli", "Hongbo", "Mei-ling", "Jun", "Tao", "Lei"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip


def source_paragraphs() -> list[str]:
    """Every paragraph of the sample (and seed) articles."""
    paths = sorted((ROOT / "samples").glob("*.txt"))
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        paths += sorted(seeds.glob("*.txt"))
    paras = []
    for path in paths:
        for para in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            if len(para.split()) >= 5:
                paras.append(para.strip())
    return paras


def vary(text: str, rng: random.Random) -> str:
    """Swap cities, numbers and days in ``text``."""
    for city in ("Suzhou", "Shenzhen", "Chongqing", "Guangzhou", "Wuhan", "Xiamen", "Chengdu"):
        if city in text and rng.random() < 0.7:
            text = text.replace(city, rng.choice(CITIES))
    if "Hong Kong" in text and rng.random() < 0.3:
        text = text.replace("Hong Kong", rng.choice(PARTNERS))
    text = re.sub(r"\b\d+(?:\.\d+)?\b", lambda m: _number(m.group(), rng), text)
    text = re.sub(
        r"\b(?:Cao|Gu|Huang|Tai|Sun|Wang)\s+[A-Z][a-z]+(?:-[a-z]+)?\b",
        lambda m: f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}",
        text,
    )
    return re.sub(r"\b(?:May|June|October|March)\b(?=\s+\d)", lambda m: rng.choice(MONTHS), text)


def _number(digits: str, rng: random.Random) -> str:
    if len(digits) == 4 and digits.startswith(("19", "20")):
        return str(rng.randint(2015, 2025))  # years stay years
    if "." in digits:
        return f"{rng.uniform(0.5, 99):.1f}"
    return str(max(1, int(int(digits) * rng.uniform(0.5, 1.5))))


def make_corpus(n: int, seed: int = 7) -> list[str]:
    """Return ``n`` articles of 3 to 9 paragraphs each."""
    rng = random.Random(seed)
    paras = source_paragraphs()
    day = lambda: f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"  # noqa: E731
    articles = []
    for _ in range(n):
        body = [vary(p, rng) for p in rng.sample(paras, rng.randint(3, min(9, len(paras))))]
        articles.append(f"Updated: {day()} 10:00\n\n" + "\n\n".join(body) + "\n")
    return articles


def write_corpus(folder: Path, articles: list[str]) -> None:
    """Write the articles as ``folder/NNNNN.txt``."""
    folder.mkdir(parents=True, exist_ok=True)
    for k, text in enumerate(articles):
        (folder / f"{k:05d}.txt").write_text(text, encoding="utf-8")
