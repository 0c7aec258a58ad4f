"""A synthetic corpus for benchmarks and scale tests, generated from a seed.

Articles are composed of sentences in the style of conflict reporting, written
here as templates with slots filled from the gazetteer (actors, towns,
states), numbers and date phrases, plus filler sentences without events.
Nothing here is real reporting; it only has the shape of it.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from .lexicon import MONTHS, WEEKDAYS

EVENT_TEMPLATES = [
    "{actor} fighters seized {town} on {date}, the group said in a statement.",
    "The {junta} lost the town of {town} to the {actor} {weekday_phrase}.",
    "{town} fell to {actor} troops on {date} after {k} days of fighting.",
    "The {actor} said it had captured {qual}{n} junta {posts} around {town} since {month_year}.",
    "At least {n} soldiers were killed in the clashes near {town}, according to the {actor}.",
    "{n} junta troops surrendered to the {actor} in {town} Township {weekday_phrase}.",
    "The {actor} now controls {small} of {state}'s {total} townships, its spokesperson said.",
    "Junta airstrikes destroyed more than {n} houses in {town} on {date}, residents said.",
    "The {actor} launched a new offensive in {state} in {month_year}.",
    "{actor} forces took over {town} and {town2} on {date}.",
    "The {actor} attempted to seize {town} but was pushed back by artillery fire.",
    "Analysts said {town} could fall to the {actor} within weeks.",
    "Local PDF units detained {n} soldiers who had fled {town} {weekday_phrase}.",
]
FILLER = [
    "Residents said the prices of rice and cooking oil had risen sharply in recent months.",
    "Thousands of families are sheltering in monasteries and schools outside the town.",
    "Internet and phone lines remain cut across much of the region, making reports hard to verify.",
    "Aid groups warned of shortages of medicine as the rainy season approaches.",
    "A teacher who asked not to be named described long queues for fuel in the market.",
    "The road to the border has been closed to trucks for several weeks, traders said.",
    "Farmers said they could not reach their fields because of landmines and shelling.",
    "Volunteers have opened a clinic in a village hall to treat the sick and the elderly.",
    "Many young men have left for Thailand to avoid conscription, their relatives said.",
    "Electricity is available for only a few hours a day in most wards of the town.",
    "Humanitarian agencies estimate that tens of thousands of people need food assistance.",
    "Students in the area have been unable to sit their examinations for two years.",
    "Local monks organised a collection of clothes and blankets for displaced families.",
    "The price of a sack of rice has doubled since the start of the year, shopkeepers said.",
    "Health workers said cases of malaria and diarrhoea were increasing in the camps.",
    "Some families have returned to their homes to find them looted and damaged.",
]


def _pools():
    from .gazetteer import actors, places

    a = actors()
    res = a[a["side"] == "resistance"]
    names = sorted({n for r in res.itertuples() for n in (r.name, r.short_name) if isinstance(n, str) and n})
    junta = ["junta", "military regime", "military council", "regime"]
    p = places()
    towns = sorted(set(p.loc[p["place_type"] == "town", "name"]) - {"Kyaw", "Aung", "Min", "Win", "Ann"})
    states = sorted(set(p.loc[p["place_type"] == "state", "name"]))
    return names, junta, towns, states


def article(rng: random.Random, pools, n_words: int, published: date) -> tuple[str, str]:
    """One article: (title, body) of about ``n_words`` words."""
    actors, junta, towns, states = pools
    sentences, words = [], 0
    while words < n_words:
        if rng.random() < 0.22:
            d = published - timedelta(days=rng.randint(1, 40))
            s = rng.choice(EVENT_TEMPLATES).format(
                actor=rng.choice(actors), junta=rng.choice(junta), town=rng.choice(towns), town2=rng.choice(towns),
                state=rng.choice(states), n=rng.choice([3, 5, 12, 18, 25, 40, 60, 120, 300, 1500]),
                small=rng.randint(2, 9), total=rng.randint(10, 20), k=rng.randint(2, 30),
                qual=rng.choice(["", "more than ", "about ", "nearly ", "at least "]),
                posts=rng.choice(["bases", "outposts", "camps", "positions"]),
                date=f"{d.day} {MONTHS[d.month - 1]}", month_year=f"{MONTHS[d.month - 1]} {d.year}",
                weekday_phrase=rng.choice(["on " + rng.choice(WEEKDAYS), "last week", "last " + rng.choice(WEEKDAYS)]))
        else:
            s = rng.choice(FILLER)
        sentences.append(s)
        words += len(s.split())
    paras, i = [], 0
    while i < len(sentences):
        k = rng.randint(1, 3)
        paras.append(" ".join(sentences[i:i + k]))
        i += k
    title = f"{rng.choice(actors)} and junta clash near {rng.choice(towns)}"
    return title, "\n\n".join(paras)


def write_corpus(folder: str | Path, n_articles: int, seed: int = 1027, min_words: int = 500,
                 max_words: int = 800, per_folder: int = 1000) -> Path:
    """Write ``n_articles`` Markdown articles with front matter into ``folder``
    (sharded into subfolders of ``per_folder`` files). Reuses a complete cached copy."""
    folder = Path(folder)
    stamp = folder / ".complete"
    want = f"{n_articles} {seed} {min_words} {max_words}"
    if stamp.is_file() and stamp.read_text() == want:
        return folder
    rng = random.Random(seed)
    pools = _pools()
    start = date(2023, 10, 27)
    for i in range(n_articles):
        pub = start + timedelta(days=rng.randint(0, 700))
        title, body = article(rng, pools, rng.randint(min_words, max_words), pub)
        sub = folder / f"part-{i // per_folder:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"a{i:07d}.md").write_text(f"---\ntitle: \"{title}\"\noutlet: Synthetic\npublished: {pub.isoformat()}\n"
                                          f"---\n{body}\n", encoding="utf-8")
    stamp.write_text(want)
    return folder
