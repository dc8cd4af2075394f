"""Blind18: an eighteenth independent held-out set of injected internal-consistency templates.

Used by ``benchmarks/consistency_injection.py --split blind18`` (all templates of
this module, with the context functions of this module).

Written on 2026-11-24 (started 21:39:07 UTC, ``date -u``) by an independent
tester, on branch ``cblind18`` (worktree /work/wt/cblind18) from base commit
92221d8f1112253093cd035cfd64a85563f15a86 (``git rev-parse HEAD``), from the
brief's definition of the two kinds only: ``name_inconsistency`` (the same
person introduced by full name and later referred to by a variant of the
surname: a letter changed, doubled or dropped, two letters swapped, or a
transliteration/spelling variant) and ``conflicting_figures`` (one quantity
stated as fact with two different numbers in one article).

New against blind17 (whose header lists its own kinds), by design:

* name variants from languages and variant types blind17 did not use:
  Icelandic thorn (Þórsdóttir/Thorsdottir), Hungarian cs and ó (Kovács/Kovach,
  Szabó), Slovak, Azerbaijani schwa (Əliyev/Aliyev, Məmmədova/Mammadova),
  Kazakh q (Toqaev/Tokayev), Russian yo/e (Fyodorov/Fedorov), -iy/-y and
  French-style -aia (Zhukovskiy/Zhukovsky, Zhukovskaya/Joukovskaia), Ukrainian
  h against Russian g (Hryhorenko/Grigorenko, Hnatyuk/Gnatiuk), Bulgarian
  French-style j (Zhelev/Jelev), Serbian đ/dj (Đurić/Djuric), Yiddish YIVO
  against German spelling (Rozentsvayg/Rosenzweig), Hebrew k/c, tz/ts, sch
  (Kohen/Cohen, Katz/Kats, Shapira/Schapiro), Arabic doubled letters, q/k and
  French transcriptions (Haddad/Hadad, Qureshi/Kureishi, Tawfiq/Toufic, El
  Sayed/Al-Sayyid), Persian French-style dj (Jafari/Djafari), Pashto
  (Yousafzai/Yusufzai), Hindi schwa deletion and sh/s (Upadhyay/Upadhyaya,
  Srivastava/Shrivastava, Sarma/Sharma), Telugu, Kannada, Tamil m/n
  (Subramaniam/Subramanian), Nepali, Tibetan and Bhutanese (Drolma/Dolma,
  Tshering/Tsering), Bengali, Malay, Indonesian Dutch-era tj and dj
  (Tjahjono/Cahyono, Djuanda/Juanda), Japanese "oh" for the long o (Saitō/
  Saitoh, Kōno/Kohno) and n/m before b, m, p (Honma/Homma, Shinbo/Shimbo),
  Greek -idis/-ides and oi/e (Konstantinidis/Constantinides, Oikonomou/
  Economou), Moldovan ț, Romanian â and ș, German umlauts written out (Köhler/
  Koehler), French old and modern spellings (Lefebvre/Lefèvre), Spanish old x
  for j and b/v (Jiménez/Ximénez, Valdivieso/Baldivieso), Portuguese old
  spellings (Sousa/Souza, Athayde/Ataíde), Scots yogh written z (Dalziel/
  Dalyell), Mande and Fula French against English colonial spellings (Diallo/
  Jallow, Sissoko/Cissokho, Coulibaly/Kulibali), Sesotho Lesotho against South
  African orthography (Moshoeshoe/Moshweshwe), Oromo doubled letters, Fijian b
  for mb (Rabuka/Rambuka, Bainimarama/Mbainimarama), plus new people for
  languages blind17 had (Chinese, Korean, Vietnamese, Thai, Turkish, Polish,
  Czech, Lithuanian, Finnish, Armenian, Italian, Irish ...).  The later
  reference is placed in new positions: after a colon, in a headline-style
  clause ("Catch of the day: X calls in ...", "Checkout poet X to read ..."),
  at the end of a list of several people, in inverted attribution ('...," said
  X'), in a possessive ("X's last strip"), after a title abbreviation (Dr.,
  Prof., Cllr, Judge, Capt., Insp., Sgt.), inside parentheses, and at the start
  of the attribution of a quoted sentence ('X told reporters: "..."').
* name near-misses: different people with look-alike surnames (Thomson/
  Thompson, Davis/Davies, Meyer/Mayer, Steward/Stuart ...) as rival experts,
  captains, buyer and seller, referee and player, editor and predecessor;
  relatives of new kinds (step-parent, cousin, grandparent, half-sibling,
  spouse, stepchild, step-sibling); places (Kirkby Lonsdale, Ashby-de-la-Zouch
  ...); streets and buildings named like people (Brunell Road, Wedgewood House,
  the Lister Building ...), a kind blind17 did not have; companies, products
  and ships named like people (the Lockheart air fryer, the icebreaker Ogilvy
  ...); and people with title abbreviations (Dr., Prof., Judge, Capt., Insp.,
  Cllr, Sgt.) spelt consistently.
* figures restated in other words: other nouns ("oaks" ... "trees", "power
  lines" ... "cables", "votes" ... "supporters", "calls" ... "conversations",
  "operations" ... "procedures", "seats" ... "capacity"), nominalisations
  ("cost" ... "That outlay", "was awarded" ... "The payout", "retreated" ...
  "Its retreat", "has raised" ... "Her fundraising total", "raised ... by" ...
  "The increase", "spent" ... "the sum of", "draws ... every day" ... "Its
  daily draw"), a pronoun ("The animals, N of them", "Holders of the N
  affected"), appositions ("His pay, N,", "The increase, N,"), "That means N
  of working-age adults", units written differently ("km/h" ... "kilometres
  per hour", "degrees Celsius" ... "NC", "minutes" ... "mins", "tonnes" ...
  "t", "hectares" ... "ha", "kilograms" ... "-kilo", "feet" ... "ft"), new
  compounds ("-strong colony", "-year-old", "-day stoppage", "-hour battle",
  "-week shutdown", "-year vigil", "-km bore", "-minute flight", "-hectare
  burn scar", "-mile stretch", "-day journey", "-hr outage", "-year history",
  "-week entitlement"), an age restated as "at the age of N", a price as "a
  fare of N", a darts score as "An average of N", a total as "the whole prize
  of N" and "the N investment".  The fixed-number wordings the brief names ("a
  dozen", "a score of", fractions, per-capita figures) could not be marked
  sides with the shared figure families (whose values are drawn at random),
  so they are not used.
* figure near-misses of new kinds: before/after (a bypass, a flood), two
  dates (membership, rent, flights and passengers by year, sieges in 1644 and
  1648), planned against actual (houses, a tram budget, a flight time, a
  train's timetable, a trial's length, a passenger forecast, invitations and
  replies), a part and the whole (woodland of a farm, trebles of a choir,
  concerts abroad, single track, dual carriageway, surgical beds, farmland
  burnt, days in a storm, evening hours, administration costs), two groups
  (men's and women's squads, adults' and children's tickets, fish and
  vegetables, hills and town, home and away, walkers and runners), gross
  against net (pay before and after tax, gross profit and what was cleared,
  revenue and net profit, a sale price and what the seller kept), nominal
  against real (pensions in cash terms and after inflation, a fund on paper and
  in today's money), two units of different things (miles and days, vehicles
  and pedestrians), corrected figures told as such (spoiled ballots, a
  sentence reduced on appeal, a victim's age, a newspaper correction), a
  demand against an offer, two surveys, two vessels' capacities.
Fresh: to be scored once on the code at the end of session 21 as the before of session 22's rounds, never used to tune.

What the author read: the brief; ``date -u`` and ``git rev-parse HEAD`` of the
new worktree; ``ls`` of the worktree root and of benchmarks/ (file and folder
names only; the listing of tests/ was cut off by ``head``); ``wc -l`` of
blind17's template module and of the two test files below;
benchmarks/consistency_templates_blind17.py (whole file: header, people lists,
helpers, context functions and all four template lists -- none of its
sentences, people, places, organisations, titles, roles or name pairs is
reused here), with ``grep -n`` of its section line numbers (to copy its
machinery with ``sed``); tests/consistency_template_checks.py and
tests/test_consistency_templates_blind17.py (whole files); ``grep -n -A11
"def load_benchmark" tests/conftest.py``; in benchmarks/consistency_injection.py
only the output of ``grep -n "blind17\\|BLIND17\\|def sets_for\\|choices=\\|^SPLITS"``
(before the wiring) and of ``grep -n "blind18"`` (after it), and ``git diff
--stat`` of the worktree (line counts only).  Seen by accident: the subject
line of the base commit, printed by ``git worktree add``, which is about
``event_identity.py --check`` (decisions read with the pass's own
``probability()`` against its threshold, as temporal's learned pass reads
them, instead of a local log-odds conversion; "--check passes as before
(log-odds at most 0.0003 apart)"; nothing about names or figures); blind17's
own header (read as allowed), which quotes an earlier subject line about the
date checker and names blind15's shared items and six of its surnames; and,
in the ``ls`` listings, folder names (src, features, docs, seeds ...) and the
names of the other template modules and benchmark scripts, none opened.  The
``sed`` wiring of ``blind18`` was checked with ``grep -n`` only; the harness
was only byte-compiled (``python -m py_compile``, its ``__pycache__``
deleted), never run as a script.
Not read, grepped, imported or run: src/reliability/, features/, docs/,
README.md, benchmarks/results/, the body of benchmarks/consistency_injection.py,
benchmarks/consistency_misses.py, any other tests file, the templates of
blind2 to blind16, any git history; ``reliability.score`` was never called and
the detector was never run on these templates.
tests/test_consistency_templates_blind18.py imports the harness module (as
blind17's test does) to check the ``blind18`` wiring -- the harness's lists
are never printed or inspected, and whatever it imports was never looked at --
and loads blind17's module to check that nothing is shared with it (the
brief's pairs Mohammed/Muhammad, Young/Yang and Tchaikovsky/Chaikovsky, and
every pair named in blind17, were deliberately not used).  The author ran only
the well-formedness test of this set, which runs no detector, and throwaway
scripts in /tmp counting the lists and printing one rendered sample of every
template.  The first test run passed every check except the harness check
(run before the wiring); the check that nothing is shared with blind17 passed
at the first run.  Reading the rendered samples led to rewording: gendered
nouns given to people of either sex (shepherdess, lollipop lady, stable lad,
a postwoman's son) and gendered relatives (stepmother, aunt, grandfather,
half-sister, son, stepbrother, widow) were made neutral; titles are used only
with people introduced without a role; templates no longer open with a
lower-case product, ship or building name; figure sentences whose random
values gave impossible magnitudes (a hot-air balloon at 35,000 feet, a
footpath climbing 25,900 feet, a grandmother and grandchild of close ages) were
reworded.
The copied test's own parts were adapted to this set: the counts, the
languages table, the seed of the exhaustive check, the set checked for sharing
(blind17 only: the brief forbids the author to open any other template
module), buildings added to the near-miss kinds, and the restatement cues of
the wordings used here.

The helpers for spelling numbers and for the mechanical misspellings
(``_change``, ``_swap``, ``_drop``, ``_double``, ``spell``, ``value_of``,
``_pair``, ``_round_pair``, ``_styled``), ``name_context``, the
context-function signatures and ``_figures`` (all its families) are
blind17's, copied unchanged with ``sed``; ``name_near_context`` is blind17's
with one more pair of keys (``g``/``sg`` and a ``building``).  All people,
places, organisations, titles, roles, name pairs and sentences are new.
This set has 70 name templates (93 transliteration people from some 55
languages, 54 invented people for the mechanical variants), 92 figure
templates (written as 45 restated in the same words and 47 in other words;
the test's count of the word after each number agrees; all 26 figure
families), 50 name near-misses and 70 figure near-misses -- each list at least
as long as blind17's (69, 89, 50, 68).

Conventions (those of the harness, as in blind3 to blind17): a template is a
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
``f``/``sf`` and a ``ship`` named like them, ``g``/``sg`` and a street or
``building`` named like them; figures ``person`` (an invented name) and
``year`` / ``prev`` (a year and the year before it).
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
    ("Leander", "Fairclough", "m"), ("Clementine", "Oldroyd", "f"), ("Bartholomew", "Shillingford", "m"),
    ("Wilhelmina", "Gorringe", "f"), ("Hamish", "Strathearn", "m"), ("Marguerite", "Puddephatt", "f"),
    ("Ignatius", "Blenkinsop", "m"), ("Philippa", "Hindmarsh", "f"), ("Lysander", "Pettigrew", "m"),
    ("Rosamund", "Tregaskis", "f"), ("Alphonse", "Bellweather", "m"), ("Euphemia", "Garside", "f"),
    ("Crispin", "Loveridge", "m"), ("Harriet", "Sowerbutts", "f"), ("Mordecai", "Kimberley", "m"),
    ("Araminta", "Dalrymple", "f"), ("Barnaby", "Cruickshank", "m"), ("Winifred", "Lightfoot", "f"),
    ("Percival", "Monkhouse", "m"), ("Georgiana", "Ellerby", "f"), ("Horatio", "Trewartha", "m"),
    ("Millicent", "Abernethy", "f"), ("Jolyon", "Stubbington", "m"), ("Dorcas", "Penhaligon", "f"),
    ("Gideon", "Wetherall", "m"), ("Seraphina", "Mountford", "f"), ("Lorcan", "Fitzsimmons", "m"),
    ("Temperance", "Bickerstaff", "f"), ("Ezekiel", "Haverford", "m"), ("Philomena", "Grimshaw", "f"),
    ("Tobias", "Castleton", "m"), ("Ottilie", "Ravensworth", "f"), ("Caspian", "Bramwell", "m"),
    ("Henrietta", "Dimbleby", "f"), ("Obadiah", "Pennycook", "m"), ("Theodora", "Attwater", "f"),
    ("Ignacio", "Villalobos", "m"), ("Marisela", "Covarrubias", "f"), ("Emeka", "Okafor", "m"),
    ("Folasade", "Adebayo", "f"), ("Torvald", "Lindqvist", "m"), ("Agatha", "Throssell", "f"),
    ("Lucian", "Pendlebury", "m"), ("Beatrix", "Wainwright", "f"), ("Fabian", "Mallinson", "m"),
    ("Clarissa", "Heseltine", "f"), ("Jasper", "Goodbody", "m"), ("Cordelia", "Fenwicke", "f"),
    ("Ambrose", "Teasdale", "m"), ("Marigold", "Sunderland", "f"), ("Silas", "Ackroyd", "m"),
    ("Rosalind", "Hollingworth", "f"), ("Valentin", "Desrosiers", "m"), ("Esther", "Wolstenholme", "f"),
]

# (first name, surname, transliteration/spelling variant, "m"/"f"): one name, two
# romanisations, spellings or written forms, from some 55 languages (see the comments).
TRANSLITERATIONS_PEOPLE = [
    # Icelandic thorn / Hungarian cs and ó / Slovak
    ("Katrín", "Þórsdóttir", "Thorsdottir", "f"), ("Gunnar", "Þorvaldsson", "Thorvaldsson", "m"),
    ("Zsófia", "Kovács", "Kovach", "f"), ("Bence", "Szabó", "Szabo", "m"), ("Lucia", "Kováčová", "Kovacova", "f"),
    # Azerbaijani schwa / Kazakh q / Russian yo / Russian -iy
    ("Leyla", "Məmmədova", "Mammadova", "f"), ("Elnur", "Əliyev", "Aliyev", "m"), ("Kassym", "Toqaev", "Tokayev", "m"),
    ("Pyotr", "Fyodorov", "Fedorov", "m"), ("Galina", "Zhukovskaya", "Joukovskaia", "f"),
    ("Matvei", "Zhukovskiy", "Zhukovsky", "m"),
    # Ukrainian (h/g) / Bulgarian (French-style j) / Serbian (đ/dj)
    ("Taras", "Hryhorenko", "Grigorenko", "m"), ("Oksana", "Hnatyuk", "Gnatiuk", "f"),
    ("Yuliya", "Hrytsenko", "Gritsenko", "f"), ("Zhivko", "Zhelev", "Jelev", "m"), ("Milica", "Đurić", "Djuric", "f"),
    ("Dragan", "Đorđević", "Djordjevic", "m"),
    # Yiddish (YIVO and German spellings) / Hebrew
    ("Moyshe", "Rozentsvayg", "Rosenzweig", "m"), ("Rivka", "Kohen", "Cohen", "f"), ("Eitan", "Shapira", "Schapiro", "m"),
    ("Tamar", "Katz", "Kats", "f"),
    # Arabic (doubled letters, q/k, French and English transcriptions)
    ("Rami", "Haddad", "Hadad", "m"), ("Samira", "Qureshi", "Kureishi", "f"), ("Youssef", "Mansour", "Mansur", "m"),
    ("Layla", "Tawfiq", "Toufic", "f"), ("Bilal", "El Sayed", "Al-Sayyid", "m"),
    # Persian (French-style dj) / Pashto
    ("Shirin", "Jafari", "Djafari", "f"), ("Dariush", "Hosseini", "Hoseyni", "m"), ("Gulalai", "Yousafzai", "Yusufzai", "f"),
    # Hindi / Bengali / Telugu / Kannada / Tamil / Assamese (schwa deletion, sh/s, m/n)
    ("Anupam", "Srivastava", "Shrivastava", "m"), ("Kavita", "Upadhyay", "Upadhyaya", "f"),
    ("Ritwik", "Chowdhury", "Chaudhuri", "m"), ("Lakshmi", "Reddy", "Reddi", "f"), ("Ganesh", "Hegde", "Heggade", "m"),
    ("Karthik", "Subramaniam", "Subramanian", "m"), ("Pranjal", "Sarma", "Sharma", "f"),
    # Nepali / Tibetan / Bhutanese
    ("Sabin", "Bhattarai", "Bhatterai", "m"), ("Pema", "Drolma", "Dolma", "f"), ("Jigme", "Tshering", "Tsering", "m"),
    # Bangladeshi / Malay
    ("Nusrat", "Rahman", "Rehman", "f"), ("Faizal", "Ismail", "Ismael", "m"),
    # Indonesian (Dutch-era tj and dj)
    ("Budi", "Tjahjono", "Cahyono", "m"), ("Wulan", "Djuanda", "Juanda", "f"),
    # Chinese (Wade-Giles, Cantonese and pinyin)
    ("Wen-hui", "Hsieh", "Xie", "f"), ("Chih-ming", "Chiang", "Jiang", "m"), ("Mei-ling", "Teng", "Deng", "f"),
    ("Wai-keung", "Cheung", "Zhang", "m"), ("Hui-chen", "Chung", "Zhong", "f"),
    # Korean
    ("Ji-hoon", "Kwon", "Gwon", "m"), ("Seo-yeon", "Baek", "Paek", "f"), ("Dong-hyun", "Jeon", "Chun", "m"),
    # Japanese (oh for long o; n and m before b, m, p)
    ("Haruki", "Saitō", "Saitoh", "m"), ("Emiko", "Kōno", "Kohno", "f"), ("Takeshi", "Gotō", "Gotoh", "m"),
    ("Naoko", "Honma", "Homma", "f"), ("Kenji", "Sanpei", "Sampei", "m"), ("Yumi", "Shinbo", "Shimbo", "f"),
    # Vietnamese / Thai
    ("Lan", "Huỳnh", "Huynh", "f"), ("Quang", "Phạm", "Pham", "m"), ("Anong", "Srisuk", "Srisook", "f"),
    ("Somchai", "Wongsawat", "Wongsavat", "m"),
    # Greek (-idis/-ides, oi/e)
    ("Stavros", "Konstantinidis", "Constantinides", "m"), ("Eleni", "Oikonomou", "Economou", "f"),
    # Armenian
    ("Anahit", "Hovhannisyan", "Ovanesian", "f"),
    # Turkish / Romanian / Moldovan
    ("Emre", "Öztürk", "Ozturk", "m"), ("Ayşe", "Şahin", "Sahin", "f"), ("Dorin", "Țurcanu", "Turcanu", "m"),
    ("Constantin", "Brâncuși", "Brancusi", "m"),
    # Polish / Czech / Lithuanian
    ("Agnieszka", "Wójcik", "Wojcik", "f"), ("Antonín", "Dvořák", "Dvorak", "m"), ("Vytautas", "Šimkus", "Simkus", "m"),
    # Finnish
    ("Outi", "Hämäläinen", "Hamalainen", "f"),
    # German (umlauts written out)
    ("Dietrich", "Köhler", "Koehler", "m"), ("Ute", "Günther", "Guenther", "f"),
    # French (old and modern spellings) / Italian
    ("Thérèse", "Lefebvre", "Lefèvre", "f"), ("Matteo", "Dell'Acqua", "Dellacqua", "m"),
    # Spanish (old x for j, b and v) / Portuguese (old spellings, cedilla)
    ("Rodrigo", "Jiménez", "Ximénez", "m"), ("Inés", "Valdivieso", "Baldivieso", "f"),
    ("Joaquim", "Sousa", "Souza", "m"), ("Leonor", "Athayde", "Ataíde", "f"), ("Sebastião", "Gonçalves", "Goncalves", "m"),
    # Scots (old yogh written z) / Irish (Gaelic and anglicised forms)
    ("Alasdair", "Dalziel", "Dalyell", "m"), ("Siobhán", "Ní Shúilleabháin", "O'Sullivan", "f"),
    ("Pádraig", "Mac Mathúna", "MacMahon", "m"),
    # Mande / Fula / Gambian and Senegalese (French and English colonial spellings)
    ("Mariama", "Diallo", "Jallow", "f"), ("Lamine", "Sissoko", "Cissokho", "m"), ("Fatoumata", "Coulibaly", "Kulibali", "f"),
    ("Seydou", "Keïta", "Keita", "m"), ("Moussa", "Touré", "Toure", "m"),
    # Sesotho (Lesotho and South African orthographies) / Oromo / Fijian (b for mb)
    ("Palesa", "Moshoeshoe", "Moshweshwe", "f"), ("Lelisa", "Abdissa", "Abdisa", "m"), ("Losana", "Rabuka", "Rambuka", "f"),
    ("Josefa", "Bainimarama", "Mbainimarama", "m"),
]
TRANSLITERATIONS = [(surname, variant) for _, surname, variant, _ in TRANSLITERATIONS_PEOPLE]

# Pairs of real, different surnames that look alike (two people, each introduced in full).
LOOKALIKE_SURNAMES = [
    ("Thomson", "Thompson"), ("Neale", "Neill"), ("Philips", "Phillips"), ("Mathews", "Matthews"), ("Davis", "Davies"),
    ("Allan", "Allen"), ("Grey", "Gray"), ("Brown", "Browne"), ("Hart", "Harte"), ("Nicholls", "Nichols"),
    ("Hanson", "Hansen"), ("Petersen", "Peterson"), ("Olsen", "Olson"), ("Kearney", "Carney"), ("Dickson", "Dixon"),
    ("Wilkins", "Wilkens"), ("Hurst", "Hirst"), ("Maclean", "Maclaine"), ("Meyer", "Mayer"), ("Steward", "Stuart"),
    ("Coutts", "Coote"),
]
# (surname, place with a similar name)
PLACE_SURNAMES = [
    ("Marston", "Marston Moretaine"), ("Shelton", "Shelton Lock"), ("Kingsley", "Kingsley Holt"),
    ("Ashby", "Ashby-de-la-Zouch"), ("Thornton", "Thornton-le-Dale"), ("Norton", "Norton Subcourse"),
    ("Hutton", "Hutton-le-Hole"), ("Bradley", "Bradley Stoke"), ("Kirkby", "Kirkby Lonsdale"), ("Milton", "Milton Abbas"),
]
# (surname, street or building named like a person)
BUILDING_SURNAMES = [
    ("Gladstone", "Gladstone Street"), ("Lister", "the Lister Building"), ("Brunel", "Brunell Road"),
    ("Wedgwood", "Wedgewood House"), ("Rutherford", "Rutherford Tower"), ("Attlee", "Attlee Court"),
    ("Pankhurst", "Pankhurst Terrace"), ("Faraday", "the Faraday Wing"),
]
# (surname, company named like a person)
COMPANY_SURNAMES = [
    ("Brierley", "Brierleys Bakery"), ("Gledhill", "Gledhills Garden Centre"), ("Crowther", "Crowthers Plumbing"),
    ("Ormerod", "Ormerods Removals"), ("Holroyd", "Holroyds Funeral Directors"), ("Stansfield", "Stansfields Dairy"),
    ("Greenhalgh", "Greenhalghs Hauliers"), ("Tattersall", "Tattersalls Joinery"),
]
# (surname, product named like a person)
PRODUCT_SURNAMES = [
    ("Lockhart", "the Lockheart air fryer"), ("Pemberton", "the Pembertin e-reader"),
    ("Radcliffe", "the Radclyffe baby monitor"), ("Whitfield", "the Whitfeld drone"),
    ("Cartwright", "the Cartwrite label printer"), ("Ellison", "the Elison heat pump"),
    ("Harcourt", "the Harcort dishwasher"),
]
# (surname, ship named like a person)
SHIP_SURNAMES = [
    ("Fairweather", "the survey vessel Fayreweather"), ("Grainger", "the tug Grainger Star"),
    ("Livingstone", "the research ship Livingston"), ("Mackinnon", "the ferry Mackinon Isle"),
    ("Cunningham", "the trawler Cunningham Lass"), ("Ogilvie", "the icebreaker Ogilvy"),
]
GIVEN_NAMES = ["Alaric", "Bronwen", "Cosmo", "Delphine", "Eustace", "Fenella", "Galen", "Hermione", "Isadora",
               "Jago", "Katya", "Lorenzo", "Morwenna", "Nikolai", "Oriana", "Peregrine", "Rhiannon", "Sacha",
               "Tamsin", "Ursula", "Vivian", "Wilhelm", "Xanthe", "Zebedee"]
PLACES = ["Harrowgate Vale", "Nether Wallop", "Corrie Mhor", "Saltmarsh End", "Pontardulais", "Bishopsfield",
          "Villanueva del Río", "Greystone Quay", "Much Hadley", "Inverallan", "Cobbler's Cross", "Lake Tarrow"]
ORGANISATIONS = ["the allotment society", "the lifeboat guild", "the model railway club", "the hospice trust",
                 "the rugby supporters' club", "the refugee welcome group", "the astronomy society",
                 "the choral union", "the canal restoration trust", "the parent-teacher association",
                 "the folk dance society", "the repair café"]
ROLES = ["the treasurer of", "the secretary of", "a trustee of", "the founder of", "the chair of",
         "a spokesperson for", "the fundraiser for", "a patron of"]
TITLES_M = ["Dr.", "Prof.", "Cllr", "Judge", "Capt.", "Insp.", "Sgt."]
TITLES_F = ["Dr.", "Prof.", "Cllr", "Judge", "Capt.", "Insp.", "Sgt."]
FIGURE_PEOPLE = ["Gwendolyn Hartigan", "Osvaldo Ferreira-Lund", "Ngaire Whitcombe", "Rupert Oyelaran",
                 "Benedetta Karlsson", "Kwabena Ellingham", "Solveig Marchetti", "Cornelius Adjei",
                 "Ludmila Prendergast", "Aurelio Sandström"]


# The context functions: the kit's (session 25; this set carried a verbatim copy of them before).
name_context, name_near_context, figure_context, figure_near_context = contexts(globals(), buildings=True)


# --------------------------------------------------------- name templates

NAME_TEMPLATES = [
    # after a colon
    ("The glassblower [[{full}]] has made a chandelier for the opera house in {town}.",
     "One name is engraved on its brass ring: [[{var}]]."),
    ("Only one candidate applied to run the village post office, the retired postman [[{full}]].",
     "So the new sub-postmaster from {month} is already known to every customer: [[{var}]]."),
    ("The allotment holder [[{full}]] has grown a chilli hotter than any on record.",
     "The label on the seed packets now carries a warning and a name: [[{var}]]."),
    # in a headline-style clause
    ("The trawlerman [[{full}]] has hauled up a sea mine off {town}.",
     "Catch of the day: [[{var}]] calls in the bomb squad."),
    ("The supermarket cashier [[{full}]] has won the regional poetry prize.",
     "Checkout poet [[{var}]] to read winning verse on {day}."),
    ("A chimney sweep, [[{full}]], found a wartime letter wedged behind a fireplace.",
     "Sweep's find — [[{var}]] traces the soldier's family."),
    # in a list of several people
    ("The locksmith [[{full}]] freed a toddler who had locked herself in a car on the hottest day of the year.",
     "Firefighters, two police officers and [[{var}]] were thanked by the family."),
    ("The physiotherapist [[{full}]] is one of four volunteers travelling with the paralympic squad.",
     "The others are a driver, a cook and a nurse; [[{var}]] has done the trip before."),
    ("The allotment committee has chosen [[{full}]] to judge the marrow contest.",
     "Past judges include a bishop, two mayors, a weather presenter and, now, [[{var}]]."),
    ("The translator [[{full}]] is on the shortlist of five for the translation prize.",
     "The judges will choose between a poet, two academics, a journalist and [[{var}]]."),
    # inverted attribution
    ("The gamekeeper [[{full}]] found poisoned buzzards on the estate above {town}.",
     "\"Somebody knew exactly what they were doing,\" said [[{var}]]."),
    ("The beach cleaner [[{full}]] collected two tonnes of plastic in a single week.",
     "\"Most of it is bottle tops,\" said [[{var}]], who is {role} {org}."),
    ("The midwife [[{full}]] has delivered more than three thousand babies in {town}.",
     "\"Every one of them is still a small miracle,\" said [[{var}]]."),
    ("[[{full}]], a taxi driver, drove a stranded bride forty miles to her wedding.",
     "\"She would have done the same for me,\" said [[{var}]]."),
    ("The hill farmer [[{full}]] lost two hundred ewes in the blizzard.",
     "\"We dug for three days,\" says [[{var}]]."),
    # possessive
    ("The piano tuner [[{full}]] has tuned the same concert grand for forty years.",
     "The orchestra will dedicate its next recital to [[{var}]]'s patience."),
    ("The cartoonist [[{full}]] drew a daily strip for the local paper for thirty years.",
     "[[{var}]]'s last strip appears on {day}."),
    ("The blacksmith [[{full}]] has forged new gates for the cemetery.",
     "Visitors stop to photograph [[{var}]]'s ironwork."),
    ("The sommelier [[{full}]] has been named the best in the country.",
     "Diners now book weeks ahead for [[{var}]]'s tasting menu."),
    # after a title abbreviation
    ("[[{full}]] has been made an honorary citizen of {town}.",
     "The certificate for {title} [[{var}]] was signed on {day}."),
    ("[[{full}]] found the lost charter of {town} in a solicitor's attic.",
     "The charter, {title} [[{var}]] says, had been used to wrap fish."),
    ("A portrait of [[{full}]] is to be hung in the town hall in {month}.",
     "The painter worked from photographs of {title} [[{var}]]."),
    ("[[{full}]] has been banned from driving for six months.",
     "Magistrates heard that {title} [[{var}]] had been caught using a phone at the wheel."),
    ("[[{full}]] has been named {role} {org}.",
     "Members welcomed {title} [[{var}]] at the annual meeting on {day}."),
    ("[[{full}]] has retired after forty years of public service in {town}.",
     "Former colleagues held a dinner for {title} [[{var}]] on {day}."),
    # inside parentheses
    ("The weir in {town} was cleared of debris by the canoeist [[{full}]] after the flood.",
     "Residents (and [[{var}]]) say the council should have done it weeks earlier."),
    ("The planning inspector [[{full}]] has rejected the wind farm.",
     "The decision (the report was signed by [[{var}]] on {day}) can be appealed."),
    ("The diver [[{full}]] found the wreck of a paddle steamer in the lake.",
     "The steamer sank in a storm in 1871 (the date was confirmed by [[{var}]] from its bell)."),
    ("The youth worker [[{full}]] has opened a boxing gym in an empty shop.",
     "Thirty teenagers (most of them recruited by [[{var}]] on the street) train there every night."),
    # at the start of a quoted sentence's attribution
    ("The cheerleading coach [[{full}]] took the squad to the world championships.",
     "[[{var}]] told reporters: \"We have come home with bronze and a lot of bruises.\""),
    ("The glaciologist [[{full}]] has returned from six months in Antarctica.",
     "[[{var}]] put it simply: \"The ice is going faster than anyone predicted.\""),
    ("The sheep farmer [[{full}]] won the sheepdog trials with a dog {she} bred at home.",
     "[[{var}]] said afterwards: \"The dog did the work; I just whistled.\""),
    # subject of a later sentence after other material
    ("The crossword setter [[{full}]] has compiled the paper's ten-thousandth puzzle.",
     "Readers have sent in cakes, and [[{var}]] has eaten most of them."),
    ("The coastguard [[{full}]] spotted a capsized dinghy from the cliff top.",
     "Within minutes [[{var}]] had a lifeboat on the way."),
    ("The locum vet [[{full}]] saved a cow that had swallowed a bicycle bell.",
     "The farmer's children have named the calf after [[{var}]]."),
    ("The brewer [[{full}]] has revived a beer last made in {town} two centuries ago.",
     "The recipe was found by [[{var}]] in a parish ledger."),
    ("The bookbinder [[{full}]] has restored the town's oldest bible.",
     "It took [[{var}]] a whole winter to resew its pages."),
    ("The stunt performer [[{full}]] broke a leg on set on {day}.",
     "Filming is paused until [[{var}]] recovers."),
    ("The bell founder [[{full}]] has cast a new tenor bell for the abbey.",
     "The bell bears an inscription chosen by [[{var}]]."),
    ("The astronaut [[{full}]] spoke to pupils at {her} old school from the space station.",
     "One pupil asked [[{var}]] how to brush teeth in orbit."),
    ("The wheelwright [[{full}]] has made new wheels for the royal carriage.",
     "Each wheel took [[{var}]] six weeks to make."),
    ("The harpist [[{full}]] has been appointed to the national orchestra.",
     "Audiences will hear [[{var}]] for the first time in {month}."),
    ("The stable hand [[{full}]] rode the outsider to victory in the village race.",
     "Bookmakers paid out at fifty to one on [[{var}]]."),
    ("The mountain guide [[{full}]] led a blind climber to the summit.",
     "The pair were roped together, with [[{var}]] calling out every step."),
    ("The apprentice electrician [[{full}]] rewired the village hall for free.",
     "The committee has given [[{var}]] a life membership."),
    ("The typesetter [[{full}]] has printed a book on a press from the 1850s.",
     "Collectors have ordered every copy, [[{var}]] says."),
    ("The school crossing patrol [[{full}]] has retired after thirty-five years outside the primary school.",
     "Pupils lined the road to wave goodbye to [[{var}]]."),
    ("The paediatric nurse [[{full}]] knitted hats for every baby born in {month}.",
     "Parents say [[{var}]] made them all by hand."),
    ("The falconry centre in {town} is run by [[{full}]].",
     "Its eagle escaped on {day}, and [[{var}]] spent the night searching the woods."),
    ("The choirmaster [[{full}]] has taught a choir of prisoners to sing in four parts.",
     "The governor invited [[{var}]] to bring them to the cathedral."),
    ("The jockey [[{full}]] has ridden a thousand winners.",
     "Racegoers gave [[{var}]] a standing ovation in the paddock."),
    ("The botanist [[{full}]] has rediscovered an orchid thought extinct.",
     "Its location will be kept secret, [[{var}]] says."),
    ("[[{full}]] ({role} {org}) has run a marathon dressed as a postbox.",
     "Donations to [[{var}]] have passed the target."),
    ("Fifty years after arriving with a suitcase and no English, [[{full}]] has been made a freeman of {town}.",
     "The ceremony for [[{var}]] was held in the council chamber."),
    ("The tree surgeon [[{full}]] was stuck for six hours in an oak after a harness failed.",
     "Firefighters brought [[{var}]] down with a turntable ladder."),
    ("The ballet teacher [[{full}]] has been teaching in {town} for sixty years.",
     "Former pupils have danced in [[{var}]]'s honour."),
    ("The roofer [[{full}]] rescued a cat from a burning house.",
     "Neighbours say [[{var}]] went back in twice."),
    ("The organ grinder [[{full}]] has been banned from the high street.",
     "Shopkeepers had complained that [[{var}]] played the same tune all day."),
    ("A teenage cellist from {town}, [[{full}]], has won a scholarship to study music.",
     "A concert to raise money for [[{var}]]'s fees is planned for {month}."),
    ("The quarry worker [[{full}]] found a fossil of an ichthyosaur.",
     "Museum staff are now working alongside [[{var}]] to extract it."),
    ("The lighthouse keeper's last apprentice, [[{full}]], has written a memoir.",
     "The book, [[{var}]] says, is dedicated to the gulls."),
    ("The snooker player [[{full}]] made a maximum break in the final.",
     "The crowd rose to [[{var}]] as the black went down."),
    ("The hospital porter [[{full}]] has completed a degree in medicine.",
     "Colleagues say [[{var}]] studied at night between shifts."),
    ("The parish council has elected [[{full}]] as its youngest chair.",
     "At nineteen, [[{var}]] is still at university."),
    ("The ferryman [[{full}]] has carried passengers across the estuary for forty years.",
     "Locals have asked the council to name the new jetty after [[{var}]]."),
    ("The kayaker [[{full}]] paddled the length of the river in a week for {org}.",
     "Supporters met [[{var}]] at every lock."),
    ("Police have named the climber who fell on {day} as [[{full}]].",
     "Mountain rescue said [[{var}]] had been experienced and well equipped."),
    ("The author [[{full}]] has won the children's book award for a story about a lonely lighthouse.",
     "Libraries in {town} have ordered extra copies of [[{var}]]'s book."),
    ("The hairdresser [[{full}]] shaved {her} head to raise money for {org}.",
     "Customers gave [[{var}]] more than the salon takes in a month."),
    ("The organic farmer [[{full}]] has been fined for selling unpasteurised cheese.",
     "Supporters of [[{var}]] protested outside the court."),
]

NAME_NEAR_MISSES = [
    # two different people with look-alike surnames
    ("{a} and {b} have been picked to captain the two sides in the charity cricket match.",
     "{sa} won the toss; {sb} chose to bat anyway."),
    ("The jury heard from two experts, {a} and {b}.",
     "{sb} said the fire was started deliberately; {sa} blamed a faulty heater."),
    ("{a} sold {b} a second-hand tractor that broke down the next day.",
     "{sb} is now suing {sa} for the cost of repairs."),
    ("The architects {a} and {b} have each submitted a design for the new library.",
     "{sa} proposes a glass box; {sb} a timber hall."),
    ("{a}, the home secretary, has sacked an adviser, {b}.",
     "{sb} had criticised {sa} in a newspaper column."),
    ("The runners {a} and {b} crossed the line holding hands.",
     "{sa} and {sb} had trained together since school."),
    ("The twin-town visit was led by {a}; the return visit by {b}.",
     "{sb} said {sa} had set a high standard of hospitality."),
    ("{a} has taken over from {b} as the editor of the parish magazine.",
     "{sb} edited it for eleven years; {sa} has promised colour photographs."),
    ("Two anglers, {a} and {b}, each claim to have caught the biggest pike in the lake.",
     "{sa}'s fish was weighed; {sb}'s was not."),
    ("{a} and {b} share the prize for the best garden on the street.",
     "{sb} grows vegetables, {sa} only roses."),
    ("{a} beat {b} by six votes in the race for the council seat.",
     "{sb} has asked for a recount; {sa} says the result will stand."),
    ("The referee, {a}, sent off the visiting captain, {b}.",
     "{sb} said afterwards that {sa} had been right."),
    # relatives
    ("{a} has inherited the family bakery from {r}, a step-parent.",
     "{fr} {sa} ran it for thirty years; {fa} has kept the recipes."),
    ("{a} and {r}, a cousin, are both running for mayor.",
     "{fr} is backed by the unions, {fa} by local businesses."),
    ("{r}, a much older cousin, taught {a} to swim in the river at {town}.",
     "Now {fa} coaches the national team, and {fr} still swims every morning."),
    ("{a} has been sworn in as a judge, forty years after {r}, a grandparent.",
     "{fr} {sa} sat in the same courtroom."),
    ("{a} and {r}, a half-sibling, have opened a café together.",
     "{fa} does the baking; {fr} keeps the books."),
    ("The spouse of the late {r}, {a}, has unveiled a plaque at the station where {fr} worked.",
     "{fa} said {fr} would have been embarrassed by the fuss."),
    ("{a} has finished the boat that {r}, a stepchild, began building before emigrating.",
     "{fr} will fly home to sail it with {fa} in {month}."),
    ("{a} and {r}, a step-sibling, played on opposite sides in the cup final.",
     "{fr} scored; {fa} missed a penalty."),
    # places named like people
    ("The road to {place} has been closed by a landslip.",
     "{c}, a delivery driver, said {sc} had to take a forty-mile detour."),
    ("{c} has written a history of {place}.",
     "{sc} spent ten years in the county archives."),
    ("Voters in {place} have rejected plans for a bypass.",
     "{c}, who led the campaign, said {sc} would now push for a speed limit."),
    ("{c} opened the first bookshop in {place} in half a century.",
     "{sc} says children queued on the first morning."),
    ("The church at {place} has been hit by lead thieves.",
     "{c}, the churchwarden, said {sc} found the roof stripped on {day}."),
    # streets and buildings named like people
    ("Residents of {building} have complained about rats.",
     "{g}, who lives there, said {sg} had counted eleven in a night."),
    ("{g} has lived in {building} since it was built.",
     "{sg} remembers when the first tenants moved in."),
    ("A water main burst under {building} on {day}.",
     "{g}, a plumber called to the scene, said {sg} had never seen so much water."),
    ("Planners have refused to let developers rename {building}.",
     "{g}, a local historian, said {sg} had argued against the change for years."),
    # companies named like people
    ("{company} is celebrating a hundred years in business.",
     "{d}, who has worked there since leaving school, said {sd} would miss the old van."),
    ("{d} has complained to {company} about a late delivery.",
     "{sd} says the firm's name is the only thing they have in common."),
    ("A fire broke out at {company} on {day}.",
     "{d}, a neighbour, said {sd} called the fire brigade."),
    ("{company} has been bought by a national chain.",
     "{d}, the union official, said {sd} had been promised no job losses."),
    # products named like people
    ("The judges of a consumer award have named {product} the gadget of the year.",
     "{e}, one of the judges, said {se} tested it for a month."),
    ("{e} reviewed {product} for a consumer magazine.",
     "{se} found it noisy but reliable."),
    ("Shops have withdrawn {product} after a safety warning.",
     "{e}, a trading standards officer, said {se} had found a faulty plug."),
    ("{e} won {product} in a raffle.",
     "{se} gave it to the church hall."),
    # ships named like people
    ("After a year at sea, {ship} has returned to port.",
     "{f}, the ship's engineer, said {sf} was looking forward to a bath."),
    ("{f} has bought {ship} to turn into a floating restaurant.",
     "{sf} plans to open in {month}."),
    ("In the harbour on {day}, {ship} was damaged in a collision.",
     "{f}, the harbourmaster, said {sf} would lead the inquiry."),
    ("{f} has painted a mural of {ship} on the harbour wall.",
     "{sf} used a hundred litres of paint."),
    # titled people, spelt consistently
    ("Dr. {sa} has been struck off for prescribing placebos.",
     "Dr. {sa} said the patients had felt better."),
    ("Prof. {sb} has won a grant to study bumblebees.",
     "Prof. {sb} will spend the summer in the hayfields above {town}."),
    ("Judge {sa} has refused to let the trial be televised.",
     "Judge {sa} said the witnesses needed protecting."),
    ("Capt. {sb} has brought the stricken tanker safely into port.",
     "Capt. {sb} had not slept for two days."),
    ("Insp. {sa} has been commended for breaking up a smuggling ring.",
     "Insp. {sa} spent a year under cover."),
    ("Cllr {sb} has proposed free parking on Saturdays.",
     "Cllr {sb} says the high street is dying."),
    ("Sgt. {sa} has retired after forty years in the village police house.",
     "Sgt. {sa} knew every child in {town} by name."),
    # two people with look-alike names in one sentence
    ("{a} sat next to {b} at the awards dinner, and the compère mixed them up.",
     "{sa} took it well; {sb} did not."),
    ("The builders {a} and {b} both quoted for the new roof.",
     "{sb} was cheaper, but {sa} could start sooner."),
]

# ------------------------------------------------------- figure templates

FIGURE_TEMPLATES = [
    # restated in the same words
    ("The council planted [[{th1}]] tulip bulbs in the park in the autumn.",
     "Squirrels dug up many of the [[{th2}]] tulip bulbs within a week."),
    ("The hospice choir has [[{c1}]] singers.",
     "All [[{c2}]] singers will perform at the Christmas concert in {town}."),
    ("The heatwave killed [[{hh1}]] sheep on the hill farms.",
     "Insurers will not pay for the [[{hh2}]] sheep, farmers say."),
    ("Bus fares in {town} have gone up by [[{pc1}]] since {month}.",
     "Passengers say [[{pc2}]] since {month} is more than their wages have risen."),
    ("The oldest pupil at the evening reading class is [[{age1}]] years old.",
     "At [[{age2}]] years old, he says, it is never too late to learn."),
    ("The bin lorries were off the road for [[{dy1}]] days.",
     "Rubbish piled up in the streets of {town} for [[{dy2}]] days."),
    ("The blizzard cut off the village for [[{hr1}]] hours.",
     "For [[{hr2}]] hours nobody could get in or out."),
    ("The repairs to the school roof took [[{wk1}]] weeks.",
     "Pupils were taught in portable cabins for [[{wk2}]] weeks."),
    ("The cinema organ had been silent for [[{yr1}]] years.",
     "Volunteers say [[{yr2}]] years of damp had ruined its pipes."),
    ("The plan to close the high street to cars won [[{vt1}]] votes in the local referendum.",
     "Traders say [[{vt2}]] votes is not a mandate."),
    ("The ultra-runner covered [[{km1}]] kilometres in a single day.",
     "She ran the [[{km2}]] kilometres on a diet of jam sandwiches."),
    ("The town paid [[{usd1}]] for its new fire engine.",
     "Councillors defended spending [[{usd2}]] for a fire engine."),
    ("The appeal for the chapel roof has raised [[{eur1}]] so far.",
     "Organisers say [[{eur2}]] so far is only a third of what is needed."),
    ("A collector paid [[{gbp1}]] for a single stamp at auction.",
     "At [[{gbp2}]] for a stamp, the sale set a record."),
    ("The tornado's winds were measured at [[{spd1}]] km/h.",
     "Winds of [[{spd2}]] km/h tore the roofs off barns."),
    ("The rescued sea turtle weighed [[{kg1}]] kilograms.",
     "Vets say [[{kg2}]] kilograms is healthy for its age."),
    ("The fire alarm cleared the stadium in [[{mn1}]] minutes.",
     "Stewards said [[{mn2}]] minutes was faster than any drill."),
    ("The sea off {town} reached [[{tc1}]] degrees in {month}.",
     "Swimmers say [[{tc2}]] degrees in {month} is unheard of."),
    ("The spelling bee champion scored [[{pts1}]] points in the final.",
     "Nobody had reached [[{pts2}]] points before."),
    ("The farm sold [[{ha1}]] hectares to a housing developer.",
     "Walkers fear the [[{ha2}]] hectares will be concreted over."),
    ("The rain gauge at the primary school recorded [[{mm1}]] millimetres in a night.",
     "Children measured the [[{mm2}]] millimetres themselves."),
    ("A pint of milk at the island shop costs [[{pr1}]] after the ferry charge.",
     "Islanders say [[{pr2}]] after the ferry charge is unfair."),
    ("The glider pilot climbed to [[{ft1}]] feet in a mountain wave.",
     "At [[{ft2}]] feet she could see both coasts."),
    ("The dairy spilled [[{lt1}]] litres of milk into the stream.",
     "Fish died along a mile of the stream after the [[{lt2}]] litres of milk reached it."),
    ("The pilgrim walked [[{mi1}]] miles to the abbey.",
     "He wore out two pairs of boots on the [[{mi2}]] miles."),
    ("The port imported [[{tn1}]] tonnes of timber in {month}.",
     "Most of the [[{tn2}]] tonnes came from the Baltic."),
    ("The festival campsite had [[{th1}]] tents this year.",
     "Rain flooded many of the [[{th2}]] tents on the first night."),
    ("The village has [[{c1}]] listed buildings.",
     "Each of the [[{c2}]] listed buildings now has a plaque."),
    ("The new ferry has [[{hh1}]] seats on its upper deck.",
     "All [[{hh2}]] seats were taken on the first crossing."),
    ("The reservoir is at [[{pc1}]] of capacity.",
     "At [[{pc2}]] of capacity, a hosepipe ban is likely."),
    ("The woman who won the hill race on {day} is [[{age1}]] years old.",
     "Being [[{age2}]] years old, she says, is no excuse to stop."),
    ("The tall ship was becalmed for [[{dy1}]] days in the Atlantic.",
     "The crew rationed water for [[{dy2}]] days."),
    ("Surgeons operated for [[{hr1}]] hours to reattach the arm.",
     "After [[{hr2}]] hours the hand was pink again."),
    ("The toll on the bridge has been charged for [[{yr1}]] years.",
     "Drivers have paid it for [[{yr2}]] years."),
    ("The petition to rename the square collected [[{vt1}]] signatures.",
     "The [[{vt2}]] signatures were delivered in a wheelbarrow."),
    ("The stolen painting is worth [[{usd1}]] at auction.",
     "Thieves will struggle to sell a painting worth [[{usd2}]] at auction, police say."),
    ("The new cycle path runs [[{km1}]] kilometres along the old railway.",
     "Families can ride the [[{km2}]] kilometres without meeting a car."),
    ("The blackout on the underground lasted [[{mn1}]] minutes.",
     "Passengers sat in the dark for [[{mn2}]] minutes."),
    ("The flood defences protect [[{th1}]] homes in the valley.",
     "Without the wall the [[{th2}]] homes would have flooded on {day}."),
    ("The ewes were kept indoors for [[{wk1}]] weeks because of the snow.",
     "Hay ran short during the [[{wk2}]] weeks indoors."),
    ("The restaurant was fined [[{eur1}]] for hygiene failures.",
     "The owner said [[{eur2}]] for a dirty fridge was excessive."),
    ("The cheese wheel entered at the show weighed [[{kg1}]] kilograms.",
     "Six men lifted the [[{kg2}]] kilograms on to the judges' table."),
    ("The council spread [[{tn1}]] tonnes of salt on the roads during the cold snap.",
     "The [[{tn2}]] tonnes of salt was all the depot had."),
    ("The paraglider was sucked into a cloud and carried up to [[{ft1}]] feet.",
     "At [[{ft2}]] feet she lost consciousness for a minute."),
    ("The cider farm pressed [[{lt1}]] litres of juice this autumn.",
     "The [[{lt2}]] litres of juice will be bottled in spring."),
    # restated in other words
    ("The storm uprooted [[{c1}]] oaks in the park.",
     "Saplings will be planted where those [[{c2}]] trees stood."),
    ("The bank is closing [[{th1}]] accounts held by customers abroad.",
     "Holders of the [[{th2}]] affected were told by letter."),
    ("The zoo's penguin colony numbers [[{hh1}]] birds.",
     "Keepers feed the [[{hh2}]]-strong colony twice a day."),
    ("Unemployment in {town} stands at [[{pc1}]].",
     "That means [[{pc2}]] of working-age adults have no job."),
    ("The lottery winner is [[{age1}]] years old.",
     "The [[{age2}]]-year-old plans to buy a caravan."),
    ("The strike on the railway lasted [[{dy1}]] days.",
     "The [[{dy2}]]-day stoppage cost the region dear."),
    ("Firefighters fought the warehouse blaze for [[{hr1}]] hours.",
     "The [[{hr2}]]-hour battle used up the town's water supply."),
    ("The bridge will be shut for [[{wk1}]] weeks of repairs.",
     "Drivers face a detour throughout the [[{wk2}]]-week shutdown."),
    ("The lighthouse keeper served [[{yr1}]] years on the rock.",
     "His [[{yr2}]]-year vigil ended when the light was automated."),
    ("The winning candidate received [[{vt1}]] votes.",
     "Her [[{vt2}]] supporters gathered in the square to celebrate."),
    ("The tunnel under the mountain is [[{km1}]] kilometres long.",
     "The [[{km2}]]-km bore took a decade to dig."),
    ("The club's new stand cost [[{usd1}]] to build.",
     "That outlay of [[{usd2}]] has left the club in debt."),
    ("The mayor has a salary of [[{eur1}]] a year.",
     "His pay, [[{eur2}]], is more than the prime minister's."),
    ("The widow was awarded [[{gbp1}]] in compensation.",
     "The payout of [[{gbp2}]] came after a six-year battle."),
    ("The racing pigeon flew home at [[{spd1}]] km/h.",
     "At [[{spd2}]] kilometres per hour it beat every other bird in the race."),
    ("The prize-winning marrow weighed [[{kg1}]] kilograms.",
     "The [[{kg2}]]-kilo vegetable needed two men to carry it."),
    ("The air ambulance reached the farm in [[{mn1}]] minutes.",
     "Doctors say the [[{mn2}]]-minute flight saved the farmer's life."),
    ("The heatwave pushed temperatures in {town} to [[{tc1}]] degrees Celsius.",
     "At [[{tc2}]]C, the tarmac on the bypass began to melt."),
    ("The darts champion averaged [[{pts1}]] points per visit in the final.",
     "An average of [[{pts2}]] is the highest ever recorded at the venue."),
    ("The forest fire destroyed [[{ha1}]] hectares of pine.",
     "Replanting the [[{ha2}]]-hectare burn scar will take decades."),
    ("The monsoon brought [[{mm1}]] millimetres of rain in a day.",
     "The [[{mm2}]] mm torrent swept away the market stalls."),
    ("A single bus ticket in {town} costs [[{pr1}]].",
     "Students say a fare of [[{pr2}]] is too high."),
    ("The airliner climbed to [[{ft1}]] feet to get above a storm.",
     "Passengers felt the climb to [[{ft2}]] ft in their ears."),
    ("The brewery draws [[{lt1}]] litres of water from the river every day.",
     "Its daily draw of [[{lt2}]] is more than the whole village uses."),
    ("The canal towpath runs for [[{mi1}]] miles between the two towns.",
     "Walkers can cover the [[{mi2}]]-mile stretch in a weekend."),
    ("The recycling centre collected [[{tn1}]] tonnes of garden waste this year.",
     "That haul of [[{tn2}]] t will be turned into compost."),
    ("The sanctuary has taken in [[{c1}]] donkeys this year.",
     "The animals, [[{c2}]] of them, need new stabling."),
    ("The charity's helpline took [[{th1}]] calls in {month}.",
     "Volunteers answered them all: [[{th2}]] conversations, many in the small hours."),
    ("The hospital cancelled [[{hh1}]] operations because of the strike.",
     "Each of the [[{hh2}]] postponed procedures will be rebooked."),
    ("The council has raised car parking charges by [[{pc1}]].",
     "The increase, [[{pc2}]], has angered shopkeepers."),
    ("The sculptor was [[{age1}]] when she finished her last work.",
     "She completed it at the age of [[{age2}]], weeks before she died."),
    ("The hunger march took [[{dy1}]] days from the coast to the capital.",
     "The marchers slept in church halls throughout their [[{dy2}]]-day journey."),
    ("The power cut left the hospital on generators for [[{hr1}]] hours.",
     "Staff called the [[{hr2}]]-hr outage the worst night of their careers."),
    ("The bakery has been run by the same family for [[{yr1}]] years.",
     "Its [[{yr2}]]-year history is told in a new book."),
    ("The union's members cast [[{vt1}]] votes for strike action.",
     "That tally of [[{vt2}]] in favour gives the union a clear mandate."),
    ("The lottery jackpot stands at [[{usd1}]].",
     "A single winner would take home the whole prize of [[{usd2}]]."),
    ("The glacier has retreated [[{km1}]] kilometres since records began.",
     "Its retreat of [[{km2}]] km is the fastest in the Alps."),
    ("The museum spent [[{eur1}]] restoring the altarpiece.",
     "Conservators say the sum of [[{eur2}]] was money well spent."),
    ("The queue for the new ride lasted [[{mn1}]] minutes on opening day.",
     "Children waited a full [[{mn2}]] mins in the sun."),
    ("Customs seized [[{kg1}]] kilograms of cocaine hidden in bananas.",
     "Detectives say the [[{kg2}]] kg consignment had a street value of millions."),
    ("The city's new stadium has [[{th1}]] seats.",
     "Its capacity of [[{th2}]] makes it the largest in the region."),
    ("The new policy gives fathers [[{wk1}]] weeks of paid leave.",
     "Fathers' groups welcomed the [[{wk2}]]-week entitlement."),
    ("The retiring headteacher has raised [[{gbp1}]] for the school library.",
     "Her fundraising total of [[{gbp2}]] will buy two thousand books."),
    ("The new national park will cover [[{ha1}]] hectares.",
     "Rangers will patrol all [[{ha2}]] ha on horseback."),
    ("The cargo ship lost [[{tn1}]] tonnes of containers overboard in the storm.",
     "Beachcombers have been picking over the lost cargo, [[{tn2}]] t of trainers and toys."),
    ("The gale brought down [[{c1}]] power lines across the county.",
     "Engineers worked through the night to repair all [[{c2}]] cables."),
    ("The sea wall cost [[{usd1}]].",
     "Residents say the [[{usd2}]] investment saved their homes on {day}."),
]

FIGURE_NEAR_MISSES = [
    ("Before the bypass opened, {th1} lorries a day went through the village; now {th2} do.",),
    ("The golf club had {hh1} members in {year} and {hh2} in {prev}.",),
    ("The council planned to build {hh1} council houses this year and has built {hh2}.",),
    ("The farm covers {ha1} hectares, {ha2} of them woodland.",),
    ("The cathedral choir has {c1} members, {c2} of them trebles.",),
    ("The job pays {eur1} before tax and {eur2} after it.",),
    ("Pensions rose {pc1} in cash terms but only {pc2} once inflation is taken into account.",),
    ("The yacht sailed {mi1} miles in {dy1} days.",),
    ("The first count found {c1} spoiled ballots; officials corrected the figure to {c2} the next morning.",),
    ("The men's squad has {c1} players registered and the women's squad {c2}.",),
    ("The company made a gross profit of {usd1}; after costs it cleared {usd2}.",),
    ("At the start of the season the club had {c1} volunteers; by the end it had {c2}.",),
    ("The budget for the tram line was {usd1}; it came in at {usd2}.",),
    ("The island has {th1} residents in summer and {th2} in winter.",),
    ("The old bridge carried {th1} vehicles a day; the footbridge beside it carries {th2} pedestrians.",),
    ("The doctor's list has {th1} patients, {th2} of them over seventy.",),
    ("The flight was scheduled to take {mn1} minutes; with a tail wind it took {mn2}.",),
    ("The bear weighed {kg1} kilograms in the autumn and {kg2} after hibernating.",),
    ("The greenhouse was at {tc1} degrees at noon and {tc2} at dawn.",),
    ("The house sold for {gbp1}; after the mortgage was repaid the seller kept {gbp2}.",),
    ("The orchestra gave {c1} concerts on the tour, {c2} of them abroad.",),
    ("The train's top speed is {spd1} km/h, but it runs at {spd2} km/h on the old viaduct.",),
    ("Market prices rose {pc1} for fish and {pc2} for vegetables.",),
    ("In the morning session {hh1} delegates attended; in the afternoon, {hh2}.",),
    ("The mountain is {ft1} feet high, and the base camp sits at {ft2} feet.",),
    ("The charity had hoped for {th1} runners; on the day, {th2} turned up.",),
    ("The airport handled {th1} flights in {year}, up from {th2} in {prev}.",),
    ("The railway is {mi1} miles long, of which {mi2} miles are single track.",),
    ("A correction: an article on {day} said the school had {hh2} pupils; it has {hh1}.",),
    ("The firm's revenue was {usd1} and its net profit {usd2}.",),
    ("The candidate polled {vt1} votes in the first round and {vt2} in the run-off.",),
    ("The course record is {mn1} minutes for walkers and {mn2} minutes for runners.",),
    ("The ring road is {km1} km long, and {km2} km of it is dual carriageway.",),
    ("The wait for a routine appointment is {dy1} days and for an urgent one {dy2} days.",),
    ("The big fire engine carries {lt1} litres of water; the smaller truck {lt2} litres.",),
    ("The couple have been married for {yr1} years and have run the pub for {yr2} of them.",),
    ("The fraudster's sentence of {yr1} years was reduced to {yr2} on appeal.",),
    ("Of the {c1} horses that started the race, {c2} finished.",),
    ("The nurses asked for a rise of {pc1} and were offered {pc2}.",),
    ("The plane cruised at {ft1} feet before descending to {ft2} feet over the coast.",),
    ("The charity spent {gbp1} in all, {gbp2} of it on administration.",),
    ("The storm dropped {mm1} mm of rain on the hills and {mm2} mm on the town.",),
    ("Police put the crowd at {th1} at its peak and {th2} by the end of the evening.",),
    ("The hospital has {hh1} beds, {hh2} of them on surgical wards.",),
    ("The gymnast scored {pts1} points in qualifying and {pts2} in the final.",),
    ("The new motorway will be {mi1} miles long; the first section, opening in {month}, is {mi2} miles.",),
    ("The baby elephant weighed {kg1} kilograms at six months and {kg2} kilograms at birth.",),
    ("The bulk carrier can take {tn1} tonnes; the barge moored alongside, {tn2} tonnes.",),
    ("The fund was worth {usd1} on paper, but only {usd2} in today's money.",),
    ("Tickets cost {pr1} for adults and {pr2} for children.",),
    ("The shop's rent was {eur1} a year in {year}; in {prev} it had been {eur2}.",),
    ("The wildfire has burnt {ha1} hectares, {ha2} of them farmland.",),
    ("The trial is expected to last {wk1} weeks; choosing the jury alone took {wk2}.",),
    ("The train was due to take {hr1} hours but arrived early, after {hr2}.",),
    ("One survey counts {c1} nesting pairs of terns on the island; another, by {org}, counts {c2}.",),
    ("Before the flood the bookshop stocked {th1} books, and {th2} were saved.",),
    ("The team scored {pts1} points at home and {pts2} away this season.",),
    ("The head coach earns {gbp1} a year; the assistant coach {gbp2}.",),
    ("The strike was backed by {pc1} of those voting, on a turnout of {pc2}.",),
    ("{person} spent {dy1} days at sea, {dy2} of them in a storm.",),
    ("The castle was besieged for {wk1} weeks in 1644 and for {wk2} weeks in 1648.",),
    ("The branch line carried {th1} passengers in {year}, against a forecast of {th2}.",),
    ("Each household in {town} uses {lt1} litres of water a week; each in the new eco-village uses {lt2} litres.",),
    ("The victim's age was first given as {age1}; police later corrected it to {age2}.",),
    ("The surgery is open {hr1} hours a week, {hr2} of them in the evening.",),
    ("The oldest competitor in the chess tournament is {age1} and the youngest {age2}.",),
    ("The old ferry took {mn1} minutes to cross, the new one {mn2} minutes.",),
    ("The hall was booked for {hh1} guests, though {hh2} had replied by the deadline.",),
    ("The aircraft climbed to {ft1} feet, the last {ft2} feet of the climb in cloud.",),
    ("The lorry carried {tn1} tonnes of gravel to the site in {month} and {tn2} tonnes in the following month.",),
]

#: read by the harness and the tests as attributes of this module
_KIT_EXPORTS = (value_of,)
