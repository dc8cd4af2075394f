"""Blind15: a fifteenth independent held-out set of injected internal-consistency templates.

Used by ``benchmarks/consistency_injection.py --split blind15`` (all templates of
this module, with the context functions of this module).

Written on 2026-11-24 (started 12:13:05 UTC, ``date -u``) by an independent
tester, on branch ``cblind15`` (worktree /work/wt/cblind15) from base commit
cd1eb7a9cbd15d02c192ee81566784b8183f4d0f (``git rev-parse HEAD``), from the
brief's definition of the two kinds only: ``name_inconsistency`` (the same
person introduced by full name and later referred to by a variant of the
surname: a letter changed, doubled or dropped, two letters swapped, or a
transliteration/spelling variant -- Arabic, Russian, Ukrainian, Belarusian,
Chinese (pinyin/Wade-Giles, Cantonese/Mandarin), Korean, Japanese, Hindi,
Bengali, Urdu, Punjabi, Tamil, Sinhala, Nepali, Greek, Persian, Hebrew,
Yiddish, Turkish, Azerbaijani, Vietnamese, Polish, Czech, Hungarian, Romanian,
Serbian, Bulgarian, German, Icelandic, Lithuanian, Latvian, Thai, Georgian,
Armenian, Swahili, Amharic, Tigrinya, Indonesian, Malay, Yoruba, Hausa,
Somali, Pashto, Burmese, Kazakh, Uzbek, Mongolian, Tibetan, Kurdish;
near-misses: two different people with similar names, both introduced in
full, relatives sharing a surname, a place, company, product or ship named
like a person, a person with a title then the title and surname only, spelt
consistently) and ``conflicting_figures`` (one quantity stated as fact with two
different numbers in one article, in varied wording -- digits and number
words; counts, money, percentages, measures, durations, ages, speeds,
distances, prices, scores, votes, areas, weights, margins, capacities,
temperatures, rainfall, altitudes, volumes; near-misses: hedged or estimated
figures, ranges, updates and revisions, different occasions/places/groups/
years, parts of a whole, forecasts or targets against outcomes, two named
sources that disagree).  The figure templates are half restated in the same
words as the first mention (the same unit or noun after the number) and half
in other words: another noun ("jobs" ... "posts"), a nominalised verb ("will
invest" ... "the investment of", "fell" ... "the fall", "seized" ... "the
seizure"), a pronoun ("Its capacity", "Her tally"), an appositive ("The
engines, 36 in total,"), "That total", "that haul", "the margin", a possessive
("the jail's", "the ship's"), a hyphenated compound ("-kilometre road",
"-year tenure", "-kilo reptile"), a synonym of the people noun ("residents"
... "locals", "workers" ... "staff", "inmates" ... "prisoners", "passengers"
... "guests", "patients" ... "people"), and a rate stated as a level ("the
jobless rate rose to X" ... "with Y of the workforce out of work"; turnout;
a vaccination rate).
Fresh: this set never went through the detector; it is to be scored once on the code at the end of session 18 as the "before" of session 19's rounds, and never used to tune.

What the author read: the brief; ``date -u`` and ``git rev-parse HEAD`` of the
new worktree; ``ls`` of benchmarks/ and tests/ (file names only); ``wc -l`` of
blind14's template module and of the two test files below; ``grep -n`` of
section line numbers in blind14's module (to copy its machinery section with
``sed``); benchmarks/consistency_templates_blind14.py (whole file: header,
people lists, helpers, context functions and all four template lists -- none
of its sentences, people, places, organisations, titles, roles or name pairs
is reused here); tests/consistency_template_checks.py and
tests/test_consistency_templates_blind14.py (whole files); ``grep -n -A11 "def
load_benchmark" tests/conftest.py``; in benchmarks/consistency_injection.py
only the output of ``grep -n "blind14\\|BLIND14\\|def sets_for\\|choices=\\|^SPLITS"``
(before the wiring) and of ``grep -n "blind15"`` (after it), plus a count of
its ``blind14`` lines.  Seen by accident: the subject line of the base commit,
printed by ``git worktree add`` ("consistency.py review: the written forms of
every people noun built once at import (_PEOPLE_FORMS), not per reference in
two places; behaviour_guard 0 differences; consistency splits
held_out/blind3/10/11/13 unchanged"), which names an internal of the detector
(people nouns' written forms are precomputed) but no rule, list or score; and,
in the ``ls`` of benchmarks/, the names of other files there (date template
sets up to blind40 and other benchmark scripts), none opened.  The set was
written before and independently of that subject line's content (the "synonym
of the people noun" restatements come from the brief).  The ``sed`` wiring of
``blind15`` was scripted and checked with ``grep -n`` only; the harness was
only byte-compiled (``python -m py_compile``, its ``__pycache__`` deleted),
never run.
Not read, grepped, imported or run: src/reliability/, features/, docs/,
README.md, benchmarks/results/, the body of benchmarks/consistency_injection.py,
any other tests/test_consistency* file or test about names, the templates of
blind2 to blind13, any git history; ``reliability.score`` was never called
and the detector was never run on these templates.
tests/test_consistency_templates_blind15.py imports the harness module to
check the ``blind15`` wiring (the harness's lists are never printed or
inspected), and loads blind14's module to check that nothing is shared with
it (earlier sets could not be checked, as their templates were not to be read;
the brief's pairs Mohammed/Muhammad, Young/Yang and Tchaikovsky/Chaikovsky,
and every pair named in blind14, were deliberately not used).  The author ran
only the well-formedness test of this set, which runs no detector, and
throwaway scripts in /tmp rendering samples of each list and counting the
restatement kinds.

The helpers for spelling numbers and for the mechanical misspellings
(``_change``, ``_swap``, ``_drop``, ``_double``, ``spell``, ``value_of``,
``_pair``, ``_round_pair``, ``_styled``), ``name_context``,
``name_near_context``, the context-function signatures and ``_figures`` (all
its families) are blind14's, copied unchanged.  All people, places,
organisations, titles, roles, name pairs and sentences are new.  This set has
63 name templates (90 transliteration people from some 48 languages, 40
invented people for the mechanical variants), 75 figure templates (written as
38 restated in the same words and 37 in other words; by the test's count of
the word after each number, also 38 and 37; 26 figure families), 47 name
near-misses and 54 figure near-misses.

Conventions (those of the harness, as in blind3 to blind14): a template is a
tuple of one to three sentences with ``{placeholders}``; a context function
takes a ``random.Random`` and returns the dict filling them; conflict sides are
marked ``[[...]]`` in the template (the full name and the variant surname; the
two numbers); the context key ``"kind"`` names the variant:

* names: ``transliteration`` (drawn about a third of the time; the pair's two
  spellings are used in either order), ``letter changed``, ``letters swapped``,
  ``letter dropped``, ``letter doubled``;
* figures: the number style of the two sides, ``digits/digits``,
  ``words/digits``, ``digits/words``, ``words/words`` (applies to the small
  counts ``c``, percentages ``pc``, ages ``age``, day counts ``dy``, hour
  counts ``hr``, week counts ``wk`` and year counts ``yr``); hundreds ``hh``,
  thousands ``th``, votes ``vt``, money ``usd``/``eur``/``gbp``, prices ``pr``,
  distances ``km``/``mi``, speeds ``spd`` (km/h), weights ``kg``/``tn``,
  minutes ``mn``, temperatures ``tc`` (degrees Celsius), points ``pts``,
  hectares ``ha``, rainfall ``mm``, altitudes ``ft`` and volumes ``lt`` are
  always digits, as copy writes them.

Figure families are ``<family>1`` / ``<family>2``.  In conflict contexts the two
values differ by at least 20 percent (either order).  In near-miss contexts the
first value is always the larger one.  Near-miss templates carry no marks.

Extra context keys: names ``first`` (given name of the person), ``title`` (a
title for the person) and ``hon`` (Mr./Ms.); near-miss names ``fa``/``fb``
(given names of ``a``/``b``), ``r``/``fr`` (a relative of ``a`` sharing the
surname ``sa``), ``c``/``sc`` and a look-alike ``place``, ``d``/``sd`` and a
``company`` named like them, ``e``/``se`` and a ``product`` named like them,
``f``/``sf`` and a ``ship`` named like them; figures ``person`` (an invented
name) and ``year`` / ``prev`` (a year and the year before it).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from consistency_template_kit import (  # noqa: E402  (benchmarks/ helper: the sets' shared machinery)
    contexts, value_of,
)

# ------------------------------------------------------------------ people

# (first name, surname, "m"/"f"): invented people for mechanical variants.
PERSONS = [
    ("Barnaby", "Whitlock", "m"), ("Clementine", "Fotheringham", "f"), ("Ikechukwu", "Okonkwo", "m"),
    ("Marguerite", "Beauchamp", "f"), ("Lothar", "Eisenberger", "m"), ("Consolata", "Barrientos", "f"),
    ("Percival", "Haverford", "m"), ("Ingeborg", "Lindqvist", "f"), ("Cornelius", "Wetherby", "m"),
    ("Titilayo", "Babatunde", "f"), ("Horatio", "Penhaligon", "m"), ("Esperanza", "Villalobos", "f"),
    ("Thaddeus", "Blackmore", "m"), ("Gwendolyn", "Summerfield", "f"), ("Hamish", "Drummond", "m"),
    ("Euphemia", "Ramsbottom", "f"), ("Lucien", "Marchetti", "m"), ("Ngozi", "Chukwuma", "f"),
    ("Osric", "Pemberton", "m"), ("Ragnhild", "Solberg", "f"), ("Raffaele", "Castellucci", "m"),
    ("Siobhan", "Gallagher", "f"), ("Dragomir", "Stojanovski", "m"), ("Akosua", "Mensah", "f"),
    ("Crispin", "Fairbrother", "m"), ("Annunziata", "Lombardini", "f"), ("Ignatius", "Tollemache", "m"),
    ("Griselda", "Oppenheimer", "f"), ("Cathal", "Donoghue", "m"), ("Thandiwe", "Khumalo", "f"),
    ("Rufus", "Pettigrew", "m"), ("Millicent", "Huddleston", "f"), ("Angus", "Cruickshank", "m"),
    ("Garazi", "Arrizabalaga", "f"), ("Kwabena", "Asante", "m"), ("Araminta", "Kettleborough", "f"),
    ("Maximilian", "Ostertag", "m"), ("Linnea", "Sandqvist", "f"), ("Bartholomew", "Quarrington", "m"),
    ("Evangeline", "Throssell", "f"),
]

# (first name, surname, transliteration/spelling variant, "m"/"f"): one name, two
# romanisations or spellings, from some 48 languages (see the comments).
TRANSLITERATIONS_PEOPLE = [
    # Arabic
    ("Tariq", "Haddad", "Hadad", "m"), ("Rania", "Khoury", "Khouri", "f"), ("Walid", "Qasim", "Kassem", "m"),
    ("Nour", "Shaheen", "Chahine", "f"),
    # Russian
    ("Sergei", "Belyayev", "Beliaev", "m"), ("Tatiana", "Kuznetsova", "Kouznetsova", "f"),
    ("Aleksei", "Medvedev", "Medwedew", "m"),
    # Ukrainian
    ("Taras", "Hnatyuk", "Gnatiuk", "m"), ("Iryna", "Tkachenko", "Tkatschenko", "f"),
    # Belarusian
    ("Alyaksandr", "Karatkevich", "Karatkievič", "m"),
    # Chinese (pinyin vs Wade-Giles; Cantonese vs Mandarin)
    ("Wei", "Zhou", "Chou", "m"), ("Mei", "Zhang", "Chang", "f"), ("Bo", "Xie", "Hsieh", "m"),
    ("Gang", "Xiong", "Hsiung", "m"), ("Siu-ling", "Leung", "Liang", "f"),
    # Korean
    ("Min-jun", "Choi", "Choe", "m"), ("Ji-yeon", "Yoon", "Yun", "f"), ("Dong-hyun", "Baek", "Paik", "m"),
    ("Soo-ah", "Gwak", "Kwak", "f"),
    # Japanese (macrons written or not, Kunrei-shiki)
    ("Haruto", "Satō", "Sato", "m"), ("Aiko", "Ōno", "Ohno", "f"), ("Kenta", "Shimizu", "Simizu", "m"),
    # Hindi / Bengali / Urdu / Punjabi
    ("Vikram", "Mukherjee", "Mukherji", "m"), ("Anjali", "Agarwal", "Aggarwal", "f"),
    ("Sanjay", "Dwivedi", "Dvivedi", "m"), ("Tanvir", "Rahman", "Rehman", "m"),
    ("Imran", "Qureshi", "Kureishi", "m"), ("Harpreet", "Grewal", "Garewal", "f"),
    # Tamil / Sinhala / Nepali
    ("Senthil", "Ramasamy", "Ramaswamy", "m"), ("Kavitha", "Murugesan", "Murugeshan", "f"),
    ("Chaminda", "Jayasuriya", "Jayasooriya", "m"), ("Bishnu", "Shrestha", "Sresta", "m"),
    # Greek
    ("Kostas", "Dimitriou", "Demetriou", "m"), ("Eleni", "Konstantinou", "Constantinou", "f"),
    # Persian
    ("Kaveh", "Hosseini", "Husseini", "m"), ("Shirin", "Mousavi", "Musavi", "f"), ("Babak", "Jafari", "Jaafari", "m"),
    # Hebrew / Yiddish
    ("Noam", "Cohen", "Kohen", "m"), ("Tamar", "Friedman", "Fridman", "f"), ("Eitan", "Ashkenazi", "Ashkenazy", "m"),
    ("Mendel", "Rosenzweig", "Rozentsvayg", "m"),
    # Turkish / Azerbaijani
    ("Emre", "Öztürk", "Ozturk", "m"), ("Zeynep", "Şahin", "Sahin", "f"), ("Burak", "Güneş", "Gunes", "m"),
    ("Elnur", "Məmmədov", "Mammadov", "m"),
    # Vietnamese
    ("Lan", "Nguyễn", "Nguyen", "f"), ("Quang", "Võ", "Vo", "m"), ("Thảo", "Huỳnh", "Huynh", "f"),
    # Polish / Czech
    ("Tomasz", "Wróblewski", "Wroblewski", "m"), ("Agnieszka", "Szymańska", "Szymanska", "f"),
    ("Jiří", "Dvořák", "Dvorak", "m"), ("Lenka", "Procházková", "Prochazkova", "f"),
    # Hungarian
    ("Zoltán", "Szabó", "Szabo", "m"), ("Katalin", "Fehér", "Feher", "f"),
    # Romanian
    ("Andrei", "Țurcanu", "Turcanu", "m"), ("Ioana", "Ștefănescu", "Stefanescu", "f"),
    # Serbian / Bulgarian
    ("Dragan", "Đorđević", "Djordjevic", "m"), ("Stoyan", "Zhelev", "Jelev", "m"),
    # German / Icelandic / Lithuanian / Latvian
    ("Jürgen", "Schröder", "Schroeder", "m"), ("Sigrún", "Þórsdóttir", "Thorsdottir", "f"),
    ("Vytautas", "Žemaitis", "Zemaitis", "m"), ("Ilze", "Bērziņa", "Berzina", "f"),
    # Thai
    ("Anong", "Wongsawat", "Vongsavat", "f"), ("Prasit", "Thongchai", "Tongchai", "m"),
    # Georgian
    ("Nino", "Beridze", "Beridse", "f"), ("Irakli", "Kvaratskhelia", "Kwarazchelia", "m"),
    # Armenian
    ("Armen", "Hovhannisyan", "Hovannisian", "m"), ("Anahit", "Petrosyan", "Petrossian", "f"),
    # Swahili
    ("Baraka", "Shaaban", "Shabani", "m"), ("Zawadi", "Hamisi", "Khamis", "f"),
    # Amharic / Tigrinya
    ("Dawit", "Tesfaye", "Tesfay", "m"), ("Meron", "Woldemariam", "Weldemariam", "f"),
    ("Yonas", "Habtemariam", "Habtemaryam", "m"),
    # Indonesian (old and new spelling) / Malay
    ("Bambang", "Sudjatmiko", "Sujatmiko", "m"), ("Dewi", "Purwanti", "Poerwanti", "f"),
    ("Azlan", "Yaakob", "Yaacob", "m"),
    # Yoruba (tone marks written or not) / Hausa
    ("Adebayo", "Ògúnlèye", "Ogunleye", "m"), ("Funmilayo", "Adéyẹmí", "Adeyemi", "f"),
    ("Aminu", "Ɗanjuma", "Danjuma", "m"),
    # Somali (Somali orthography vs English)
    ("Abdiweli", "Faarax", "Farah", "m"), ("Sahra", "Xasan", "Hassan", "f"),
    # Pashto
    ("Gulalai", "Khattak", "Khatak", "f"), ("Wahid", "Zadran", "Dzadran", "m"),
    # Burmese
    ("Zaw", "Thein", "Thien", "m"),
    # Kazakh / Uzbek / Mongolian
    ("Yerlan", "Nurmagambetov", "Nurmaghambetov", "m"), ("Asel", "Omarova", "Umarova", "f"),
    ("Dilnoza", "Rakhimova", "Rahimova", "f"), ("Bat-Erdene", "Ganbaatar", "Ganbatar", "m"),
    # Tibetan / Kurdish
    ("Tenzin", "Dorje", "Dorjee", "m"), ("Rebaz", "Zebari", "Zibari", "m"),
]
TRANSLITERATIONS = [(surname, variant) for _, surname, variant, _ in TRANSLITERATIONS_PEOPLE]

# Pairs of real, different surnames that look alike (two people, each introduced in full).
LOOKALIKE_SURNAMES = [
    ("Reid", "Reed"), ("Thomson", "Thompson"), ("Stuart", "Stewart"), ("Clarke", "Clark"), ("Allan", "Allen"),
    ("Davies", "Davis"), ("Anderson", "Andersen"), ("Petersen", "Peterson"), ("Meyer", "Meier"),
    ("Fischer", "Fisher"), ("Lowe", "Low"), ("Foster", "Forster"), ("Carr", "Kerr"), ("Munro", "Monroe"),
    ("Hansen", "Hanson"), ("Lawson", "Lawton"), ("Wade", "Waide"), ("Barclay", "Berkeley"),
    ("Macintosh", "Mackintosh"), ("Rees", "Reese"),
]
# (surname, place with a similar name)
PLACE_SURNAMES = [
    ("Kirkby", "Kirkby Lonsdale"), ("Buckley", "Buckleigh"), ("Kendall", "Kendal"),
    ("Preston", "Preston Candover"), ("Hatherley", "Hatherleigh"), ("Ashton", "Ashton Keynes"),
    ("Radcliffe", "Radcliffe-on-Trent"), ("Milton", "Milton Abbas"), ("Wetherall", "Wetheral"),
    ("Ripley", "Ripley Green"),
]
# (surname, company named like a person)
COMPANY_SURNAMES = [
    ("Fothergill", "Fothergills Removals"), ("Sowerby", "Sowerbys Dairy"), ("Hepworth", "Hepworths Tiles"),
    ("Crabtree", "Crabtrees Printers"), ("Blenkinsop", "Blenkinsops Ironmongers"),
    ("Tattersall", "Tattersalls Coaches"), ("Arkwright", "Arkwrights Mill Shop"),
    ("Threlfall", "Threlfalls Pies"),
]
# (surname, product named like a person)
PRODUCT_SURNAMES = [
    ("Hathaway", "the Hathway robot vacuum"), ("Whitaker", "the Whittaker electric scooter"),
    ("Montague", "the Montagu coffee machine"), ("Kingsley", "the Kingsly smartwatch"),
    ("Beaumont", "the Beaumond hearing aid"), ("Carlisle", "the Carlyle rice cooker"),
    ("Sinclair", "the Sinclaire heat pump"),
]
# (surname, ship named like a person)
SHIP_SURNAMES = [
    ("Macallister", "the trawler Macalister Pride"), ("Kilbride", "the dredger Kilbryde"),
    ("Abernethy", "the lifeboat Abernethie"), ("Gillespie", "the yacht Gillespy Dawn"),
    ("Rutherford", "the cable ship Rutherforde"),
]
GIVEN_NAMES = ["Anselm", "Bronwen", "Cosmo", "Damaris", "Emrys", "Fenella", "Gervase", "Honor", "Isidore",
               "Jemima", "Kit", "Lavinia", "Magnus", "Nerys", "Oswin", "Petronella", "Quentin", "Rhiannon",
               "Sebastian", "Theodora", "Ursula", "Vivian", "Wilfred", "Yolanda"]
PLACES = ["Coldharbour Reach", "Ballinacurra", "Llanfihangel Ridge", "Trevose Hollow", "Mardale End",
          "Sankt Ilgen", "Villafranca Alta", "Glenmorriston", "Ashcombe Vale", "Fordingbridge Lock",
          "Westerholme", "Carrickfergan Point"]
ORGANISATIONS = ["the rail passengers' council", "the fisheries board", "the hospice trust",
                 "the regional arts fund", "the dental association", "the transport union",
                 "the rivers trust", "the food standards agency", "the tenants' association",
                 "the mountain rescue team", "the heritage commission", "the chamber of shipping"]
ROLES = ["a trustee of", "the chair of", "a lawyer for", "the press officer of", "an adviser to",
         "the deputy head of", "a board member of", "the chief economist at"]
TITLES_M = ["Councillor", "Doctor", "Captain", "Sergeant", "Canon", "Judge", "Commander"]
TITLES_F = ["Councillor", "Doctor", "Captain", "Sergeant", "Canon", "Judge", "Commander"]
FIGURE_PEOPLE = ["Marisol Vantongeren", "Leopold Ashcroft", "Imogen Stalbridge", "Kofi Drinkwater",
                 "Adaeze Whitfield", "Torvald Hesketh", "Perpetua Lindgren", "Evander Coldwell",
                 "Fionnuala Brackenbury", "Desmond Achterberg"]


# The context functions: the kit's (session 25; this set carried a verbatim copy of them before).
name_context, name_near_context, figure_context, figure_near_context = contexts(globals(), buildings=False)


# --------------------------------------------------------- name templates

NAME_TEMPLATES = [
    ("The beekeeper [[{full}]] has lost half {her} hives to a mystery disease.",
     "Scientists from {org} have taken samples from [[{var}]]'s colonies."),
    ("[[{full}]], who has kept the canal lock at {town} for two decades, is retiring in {month}.",
     "Boaters are planning a flotilla in honour of [[{var}]]."),
    ("An amateur astronomer, [[{full}]], has discovered a comet from a back garden in {town}.",
     "The comet will now carry the name of [[{var}]]."),
    ("The cathedral organist [[{full}]] played for eleven hours without a break to raise money for the roof.",
     "Worshippers brought [[{var}]] sandwiches and tea through the afternoon."),
    ("The jockey [[{full}]] broke a collarbone in a fall at the last fence on {day}.",
     "Doctors expect [[{var}]] to be back in the saddle within weeks."),
    ("[[{full}]], captain of the island ferry, refused to sail into the gale on {day}.",
     "Stranded passengers later thanked [[{var}]] for the decision."),
    ("The crossword setter [[{full}]] has compiled puzzles for the paper for thirty-five years.",
     "Solvers have sent [[{var}]] hundreds of letters of complaint and a few of praise."),
    ("The stonemason [[{full}]] carved the new gargoyles on the town hall in {town}.",
     "One of them, visitors have noticed, looks rather like [[{var}]]."),
    ("The florist [[{full}]] decorated the abbey for the royal visit.",
     "Guests asked where [[{var}]] had found roses in {month}."),
    ("The cellist [[{full}]] left an instrument worth a fortune in a taxi on {day}.",
     "The driver returned it to [[{var}]] the next morning."),
    ("The goalkeeper [[{full}]] saved three penalties in the shoot-out.",
     "Supporters carried [[{var}]] shoulder-high off the pitch."),
    ("[[{full}]], {role} {org}, has called for an inquiry into the delays.",
     "Ministers have agreed to meet [[{var}]] next week."),
    ("The volcanologist [[{full}]] warned villagers to leave hours before the eruption.",
     "Many of them say they owe their lives to [[{var}]]."),
    ("The sign-language interpreter [[{full}]] became a familiar face during the floods.",
     "Viewers have nominated [[{var}]] for a community award."),
    ("The clockmaker [[{full}]] has restored the church clock, silent since the war.",
     "It struck noon on {day} as [[{var}]] looked on."),
    ("The harbourmaster at {town}, [[{full}]], has closed the port to pleasure boats.",
     "Yacht owners accused [[{var}]] of overreacting."),
    ("The baker [[{full}]] has been up at three every morning for forty years.",
     "Customers queued round the block on [[{var}]]'s last day."),
    ("Cave divers led by [[{full}]] have mapped a flooded passage beneath the moor.",
     "The survey by [[{var}]] found a chamber larger than a cathedral."),
    ("A paramedic, [[{full}]], delivered a baby on the hard shoulder of the motorway.",
     "The mother says she will name the boy after [[{var}]]."),
    ("The school crossing warden [[{full}]] has seen children across the same road since 1989.",
     "Pupils made a giant card for [[{var}]] on {day}."),
    ("Prosecutors say [[{full}]] ran a fake charity from a flat in {town}.",
     "[[{var}]] denies all the charges."),
    ("The novelist [[{full}]] has been shortlisted for the country's biggest literary prize.",
     "Bookshops have sold out of [[{var}]]'s latest novel."),
    ("The referee [[{full}]] sent off four players in a stormy derby on {day}.",
     "Both managers criticised [[{var}]] after the match."),
    ("The ornithologist [[{full}]] has counted the puffins on the island every summer since {she} was a student.",
     "This year [[{var}]] found fewer than ever."),
    ("The dentist [[{full}]] has offered free check-ups to homeless people in {town}.",
     "Queues formed outside [[{var}]]'s surgery before dawn."),
    ("[[{full}]] has been named the new conductor of the city orchestra.",
     "Musicians said [[{var}]] had won them over at the first rehearsal."),
    ("The submarine's commanding officer, [[{full}]], has been relieved of duty after a collision.",
     "The navy said [[{var}]] would face a board of inquiry."),
    ("The gardener [[{full}]] has grown the heaviest pumpkin ever recorded in the county.",
     "It took six people to lift [[{var}]]'s entry on to the scales."),
    ("The whistleblower [[{full}]] told a tribunal that managers at {org} had shredded documents.",
     "Lawyers for the managers said [[{var}]] had a grudge."),
    ("The farrier [[{full}]] has shod horses for the mounted police for a quarter of a century.",
     "Officers gave [[{var}]] a silver horseshoe on {day}."),
    ("The fashion designer [[{full}]] closed the show with a dress made from fishing nets.",
     "Buyers were queuing to meet [[{var}]] afterwards."),
    ("A retired teacher, [[{full}]], has been missing since leaving home in {town} on {day}.",
     "Police are appealing for anyone who has seen [[{var}]] to come forward."),
    ("The ballet dancer [[{full}]] has been promoted to principal at the national company.",
     "Critics have called [[{var}]] the finest dancer of {her} generation."),
    ("The rally driver [[{full}]] rolled {her} car three times on the forest stage.",
     "Marshals helped [[{var}]] out unhurt."),
    ("The vicar [[{full}]] has opened the church hall as a warm space for the winter.",
     "Parishioners have donated blankets at [[{var}]]'s request."),
    ("[[{full}]], a lorry driver, spotted a missing toddler wandering beside the dual carriageway.",
     "The family say they cannot thank [[{var}]] enough."),
    ("The ecologist [[{full}]] has reintroduced beavers to the valley above {town}.",
     "Farmers downstream are not as pleased as [[{var}]] is."),
    ("The magistrate [[{full}]] has resigned after a row over sentencing guidelines.",
     "Colleagues said {hon} [[{var}]] would be missed on the bench."),
    ("The puppeteer [[{full}]] has toured the same show round village halls for twenty years.",
     "Children who first saw [[{var}]] perform now bring their own children."),
    ("The climate activist [[{full}]] glued {her} hand to the gallery floor on {day}.",
     "Staff took an hour to free [[{var}]]."),
    ("The hotel's night porter, [[{full}]], raised the alarm when fire broke out in the kitchens.",
     "All the guests escaped thanks to [[{var}]]."),
    ("[[{full}]] has won the lifetime achievement award from {org}.",
     "In {her} speech, [[{var}]] thanked the nurses who had cared for {her} mother."),
    ("The pigeon fancier [[{full}]] has sold a single racing bird for a record sum.",
     "Buyers from abroad had been courting [[{var}]] for months."),
    ("The cyclist [[{full}]] took the leader's jersey after a breakaway in the mountains.",
     "Team-mates sheltered [[{var}]] from the wind on the descent."),
    ("The surgeon [[{full}]] separated conjoined twins in a fourteen-hour operation.",
     "The twins' parents have called [[{var}]] a miracle worker."),
    ("Campaigners in {town} have chosen [[{full}]] to lead the fight against the incinerator.",
     "{hon} [[{var}]] has lived downwind of the site all {her} life."),
    ("The weather presenter [[{full}]] predicted the heatwave a fortnight early.",
     "Farmers have written to [[{var}]] to say thank you."),
    ("A lifeguard, [[{full}]], pulled four swimmers from a rip current off {town}.",
     "The coastguard will present [[{var}]] with a bravery award.",
     "The beach was closed for the rest of the day."),
    ("The town crier [[{full}]] has won the national championship with a cry about potholes.",
     "Judges said [[{var}]] could be heard three streets away."),
    ("The sculptor [[{full}]] has been commissioned to make a statue of the town's suffragettes.",
     "A model by [[{var}]] will go on show in the library in {month}."),
    ("The ombudsman [[{full}]] has ruled that the council mishandled hundreds of complaints.",
     "The council says it accepts [[{var}]]'s findings in full."),
    ("The mechanic [[{full}]] has rebuilt a wartime bomber engine in a barn outside {town}.",
     "Enthusiasts flew in from abroad to hear [[{var}]] start it up."),
    ("The hairdresser [[{full}]] cuts hair for free at the homeless shelter every {day}.",
     "Regulars at the shelter say [[{var}]] gives the best haircut in town."),
    ("The accountant [[{full}]] has admitted stealing from the cricket club over a decade.",
     "Club members said they had trusted [[{var}]] completely.",
     "Sentencing will take place in {month}."),
    ("The firefighter [[{full}]] crawled into a burning flat to rescue a dog.",
     "The dog's owner embraced [[{var}]] on the pavement outside."),
    ("The oyster farmer [[{full}]] has been forced to stop sales after a sewage spill.",
     "Water company bosses have been invited to visit [[{var}]]'s beds."),
    ("[[{full}]], a nurse at the children's hospital, has run a marathon on every continent.",
     "Colleagues have hung a banner for [[{var}]] over the main entrance."),
    ("The trade envoy [[{full}]] arrived in the capital on {day} for talks on fishing quotas.",
     "Diplomats say {hon} [[{var}]] will push for a deal before {month}."),
    ("The park ranger [[{full}]] found an injured eagle on the hillside above {town}.",
     "Vets say the bird will fly again, thanks to [[{var}]]."),
    ("The restaurant run by the chef [[{full}]] has lost its star after a new menu.",
     "Inspectors visited [[{var}]]'s kitchen three times before the decision."),
    ("The jazz pianist [[{full}]] played {her} final concert at the club where {she} began.",
     "The audience kept [[{var}]] on stage for four encores."),
    ("The inquiry heard from [[{full}]], the engineer who signed off the footbridge.",
     "Under questioning, [[{var}]] admitted that the welds had not been checked."),
    ("[[{full}]] was honoured at a reception in {town} on {day} for thirty years of service.",
     "Guests rose to applaud {title} [[{var}]]."),
]

NAME_NEAR_MISSES = [
    ("{a} and {b} have been shortlisted for the post of chief constable.",
     "{sb} is the favourite, but {sa} has the backing of the mayor."),
    ("The surgeons {a} and {b} operated side by side for nine hours.",
     "{sa} repaired the heart valve while {sb} worked on the lungs."),
    ("{a} beat {b} by a single vote to become leader of the council.",
     "{sb} congratulated {sa} on the steps of the town hall."),
    ("Two climbers, {a} and {b}, were airlifted off the ridge on {day}.",
     "{sa} had a broken ankle; {sb} was treated for hypothermia."),
    ("The co-presenters {a} and {b} are leaving the morning show.",
     "{sb} is joining a rival station and {sa} is writing a memoir."),
    ("The novelists {a} and {b} are suing each other over a plot.",
     "{sa} says {sb} copied the ending."),
    ("{a} and {b} were named joint winners of the poetry prize.",
     "Judges could not choose between {sa}'s sonnets and {sb}'s ballads."),
    ("The defence lawyer {a} cross-examined the detective {b} for most of {day}.",
     "{sb} insisted the search had been lawful; {sa} said it had not."),
    ("{a}, the home captain, shook hands with {b}, the visiting captain, before kick-off.",
     "{sa} won the toss, and {sb} chose to play with the wind."),
    ("{a} and {r}, who are twins, have both been elected to the parish council.",
     "{fa} won the east ward and {fr} the west."),
    ("{a} has taken over the family boatyard from {r}, a relative.",
     "{fr} {sa} built the first boat there in the 1970s."),
    ("{a} and {r}, a cousin, run rival fish and chip shops on the same street.",
     "{fr} says {fa} copied the batter recipe."),
    ("{a} is standing for parliament in the seat once held by {r}, a grandparent.",
     "{fr} {sa} served there for twenty years."),
    ("Three generations of the {sa} family, including {a} and {r}, rang the bells at the wedding.",
     "{fa} took the tenor bell and {fr} the treble."),
    ("{a} donated a kidney to {r}, a cousin, in {month}.",
     "{fr} is now back at work and {fa} has run a half marathon."),
    ("Floodwater has cut off {place} for a third day.",
     "{c}, who runs the village shop, said {sc} was rationing bread."),
    ("{c} has been appointed to run the new library in {place}.",
     "{sc} starts in {month}."),
    ("The bypass around {place} opened on {day}.",
     "{c}, a parish councillor, said {sc} had campaigned for it since the 1990s."),
    ("A rare orchid has been found on the verge outside {place}.",
     "{c}, the botanist who spotted it, said {sc} nearly mowed it by mistake."),
    ("Residents of {place} voted against the quarry extension.",
     "{c} told the meeting that {sc} would fight the plan in the courts."),
    ("{company} has won a contract to supply the new hospital.",
     "{d}, who sits on the hospital board, said {sd} had played no part in the decision."),
    ("{d} bought a van from {company} in {month}.",
     "{sd} says it broke down the next day."),
    ("Inspectors closed {company} after a rat was seen in the yard.",
     "{d}, a regular customer, said {sd} was shocked."),
    ("{company} is celebrating its centenary this year.",
     "{d}, a local historian, has written its history; {sd} found the founder's diaries in an attic."),
    ("{d} has taken a job at {company} after leaving the army.",
     "{sd} drives the delivery lorry."),
    ("The makers of {product} have recalled it after reports of overheating.",
     "{e}, whose flat filled with smoke, said {se} was relieved nobody was hurt."),
    ("{e} won {product} in a raffle at the school fair.",
     "{se} gave it to a neighbour."),
    ("Sales of {product} have doubled since a celebrity endorsement.",
     "{e}, a retail analyst, said {se} expected the boom to fade."),
    ("{e} has been testing {product} for a consumer magazine.",
     "{se} gave it three stars out of five."),
    ("A shop in {town} has been fined for selling fakes of {product}.",
     "{e}, a trading standards officer, said {se} had seized forty boxes."),
    ("The crew of {ship} rescued two kayakers off {town} on {day}.",
     "{f}, one of the kayakers, said {sf} had been in the water for an hour."),
    ("{ship} has returned to port after a month at sea.",
     "{f}, the cook on board, said {sf} was glad to be home."),
    ("Divers have inspected the hull of {ship} after it struck a rock.",
     "{f}, who leads the salvage team, said {sf} was confident it could be refloated."),
    ("{f} spent a decade as chief engineer on {ship}.",
     "{sf} now teaches at the maritime college."),
    ("A painting of {ship} by {f} has sold at auction.",
     "{sf} painted it from the harbour wall in {month}."),
    ("Councillor {sa} has been made chair of the planning committee.",
     "Councillor {sa} promised to speed up decisions."),
    ("Dr. {sb} has taken charge of the new stroke unit.",
     "Patients say Dr. {sb} explains things clearly."),
    ("Captain {sa} steered the liner safely through the storm.",
     "Passengers gave Captain {sa} a standing ovation at dinner."),
    ("Judge {sb} adjourned the trial until {month}.",
     "Judge {sb} said the jury needed a rest."),
    ("Canon {sa} will lead the service of remembrance on {day}.",
     "Canon {sa} has asked for the bells to be rung half-muffled."),
    ("Sergeant {sb} has been commended for talking a man down from a bridge.",
     "Sergeant {sb} spent two hours on the parapet."),
    ("{a} and {b} have opened a bakery together in {town}.",
     "{sa} makes the bread; {sb} does the cakes."),
    ("{a} took over from {b} as head of {org} on {day}.",
     "{sb} had led it for eleven years; {sa} was the deputy."),
    ("{c} grew up in {place} but now lives abroad.",
     "{sc} returns every summer for the regatta."),
    ("{d} is suing {company} over the use of a name so like {sd}'s own.",
     "{sd} says customers keep ringing up with complaints meant for the firm."),
    ("Reviewers have praised {product}.",
     "{e}, a designer who worked on an earlier model, said {se} had no part in this one."),
    ("Old photographs of {ship} were shown at a talk by {f} in {town}.",
     "{sf} is writing a history of the fishing fleet."),
]

# ------------------------------------------------------- figure templates

FIGURE_TEMPLATES = [
    # restated in the same words
    ("The airline cancelled [[{c1}]] flights because of the air traffic control strike.",
     "Passengers on the [[{c2}]] flights were offered hotel rooms."),
    ("Volunteers cleared [[{tn1}]] tonnes of litter from the beaches this summer.",
     "The [[{tn2}]] tonnes of litter will be sorted for recycling."),
    ("The new stadium roof cost [[{usd1}]] to install.",
     "Fans asked whether [[{usd2}]] to install a roof was money well spent."),
    ("The heatwave lasted [[{dy1}]] days in the south.",
     "Reservoirs fell sharply during the [[{dy2}]] days of heat."),
    ("Support for the new runway stands at [[{pc1}]] among local residents.",
     "Campaigners dispute that [[{pc2}]] among residents back the plan."),
    ("The oldest player in the tournament is [[{age1}]] years old.",
     "Being [[{age2}]] years old has not slowed her down, she says."),
    ("The half marathon drew [[{th1}]] entrants on {day}.",
     "Organisers said all [[{th2}]] entrants finished before the cut-off."),
    ("The ambulance took [[{mn1}]] minutes to reach the scene.",
     "Relatives said the [[{mn2}]] minutes of waiting were unbearable."),
    ("The pumpkin that won the show weighed [[{kg1}]] kilograms.",
     "Its grower said [[{kg2}]] kilograms was a personal best."),
    ("The new train reached [[{spd1}]] km/h on its first run.",
     "At [[{spd2}]] km/h, the carriages barely shook, engineers said."),
    ("The council sold the old fire station for [[{gbp1}]] to a developer.",
     "Campaigners say [[{gbp2}]] to a developer was far below its value."),
    ("A pint of milk now costs [[{pr1}]] at the island's only shop.",
     "Islanders say [[{pr2}]] at the shop is double the mainland price."),
    ("The bridge was closed for [[{wk1}]] weeks for repairs.",
     "Traders lost business during the [[{wk2}]] weeks of closure."),
    ("The home side scored [[{pts1}]] points in the final.",
     "Their [[{pts2}]] points set a record for the competition."),
    ("The restored theatre has [[{hh1}]] seats.",
     "All [[{hh2}]] seats were filled for the opening gala."),
    ("Smoke from the peat fire rose to [[{ft1}]] feet above the moor.",
     "Pilots were warned that smoke at [[{ft2}]] feet could reach the flight path."),
    ("Firefighters pumped [[{lt1}]] litres of water out of the flooded basement.",
     "The [[{lt2}]] litres of water had ruined the archive."),
    ("The abbot has lived at the monastery for [[{yr1}]] years.",
     "In [[{yr2}]] years at the monastery he has left it only twice."),
    ("The blizzard left [[{th1}]] households without heating.",
     "Engineers reached the last of the [[{th2}]] households on {day}."),
    ("The wildlife trust has bought [[{ha1}]] hectares of moorland.",
     "Curlews nest on the [[{ha2}]] hectares of moorland each spring."),
    ("The region will spend [[{usd1}]] on school buses.",
     "Parents say [[{usd2}]] on school buses is long overdue."),
    ("A pensioner in {town} has won [[{eur1}]] on a scratch card.",
     "He plans to spend the [[{eur2}]] on a new roof."),
    ("The storm dumped [[{mm1}]] millimetres of rain on the hills.",
     "The [[{mm2}]] millimetres of rain sent mud sliding into the village."),
    ("Temperatures in the capital hit [[{tc1}]] degrees on {day}.",
     "Hospitals said [[{tc2}]] degrees was dangerous for the elderly."),
    ("The pilgrimage route is [[{km1}]] kilometres long.",
     "Walkers take about a week to cover the [[{km2}]] kilometres."),
    ("The motion was defeated by [[{c1}]] votes.",
     "Whips blamed absent members for the [[{c2}]] votes that sank it."),
    ("The museum welcomed [[{th1}]] visitors in its first month.",
     "Curators said the [[{th2}]] visitors had exceeded every forecast."),
    ("Burglaries in the district fell by [[{pc1}]] last year.",
     "Police credit the new street lighting for the fall of [[{pc2}]] last year."),
    ("Customs officers found [[{tn1}]] tonnes of counterfeit cigarettes in a warehouse.",
     "The [[{tn2}]] tonnes of cigarettes will be burned."),
    ("The fire at the recycling plant burned for [[{hr1}]] hours.",
     "Residents kept their windows shut for the [[{hr2}]] hours it took to put out."),
    ("The coastal rowing race covers [[{mi1}]] miles of open sea.",
     "Crews train all year for the [[{mi2}]] miles of open sea."),
    ("Inspectors found [[{c1}]] faults in the new hospital wing.",
     "The builder has promised to fix all [[{c2}]] faults by {month}."),
    ("The port was blockaded for [[{dy1}]] days by fishermen.",
     "Supermarkets on the island ran short during the [[{dy2}]] days of blockade."),
    ("Volunteers knitted [[{hh1}]] blankets for the refugee centre.",
     "The [[{hh2}]] blankets were handed out on {day}."),
    ("The shipyard will build [[{c1}]] new ferries for the islands.",
     "The first of the [[{c2}]] new ferries should be ready by {month}."),
    ("Waiting times in the emergency department averaged [[{hr1}]] hours in {month}.",
     "Patients said [[{hr2}]] hours on a trolley was inhumane."),
    ("The hurricane's winds were clocked at [[{spd1}]] km/h.",
     "Forecasters said that speed, [[{spd2}]] km/h, had not been seen in the islands for decades."),
    ("The relief convoy delivered [[{tn1}]] tonnes of grain to the camp.",
     "Aid workers said the shipment, [[{tn2}]] tonnes, would last a month."),
    # restated in other words
    ("The carmaker is cutting [[{th1}]] jobs at its plant in {town}.",
     "Unions say losing [[{th2}]] posts will devastate the town."),
    ("The flooding forced [[{hh1}]] residents out of their homes.",
     "Most of the [[{hh2}]] locals are staying with relatives."),
    ("The factory employs [[{hh1}]] workers.",
     "Every one of its [[{hh2}]] staff has been told to stay at home."),
    ("The jobless rate in the valley rose to [[{pc1}]] in {month}.",
     "With [[{pc2}]] of the workforce now out of work, the council has declared an emergency."),
    ("Turnout in the by-election was [[{pc1}]].",
     "Only [[{pc2}]] of registered voters went to the polls, the returning officer said."),
    ("The vaccination rate among teenagers has reached [[{pc1}]].",
     "Health officials said that with [[{pc2}]] of teenagers now vaccinated, schools could reopen fully."),
    ("The company will invest [[{usd1}]] in a battery plant.",
     "The investment of [[{usd2}]] is the largest the region has seen."),
    ("Shares in the bank fell [[{pc1}]] on {day}.",
     "The fall, [[{pc2}]] in a single session, wiped out a year of gains."),
    ("Customs officers seized [[{kg1}]] kilograms of cocaine hidden in crates of bananas.",
     "The seizure, [[{kg2}]] kilos in all, was worth millions on the street."),
    ("The solar-powered aircraft climbed to [[{ft1}]] feet on its maiden flight.",
     "Officials have confirmed the [[{ft2}]]-foot climb as a national record."),
    ("The state has ordered [[{c1}]] new fire engines.",
     "The engines, [[{c2}]] in total, will replace a fleet from the 1990s."),
    ("The striker has scored [[{c1}]] goals this season.",
     "Her tally of [[{c2}]] is a club record."),
    ("The cruise ship was carrying [[{hh1}]] passengers when the outbreak began.",
     "The ship's [[{hh2}]] guests were confined to their cabins for a week."),
    ("The new motorway link is [[{km1}]] kilometres long.",
     "Work on the [[{km2}]]-kilometre road will start in {month}."),
    ("The council has approved [[{hh1}]] new homes on the old airfield.",
     "Residents fear the development, [[{hh2}]] houses in all, will overwhelm the roads."),
    ("The ferry operator carried [[{th1}]] cars across the strait in {month}.",
     "That total, [[{th2}]], was a record for the month."),
    ("Donations to the hospital appeal have reached [[{gbp1}]].",
     "The appeal's organisers said the [[{gbp2}]] raised would pay for a new scanner."),
    ("The museum's director earns [[{gbp1}]] a year.",
     "Her salary of [[{gbp2}]] has angered the unions."),
    ("The minister was in office for [[{yr1}]] years.",
     "Her [[{yr2}]]-year tenure ended in scandal."),
    ("The ultra-marathon winner ran for [[{hr1}]] hours without sleep.",
     "His [[{hr2}]]-hour effort broke the course record."),
    ("The winner of the national poetry prize is [[{age1}]].",
     "Judges described the [[{age2}]]-year-old as a rare talent."),
    ("The winning candidate received [[{vt1}]] votes.",
     "That haul of [[{vt2}]] was her best result in three elections."),
    ("The councillor held her seat by [[{vt1}]] votes.",
     "Rivals called the margin, [[{vt2}]], a landslide."),
    ("The bakery sells [[{hh1}]] loaves every morning.",
     "Its daily output of [[{hh2}]] is baked in a single oven."),
    ("Rescuers pulled [[{c1}]] survivors from the collapsed building.",
     "Those rescued, [[{c2}]] of them, were taken to three hospitals."),
    ("The rainstorm caused [[{usd1}]] in damage across the city.",
     "Insurers expect claims to match that damage bill of [[{usd2}]]."),
    ("The new reservoir covers [[{ha1}]] hectares.",
     "The [[{ha2}]]-hectare lake will supply water to the whole county."),
    ("The prize bull sold for [[{eur1}]] at the mart.",
     "The buyer said the price, [[{eur2}]], reflected the animal's pedigree."),
    ("The club's stadium can hold [[{th1}]] spectators.",
     "Its capacity of [[{th2}]] will be doubled by the redevelopment."),
    ("The prison holds [[{hh1}]] inmates.",
     "Inspectors found the jail's [[{hh2}]] prisoners were locked up for twenty-two hours a day."),
    ("The giant tortoise at the zoo weighs [[{kg1}]] kilograms.",
     "Keepers needed a forklift to move the [[{kg2}]]-kilo reptile."),
    ("The bus journey to the coast takes [[{mn1}]] minutes.",
     "Commuters complain that the [[{mn2}]]-minute trip is twice as long as by car."),
    ("The judge jailed the fraudster for [[{yr1}]] years.",
     "The [[{yr2}]]-year sentence is the longest handed down for such a crime."),
    ("A single bus fare in the city costs [[{pr1}]].",
     "Campaigners want the [[{pr2}]] fare halved."),
    ("The clinic treated [[{c1}]] patients on {day}.",
     "Doctors said seeing [[{c2}]] people in one day stretched the staff to breaking point."),
    ("Heavy rain brought [[{mm1}]] millimetres to the valley in a day.",
     "That downpour, [[{mm2}]] mm, was a month's worth of rain."),
    ("The team scored [[{pts1}]] points over the weekend.",
     "Their points haul, [[{pts2}]], took them top of the table."),
]

FIGURE_NEAR_MISSES = [
    ("Roughly {th1} people are thought to have attended; ticket sales confirm at least {th2}.",),
    ("Officials expect between {c2} and {c1} new cases a week over the winter.",),
    ("The death toll, initially put at {c1}, was revised to {c2} on {day} after some people were found alive.",),
    ("The station handled {th1} passengers a day in {year}, compared with {th2} in {prev}.",),
    ("The motorway extension will be {km1} km long; the first phase covers {km2} km.",),
    ("The bride is {age1} and the groom {age2}.",),
    ("Of the {hh1} staff at the plant, {hh2} have accepted voluntary redundancy.",),
    ("Analysts had forecast growth of {pc1}; the economy grew by {pc2}.",),
    ("The union says {th1} people marched; the police put the number at {th2}.",),
    ("The council has set aside {usd1} for road repairs, of which {usd2} has been spent.",),
    ("Up to {hh1} jobs could be created, the developer claims.",
     "Independent analysts think {hh2} is more likely."),
    ("The men's race is {km1} km and the women's {km2} km.",),
    ("The city's population was {th1} in {year} and {th2} in {prev}.",),
    ("As many as {c1} boats may have sunk in the storm; {c2} wrecks have been found.",),
    ("The winner polled {vt1} votes and the runner-up {vt2}.",),
    ("The stadium holds {th1}; {th2} turned up for the friendly.",),
    ("A report by {org} puts the cost of the scheme at {usd1}.",
     "{person}, who commissioned a rival study, says it will cost {usd2}."),
    ("The older tortoise is {age1} and the younger {age2}.",),
    ("The first storm brought {mm1} mm of rain and the second {mm2} mm.",),
    ("The fare was {pr1} before the cut and is now {pr2}.",),
    ("The car is limited to {spd1} km/h on the track and {spd2} km/h in town mode.",),
    ("Patients waited {hr1} hours on average in the worst month and {hr2} hours in the best.",),
    ("The estate covers {ha1} hectares, of which {ha2} are farmed.",),
    ("The farm produced {tn1} tonnes of potatoes in {year}, up from {tn2} tonnes in {prev}.",),
    ("The airliner cruised at {ft1} feet but descended to {ft2} feet over the mountains.",),
    ("The fundraisers hope to collect {gbp1}; so far they have raised {gbp2}.",),
    ("The older lifeboat has been in service for {yr1} years and the newer one for {yr2}.",),
    ("The tank holds {lt1} litres when full; on {day} it contained {lt2} litres.",),
    ("The striker earned {eur1} last season and her team-mate {eur2}.",),
    ("The first set lasted {mn1} minutes and the second {mn2}.",),
    ("The champions finished on {pts1} points; the side in second place had {pts2}.",),
    ("Estimates of the crowd ranged from {th2} to {th1}.",),
    ("In the city centre rents rose {pc1}; in the suburbs they rose {pc2}.",),
    ("The lake was {tc1} degrees at the surface and {tc2} degrees at the bottom.",),
    ("Rescuers said about {c1} people were trapped; by nightfall {c2} had been freed.",),
    ("The hospital treated {hh1} patients in {month}, {hh2} of them children.",),
    ("The school planned to admit {c1} pupils this term but has enrolled only {c2}.",),
    ("The fine could reach {eur1}; the regulator has so far imposed {eur2}.",),
    ("The mountain trail is {mi1} miles end to end; the family walked {mi2} miles of it.",),
    ("Sentences in the case ranged from {yr1} years for the ringleader to {yr2} for the driver.",),
    ("The research balloon climbed to {ft1} feet; the drone following it turned back at {ft2} feet.",),
    ("{person} told the inquiry that {c1} warnings had been ignored; the company insists there were {c2}.",),
    ("The rebuilt bridge will carry {th1} vehicles a day, engineers predict; the old one carried {th2}.",),
    ("The giant panda weighs {kg1} kilograms and her cub {kg2}.",),
    ("Fire crews spent {hr1} hours at the warehouse and {hr2} hours at the farm next door.",),
    ("The appeal raised {usd1} in total, {usd2} of it on the first night.",),
    ("The lottery jackpot has rolled over to {eur1}; last week it stood at {eur2}.",),
    ("The strike lasted {dy1} days at the main plant and {dy2} days at the depot.",),
    ("According to {org}, {pc1} of rivers are polluted; the government says {pc2}.",),
    ("The band played for {mn1} minutes in {town} and for {mn2} minutes the night before.",),
    ("The city had {wk1} weeks of drought in {year} and {wk2} weeks in {prev}.",),
    ("The hotel has {hh1} rooms; {hh2} were booked for the conference.",),
    ("The hurricane's gusts peaked at {spd1} km/h offshore and {spd2} km/h inland.",),
    ("The county's wettest town recorded {mm1} mm in {month}, its driest {mm2} mm.",),
]

#: read by the harness and the tests as attributes of this module
_KIT_EXPORTS = (value_of,)
