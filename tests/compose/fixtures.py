"""Deterministic news-like articles with quotations, about 4,500 characters each.

``article(i)`` always returns the same text for the same ``i`` and different texts for
different ``i``. The people, places and events are invented. Each article has direct
quotes (curly and straight quotation marks, speaker before or after), a mixed quote
and reported speech, like the articles the service is built for.

    python3 tests/compose/fixtures.py 3      # print article 3
"""

from __future__ import annotations

import random
import sys

PEOPLE = [
    ("Maria Delgado", "the regional governor"),
    ("Thomas Brenner", "the finance minister"),
    ("Aisha Karimova", "a spokeswoman for the port authority"),
    ("Henrik Lund", "the chief executive of Nordvik Shipping"),
    ("Priya Raman", "an economist at the Institute for Trade Studies"),
    ("Daniel Okafor", "the mayor of Port Haven"),
    ("Elena Petrova", "the head of the national grid operator"),
    ("James Whitfield", "a senator from the opposition Reform Party"),
    ("Sofia Marchetti", "the president of the farmers' union"),
    ("Kenji Watanabe", "a professor of public health at Eastbridge University"),
    ("Fatima Haddad", "the interior minister"),
    ("Lucas Moreau", "the union's lead negotiator"),
    ("Grace Mensah", "the director of the city's water board"),
    ("Viktor Novak", "the defence minister"),
    ("Hannah Schulz", "a spokeswoman for the European Commission"),
    ("Omar Farouk", "the chairman of the chamber of commerce"),
]

PLACES = [
    "Port Haven",
    "Eastbridge",
    "Valmora",
    "Northfield",
    "Kestrel Bay",
    "Lindenau",
    "San Aurelio",
    "Bramford",
    "Oakridge",
    "Marlow Point",
]

ORGS = [
    "the Ministry of Finance",
    "Nordvik Shipping",
    "the National Grid Agency",
    "the Reform Party",
    "the World Health Organization",
    "the European Commission",
    "the Central Bank",
    "the Port Authority",
    "the Farmers' Union",
    "Eastbridge University",
]

TOPICS = [
    ("the budget", "spending cuts", "the deficit"),
    ("the strike", "wage talks", "the walkout"),
    ("the floods", "the emergency response", "the damaged levees"),
    ("the power cuts", "the grid upgrade", "winter demand"),
    ("the trade deal", "import tariffs", "the new customs rules"),
    ("the vaccination drive", "the clinic closures", "hospital waiting lists"),
    ("the port expansion", "the dredging contract", "container traffic"),
    ("the border talks", "the ceasefire", "the prisoner exchange"),
]

DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "at the weekend"]

QUOTES = [
    "We will not accept a plan that leaves families paying for mistakes they did not make",
    "The numbers speak for themselves, and they are worse than anyone expected",
    "This is a turning point, and we intend to use it",
    "Nobody in this building wants a long fight, but we are ready for one",
    "We have asked for the same thing for three years and we are still waiting",
    "It is too early to say how much this will cost, but it will not be cheap",
    "Our engineers have worked through the night and they will keep working",
    "I understand the anger, and I share a good part of it",
    "There is no quick fix here, whatever some people would like to believe",
    "We are talking to everyone who will talk to us",
    "If the money arrives on time, the work can be finished before winter",
    "The agreement is not perfect, but it is far better than no agreement at all",
    "People deserve straight answers, and they will get them from me",
    "We warned about this risk last year and nobody listened",
    "The priority now is to keep people safe and to keep the lights on",
    "Every week of delay costs this region jobs it cannot afford to lose",
]

FRAGMENTS = [
    "a reckless gamble",
    "long overdue",
    "a step in the right direction",
    "completely unacceptable",
    "the worst in a generation",
    "a fragile first step",
]

FILLER = [
    "The dispute has dragged on since the spring, when {org} first raised the alarm about {t2}.",
    "Officials in {place} said the first results would be published by the end of the month.",
    "Figures released {day} showed that {t3} had grown faster than forecast in the last quarter.",
    "Talks between the two sides resumed {day} after a pause of almost two weeks.",
    "Opposition politicians have called for a parliamentary inquiry into {t1}.",
    "Several hundred people gathered outside the town hall in {place} {day} to demand action.",
    "Analysts said the outcome would depend largely on how quickly {org} could act.",
    "The government has set aside an emergency fund, although critics say it is too small.",
    "Local businesses in {place} reported a sharp drop in trade over the past month.",
    "A final decision on {t2} is expected before parliament breaks for the summer.",
]


def _direct(rng: random.Random, name: str, role: str, day: str) -> str:
    quote = rng.choice(QUOTES)
    form = rng.randrange(5)
    if form == 0:
        return f"\u201c{quote},\u201d {name} said {day}."
    if form == 1:
        return f'"{quote}," said {name}, {role}.'
    if form == 2:
        return f"{name}, {role}, told reporters {day}: \u201c{quote}.\u201d"
    if form == 3:
        surname = name.split()[-1]
        return f"\u201c{quote},\u201d {surname} said. \u201c{rng.choice(QUOTES)}.\u201d"
    return f'"{quote}," {name.split()[-1]} added.'


def _mixed(rng: random.Random, name: str, topic: tuple[str, str, str]) -> str:
    return (
        f"{name} described {topic[1]} as \u201c{rng.choice(FRAGMENTS)}\u201d "
        f"and said the government should \u201cstop pretending the problem will go away.\u201d"
    )


def _indirect(rng: random.Random, name: str, role: str, topic: tuple[str, str, str]) -> str:
    return (
        f"{name}, {role}, said that {topic[0]} would be discussed again next week "
        f"and that no option had been ruled out."
    )


def article(i: int, target: int = 4500) -> str:
    """The ``i``-th article: about ``target`` characters of paragraphs."""
    rng = random.Random(f"quotewire-compose-{i}")
    topic = rng.choice(TOPICS)
    place = rng.choice(PLACES)
    people = rng.sample(PEOPLE, 3)
    fmt = {
        "org": rng.choice(ORGS),
        "place": place,
        "t1": topic[0],
        "t2": topic[1],
        "t3": topic[2],
        "day": rng.choice(DAYS),
    }
    lead_name, lead_role = people[0]
    paragraphs = [
        f"{place.upper()} \u2014 {lead_name}, {lead_role}, warned {fmt['day']} that {topic[0]} "
        f"could threaten {topic[2]} in {place} unless {fmt['org']} acted quickly "
        f"(report no. {i}).",
    ]
    k = 0
    while sum(len(p) + 2 for p in paragraphs) < target - 200:
        name, role = people[k % len(people)]
        day = rng.choice(DAYS)
        kind = k % 4
        if kind in (0, 2):
            text = _direct(rng, name, role, day)
        elif kind == 1:
            text = _mixed(rng, name, topic)
        else:
            text = _indirect(rng, name, role, topic)
        filler = " ".join(rng.choice(FILLER).format(**fmt) for _ in range(2))
        paragraphs.append(text)
        paragraphs.append(filler)
        k += 1
    return "\n\n".join(paragraphs) + "\n"


def long_article(n_chars: int, first: int = 1000) -> str:
    """One long text made of consecutive articles, for a job that runs for a while."""
    parts: list[str] = []
    i = first
    while sum(len(p) for p in parts) < n_chars:
        parts.append(article(i))
        i += 1
    return "\n".join(parts)


if __name__ == "__main__":
    sys.stdout.write(article(int(sys.argv[1]) if len(sys.argv) > 1 else 0))
