"""Blind20: a twentieth independent held-out set of injected internal-consistency templates.

Used by ``benchmarks/consistency_injection.py --split blind20`` (all templates of
this module, with the context functions of this module).

Written on 2026-11-25 (started 03:00:51 UTC, ``date -u``) by an independent
tester, on branch ``cblind20`` (worktree /work/wt/cblind20) from base commit
163cbc0dae5f315a4d901b87763e392f45871c47 (``git rev-parse HEAD``), from the
brief's definition of the two kinds only: ``name_inconsistency`` (the same
person introduced by full name and later referred to by a variant of the
surname: a letter changed, doubled or dropped, two letters swapped, or a
transliteration/spelling variant) and ``conflicting_figures`` (one quantity
stated as fact with two different numbers in one article).

New against blind19 (whose header lists its own kinds), by design:

* name variants from languages and variant types blind19 did not use:
  Vietnamese diacritics dropped (Nguyễn/Nguyen, Trần/Tran, Phạm/Pham,
  Đặng/Dang), Thai romanisations (Srisawat/Srisawad), Indonesian old
  (Van Ophuijsen) against new spelling, oe/u, dj/j, tj/c (Soetomo/Sutomo,
  Djojonegoro/Joyonegoro, Tjahjono/Cahyono), Turkish ı, ş, ö, ü (Yıldırım,
  Şimşek, Öztürk, Güneş), Azerbaijani ə (Məmmədova/Mammadova), Kazakh q/k,
  Ukrainian against Russian (Hryhorenko/Grigorenko) and Polish (Kovalchuk/
  Kowalczuk) forms, Romanian ș and ț (Țăranu, Ștefănescu), Icelandic þ and ð
  (Þórsdóttir/Thorsdottir), Finnish ä, Lithuanian ž, Serbian đ against dj
  (Đorđević/Djordjevic), Bulgarian zh against the French j (Zhivkov/Jivkov),
  Czech ř, Hungarian ó, Portuguese ç, Spanish ñ, French accents dropped
  (Bérubé/Berube), German umlauts written ae/oe/ue (Schröder/Schroeder,
  Kästner/Kaestner, Müller-Thurgau/Mueller-Thurgau), Irish Gaelic against
  anglicised forms (Ó Súilleabháin/O'Sullivan, Ó Briain/O'Brien), Scottish
  Mac against Mc, Scandinavian -son against -sen, Polish -ski against -sky,
  Russian -ov against the French -off, Hebrew k/c and y/i (Kohen/Cohen,
  Yitzhaki/Itzhaki), Yiddish -ovich against -owitz and a German ü against
  an English spelling (Grünbaum/Greenbaum), Bengali Sanskritised against
  anglicised forms (Bandyopadhyay/Banerjee, Mukhopadhyay/Mukherjee), Tamil
  -am/-an, Telugu, Nepali, Kannada, Pashto (Yousafzai/Yusufzai), Persian,
  Gulf Arabic article (Al-Qasimi/Al Qassimi), Moroccan French spelling
  (Benjelloun/Ben Jelloun), Lebanese y/i, Wade-Giles against pinyin (Tsai/Cai,
  Chiang/Jiang, Chiu/Qiu), Cantonese against pinyin (Leung/Liang, Wong/
  Huang), Japanese macrons dropped (Saitō, Kōno, Ōtsuka), new Korean people
  (Roh/Noh, Jung/Jeong, Kang/Gang), Tibetan, Burmese (Thein/Htein), eastern
  against western Armenian (Hovhannisyan/Ovanesian), an Afrikaans particle
  (Van der Merwe/Vandermerwe), Zulu, Kikuyu, Shona, Sami, Faroese, Frisian,
  Sicilian, Sardinian, Corsican, Inuktitut (Qaqqaq/Kakkak), Cree, Navajo,
  Samoan, Tongan, Fijian q (Qarase/Ngarase), Cornish, Manx, Breton (Le Gall/
  Legall), Estonian õ, Bosnian and Slovene diacritics for new people -- 91
  transliteration people, plus 54 new invented people for the mechanical
  variants.  The later reference is placed in the positions the brief names,
  with new sentences (after a colon, in headline-style clauses "Swan saved:
  X to the rescue again" and "Abbey rings again, thanks to X", in lists of
  several people including a list of surnames, in inverted attribution with
  "said", "joked" and "recalled", in a possessive at the start of a sentence,
  after title abbreviations blind19 did not use -- Dr., Prof., Insp., Sgt.,
  Capt., Gov., Cllr. -- inside parentheses, at the start of a quoted
  sentence's attribution with "explained", "warned", "added"), and in
  positions blind19 did not have: as the answer to a question ("Who pays for
  the shampoo? X does"), a photo credit and a "Left to right" caption, after
  "In the view of", "Thanks to", "Unlike", "Like", as a comet's name, in a
  "-trained" compound, after "younger than", in a quoted sign ("Key with X at
  number nine"), a plaque ("For X, who ..."), a letter's sign-off ("Yours
  sincerely, X"), an email's sign-off, an interview reply ("X replied:"), and
  a shouted vocative ("We love you, X!").
* name near-misses: different people with look-alike surnames (Thomson/
  Thompson, Davis/Davies, Gray/Grey, Cooke/Cook, Lowe/Low, Mclean/Maclean,
  Hanson/Hansen, Marshal/Marshall ...) as referee and manager, author and
  translator, seller and buyer of a horse, bone-marrow donor and recipient,
  teacher and former pupil, two councillors, taxi driver and passenger, tied
  spelling-bee finalists, the married person and the speech-giver, licensee
  and buyer of a pub, rival harbour-master candidates, greyhound owner and
  breeder, a plumber and an electrician sharing a van, neighbours with one
  birthday, people mistaken at a bank, two passengers in adjacent seats;
  relatives of new kinds (step-parent, triplet, a parent's sibling, a
  great-great-grandparent, a sibling's child, a former spouse, a surviving
  spouse, a grandparent in the same office); places (Hebden Bridge, Alston
  Moor, Kirkby Lonsdale, Settle Junction ...); streets and buildings
  (Brunell Terrace, Atlee House, Lovelace Gardens, the Faraday Tower ...);
  companies (Greenhalghs Bakery, Oldhams Plumbing ...); products (the
  Radclyffe air fryer, the Montgomerie lawn tractor ...); ships (the trawler
  Macintosh Star, the ferry Galbreath, the tug Lamonte ...); and people with
  the new title abbreviations spelt consistently.
* figures restated in other words: other nouns ("trees" ... "fallen oaks and
  beeches", "people" ... "The audience, N in all", "volunteers" ... "-strong
  crew", "birds" ... "The colony of", "runners" ... "Its field of",
  "customers" ... "The queue, N people long", "tonnes of timber" ...
  "-tonne cargo", "organ cost" ... "The instrument, worth"), a pronoun ("Each
  of those N"), nominalisations ("cost" ... "the outlay of", "paid ... in
  compensation" ... "The payout of", "scored" ... "Their haul of", "rose by"
  ... "The jump of", "promised" ... "the sum of", "lasted" ... "-day
  stoppage", "closed for" ... "The closure, N days in all"), appositions
  ("That majority, N,", "the wage, N,", "Such a downpour, N mm,"), rates
  ("fell to" ... "A jobless rate of", "attendance rate" ... "N of pupils in
  class", "recycling rate" ... "N of household waste"), per-capita figures
  ("N burglaries per thousand homes", "N a head" ... "N per resident", "N
  doctors for every hundred thousand residents" ... "N per hundred
  thousand"), a gradient restated as "N in a thousand", units written
  differently ("km/h" ... "kph", "kilograms" ... "-kg", "minutes" ...
  "-min", "degrees Celsius" ... "°C", "hectares" ... "ha", "millimetres" ...
  "mm", "feet" ... "-ft" and "ft", "litres" ... "l", "tonnes" ... "t", "weeks"
  ... "wks", "hours" ... "-hr"), and new compounds ("-hour marathon",
  "-year silence", "-mile trek", "-mile round", "-year-old", "-strong
  crew").  As in blind18 and blind19, the fixed-number wordings the brief
  names ("a dozen", "a score of", fractions against percentages) cannot be
  marked as sides with the shared figure families (drawn at random and read
  back with ``value_of``, which does not read "a dozen" or "a third"), so in
  conflicts only the per-capita and rate wordings are used; "a dozen", "a
  score of", "a third" and "about half" appear in near-misses instead, as
  parts of a different, larger whole.
* figure near-misses of new kinds: two dates (pantomime tickets, hedgehogs
  taken in, a tide on two mornings, a loaf this and last month, an ice rink's
  season, a fell race on a shortened course, baptisms, a ticket office's two
  weeks), before/after (lorries before a bypass, a café during roadworks, a
  well in a heatwave, a pig's diet, a ferry against a bridge, golf fees),
  planned against actual (seats against a fire limit, a quote against the
  payment, a rally cut by snow, gritting weeks, poll votes, an airship's
  speed, bog restoration, a flood-damage estimate against the final figure),
  a part and the whole (apple trees, exam passes, a reserve within a lake,
  grain within a cargo, one relay leg, wages in a charity's spending,
  paddleboarder rescues, a dozen soloists, a score of gamekeepers, a budget's
  teachers' pay), two groups (adult and child tickets, primary and secondary
  schools, women in the workforce and among consultants, a club and its youth
  section, two hospital wings, old-town houses and new-estate flats, a quiz's
  two teams, two boats), gross against net (an auction after costs, a gate
  against a profit, a catch before and after gutting or filleting, a lottery
  win after tax), nominal against real (pay in cash terms and after
  inflation, a town hall in today's money, a season ticket adjusted for
  inflation), two units of different things (passengers and bicycles, tonnes
  and miles, litres and tonnes, km and minutes, feet and miles, rain and
  temperature, hectares and cows), corrected figures told as such (a
  roundabout's cost, affected patients, a crowd, a club's debt, a mayor's
  age, a race distance), percentages and per-capita figures beside totals
  (turnout and a third by post, a library budget and twelve dollars a head,
  pupils and the share who walk, residents and their waste), a record
  against a typical day, northbound against southbound, an airliner above a
  light aircraft, upstream against downstream, express against stopping
  trains, a person's age and an apprentice's, a winner and a runner-up.
Fresh: to be scored once on the code at the end of session 23 as the before of session 24's rounds, never used to tune.

What the author read: the brief (``cat``); ``date -u`` and ``git rev-parse
HEAD`` of the new worktree; ``ls`` of the worktree root (file and folder names
only); ``wc -l`` of the kit, blind19's template module and the two test
files below; benchmarks/consistency_template_kit.py (whole file);
benchmarks/consistency_templates_blind19.py (whole file: header, people
lists, context functions and all four template lists -- none of its
sentences, people, places, organisations, titles, roles or name pairs is
reused here), with ``grep -n`` of its section and function line numbers (to
copy its machinery with ``sed``); tests/consistency_template_checks.py and
tests/test_consistency_templates_blind19.py (whole files); ``grep -n -A11
"def load_benchmark" tests/conftest.py``; in benchmarks/consistency_injection.py
only the output of ``grep -n "blind19\\|BLIND19\\|def sets_for\\|choices=\\|^SPLITS"``
(before the wiring) and of ``grep -n "blind20"`` (after it); ``git status
--short`` (with ``--ignored``) and ``git check-ignore`` of the worktree (file
names only).  Seen by accident: the subject line of the base commit, printed
by ``git worktree add``, which is about features/consistency.md and
docs/performance.md ("drop the particle pass's per-article timing and article
count, which came from a throwaway script, not a committed command; point to
the session's ab_speed figure instead"; nothing about how names or figures
are detected); blind19's own header (read as allowed), which names blind18's
kinds and the brief's three example pairs; in the ``ls`` listing, the folder
names (benchmarks, docs, features, seeds, src, tests) and README.md,
pyproject.toml, LICENSE and MANIFEST.in, none opened; and, in pytest's
failure output, reprs of this set's and blind19's own lists.  The ``sed``
wiring of ``blind20`` was checked with ``grep -n`` only; the harness was only
byte-compiled (``python -m py_compile``, its ``__pycache__`` deleted), never
run as a script.
Not read, grepped, imported or run: src/reliability/, features/, docs/,
README.md, benchmarks/results/, the body of benchmarks/consistency_injection.py,
benchmarks/consistency_misses.py, any other tests file, the templates of
blind2 to blind18, any git history (one slip: right after committing, ``git
log -1 --format="%H %s"`` was run once, against the brief, and printed only
this set's own new commit hash and subject; the commit was then amended to
record this); ``reliability.score`` was never called and the detector was
never run on these templates.
tests/test_consistency_templates_blind20.py imports the harness module (as
blind19's test does) to check the ``blind20`` wiring -- the harness's lists
are never printed or inspected, and whatever it imports, or pytest's loading
of tests/conftest.py imports, was never looked at -- and loads blind19's
module to check that nothing is shared with it (the brief's pairs
Mohammed/Muhammad, Young/Yang and Tchaikovsky/Chaikovsky, and every pair
named in blind19, were deliberately not used; Zhang, which blind19's header
says blind18 had, was dropped from a draft Cantonese pair).  The author ran
only the well-formedness test of this set, which runs no detector, and
throwaway scripts in /tmp counting the lists and printing one rendered
sample of every template.  The first test run failed on four checks: the
counts (the copied test asks for at least as many per list as blind19, so two
name templates, ten figure templates, four figure near-misses and three
transliteration people were added), the languages table (the same count of
people), the name check (Vietnamese given names written with a space, which
split the full name wrongly; one-word given names are used now) and the
harness check, before the wiring; the second run passed.
Reading the drafts and the rendered samples led to rewording: real public figures' names
(a composer, a Bulgarian leader, a Turkish minister, two Taiwanese leaders)
were given other given names; gendered roles given to people of either sex
(a bride, a landlady) were made neutral; a near-miss no longer opens with a
lower-case ship name; a clumsy relative ("a great-grandchild's namesake") and
a stale opening ("The retiring lollipop lady's colleague") were rewritten;
"won with N votes ... That majority" became "won by a majority of N votes";
and figure sentences whose random values gave impossible magnitudes (a
paraglider, a cable car or a balloon over the Channel at 38,000 feet, a
shipwreck 38,000 feet down, a blue whale of 9,800 tonnes, a sea eagle
carrying 140 kg, a racing pigeon at 320 km/h, a sea at 48 °C, one player
scoring 140 points, a village fete raising £900,000, a £835,000 oven, a
lorry carrying 6,780 tonnes, a lifeboat at 262 km/h, council tax of
£100,000, a 140-kg greyhound, a horse aged 80) were reworded.
The copied test's own parts were adapted to this set: the counts (at least
as many per list as blind19), the languages table, the seed of the
exhaustive check (20), the set checked for sharing (blind19 only, now also
its streets and buildings: the brief forbids the author to open any other
template module), the earlier splits named in the harness check, and the
restatement cues of the wordings used here.

The helpers ``_EDITS``, ``_gender_words``, ``_pair``, ``_round_pair``,
``_styled`` and ``value_of`` are imported from the shared kit as blind19
imports them; ``_common``, ``name_context``, ``name_near_context``,
``_figures`` (all its families), ``figure_context`` and
``figure_near_context`` are blind19's, copied unchanged with ``sed``.  All
people, places, organisations, titles, roles, name pairs and sentences are
new.  This set has 72 name templates (91 transliteration people, 54 invented
people for the mechanical variants), 99 figure templates (by the test's
count of the word after each number, 41 restated in the same words and 58 in
other words; all 26 figure families), 51 name near-misses and 73 figure
near-misses -- each list at least as long as blind19's (72, 98, 50, 72).

Conventions (those of the harness, as in blind3 to blind19): a template is a
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
    ("Ambrose", "Winterbottom", "m"), ("Clementine", "Gillibrand", "f"), ("Horatio", "Blenkinsop", "m"),
    ("Araminta", "Postlethwaite", "f"), ("Lysander", "Fairweather", "m"), ("Euphemia", "Trotterdale", "f"),
    ("Bartholomew", "Inchbald", "m"), ("Philippa", "Garstang", "f"), ("Crispin", "Dobbinshaw", "m"),
    ("Rosamund", "Caddington", "f"), ("Peregrine", "Haverstock", "m"), ("Wilhelmina", "Stallybrass", "f"),
    ("Valentine", "Merrifield", "m"), ("Georgiana", "Tuckerman", "f"), ("Montague", "Sowerbutts", "m"),
    ("Henrietta", "Lockwood", "f"), ("Jolyon", "Pettigrew", "m"), ("Millicent", "Farquharson", "f"),
    ("Fitzroy", "Buckmaster", "m"), ("Mirabel", "Ogilvie", "f"), ("Bertram", "Heseltine", "m"),
    ("Eglantine", "Swindlehurst", "f"), ("Casimir", "Rattenbury", "m"), ("Theodora", "Wetherall", "f"),
    ("Roderick", "Ainsworth", "m"), ("Marigold", "Cholmondeley", "f"), ("Ignatius", "Brackenbury", "m"),
    ("Seraphina", "Dimbleford", "f"), ("Lancelot", "Grimshaw", "m"), ("Ottilie", "Penhaligon", "f"),
    ("Thelonius", "Carrodus", "m"), ("Beatrix", "Oldroyd", "f"), ("Hamish", "Lindqvist", "m"),
    ("Esmeralda", "Vandervell", "f"), ("Gideon", "Marwood", "m"), ("Anastasia", "Kilbride", "f"),
    ("Obadiah", "Slingsby", "m"), ("Clarimond", "Weatherhead", "f"), ("Emeka", "Okafor", "m"),
    ("Ngozi", "Eze-Ibekwe", "f"), ("Tobias", "Hollingworth", "m"), ("Delphine", "Rochefort", "f"),
    ("Aldous", "Spurgeon", "m"), ("Clothilde", "Bramhall", "f"), ("Ewart", "Catterick", "m"),
    ("Rowena", "Pemberton", "f"), ("Silvester", "Goodenough", "m"), ("Lucasta", "Tremayne", "f"),
    ("Wystan", "Aldersley", "m"), ("Olwen", "Prothero", "f"), ("Benedetto", "Marchetti", "m"),
    ("Graziella", "Bellomonte", "f"), ("Jarvis", "Quennell", "m"), ("Winifred", "Abercrombie", "f"),
]

# (first name, surname, transliteration/spelling variant, "m"/"f"): one name, two
# romanisations, spellings or written forms, from languages and variant types blind19 did not use.
TRANSLITERATIONS_PEOPLE = [
    # Vietnamese diacritics dropped
    ("Hà", "Nguyễn", "Nguyen", "f"), ("Minh", "Trần", "Tran", "m"), ("Ngọc", "Phạm", "Pham", "f"),
    ("Bảo", "Đặng", "Dang", "m"),
    # Thai (two romanisations)
    ("Somchai", "Srisawat", "Srisawad", "m"), ("Kanokwan", "Chaiyaporn", "Chaiyaphon", "f"),
    # Indonesian old (Van Ophuijsen) against new spelling: oe/u, dj/j, tj/c
    ("Bambang", "Soetomo", "Sutomo", "m"), ("Sri", "Djojonegoro", "Joyonegoro", "f"),
    ("Hendra", "Tjahjono", "Cahyono", "m"),
    # Turkish ş, ı, ö, ü / Azerbaijani ə
    ("Elif", "Yıldırım", "Yildirim", "f"), ("Emre", "Şimşek", "Simsek", "m"), ("Zeynep", "Öztürk", "Ozturk", "f"),
    ("Burak", "Güneş", "Gunes", "m"), ("Aysel", "Məmmədova", "Mammadova", "f"),
    # Kazakh q against k / Ukrainian against Russian forms
    ("Yerlan", "Qasymov", "Kasymov", "m"), ("Oksana", "Hryhorenko", "Grigorenko", "f"),
    ("Taras", "Kovalchuk", "Kowalczuk", "m"),
    # Romanian ș and ț / Icelandic þ and ð / Finnish ä / Lithuanian ž
    ("Ioana", "Țăranu", "Taranu", "f"), ("Mihai", "Ștefănescu", "Stefanescu", "m"),
    ("Guðrún", "Þórsdóttir", "Thorsdottir", "f"), ("Sigurður", "Hallgrímsson", "Hallgrimsson", "m"),
    ("Aino", "Mäkinen", "Makinen", "f"), ("Vytautas", "Žukauskas", "Zukauskas", "m"),
    # Serbian đ against dj / Bulgarian zh against French j / Czech ř / Hungarian ó
    ("Milica", "Đorđević", "Djordjevic", "f"), ("Stoyan", "Zhivkov", "Jivkov", "m"),
    ("Radek", "Dvořák", "Dvorak", "m"), ("Erzsébet", "Szabó", "Szabo", "f"),
    # Portuguese ç / Spanish ñ / French accents dropped / German umlaut as ae, oe, ue
    ("Joana", "Gonçalves", "Goncalves", "f"), ("Rodrigo", "Muñoz", "Munoz", "m"),
    ("Solène", "Bérubé", "Berube", "f"), ("Dieter", "Schröder", "Schroeder", "m"),
    ("Ursula", "Müller-Thurgau", "Mueller-Thurgau", "f"), ("Jörg", "Kästner", "Kaestner", "m"),
    # Irish Gaelic against anglicised forms / Scottish Mac against Mc
    ("Siobhán", "Ó Súilleabháin", "O'Sullivan", "f"), ("Pádraig", "Ó Briain", "O'Brien", "m"),
    ("Fearghal", "Mackenzie", "McKenzie", "m"), ("Morag", "Maclachlan", "McLachlan", "f"),
    # Scandinavian -son against -sen / Polish -ski against -sky / Russian -ov against -off
    ("Birgitta", "Andersson", "Andersen", "f"), ("Jerzy", "Kowalewski", "Kowalewsky", "m"),
    ("Vladimir", "Smirnov", "Smirnoff", "m"),
    # Hebrew / Yiddish
    ("Avital", "Kohen", "Cohen", "f"), ("Moshe", "Rabinovich", "Rabinowitz", "m"),
    ("Noa", "Yitzhaki", "Itzhaki", "f"),
    # Bengali Sanskritised against anglicised forms / Tamil / Telugu / Nepali / Kannada
    ("Sourav", "Bandyopadhyay", "Banerjee", "m"), ("Rituparna", "Mukhopadhyay", "Mukherjee", "f"),
    ("Lakshmi", "Subramaniam", "Subramanian", "f"), ("Venkata", "Reddy", "Reddi", "m"),
    ("Bishnu", "Shrestha", "Shresta", "m"), ("Pavithra", "Gowda", "Gouda", "f"),
    # Pashto / Persian / Gulf Arabic article / Moroccan French spelling / Lebanese
    ("Gul", "Yousafzai", "Yusufzai", "m"), ("Shirin", "Hosseini", "Husseini", "f"),
    ("Mansour", "Al-Qasimi", "Al Qassimi", "m"), ("Leila", "Benjelloun", "Ben Jelloun", "f"),
    ("Georges", "Khoury", "Khouri", "m"),
    # Chinese Wade-Giles against pinyin / Cantonese against pinyin
    ("Shu-fen", "Tsai", "Cai", "f"), ("Wei-ming", "Chiang", "Jiang", "m"), ("Mei-hsiang", "Chiu", "Qiu", "f"),
    ("Ka-ming", "Leung", "Liang", "m"), ("Wai-yin", "Wong", "Huang", "f"),
    # Japanese macrons dropped
    ("Haruki", "Saitō", "Saito", "m"), ("Yumiko", "Kōno", "Kono", "f"), ("Kenta", "Ōtsuka", "Otsuka", "m"),
    # Korean older and revised spellings (new people)
    ("Ji-hoon", "Roh", "Noh", "m"), ("Soo-ah", "Jung", "Jeong", "f"), ("Dong-hyun", "Kang", "Gang", "m"),
    # Tibetan / Burmese / Armenian eastern against western
    ("Tenzin", "Dorje", "Dorjee", "m"), ("Khin", "Thein", "Htein", "f"),
    ("Anahit", "Hovhannisyan", "Ovanesian", "f"),
    # Afrikaans particle / Zulu / Swahili / Shona
    ("Pieter", "Van der Merwe", "Vandermerwe", "m"), ("Nomvula", "Dlamini", "Ndlamini", "f"),
    ("Baraka", "Mwangi", "Mwangui", "m"), ("Tendai", "Chiwenga", "Chiwengwa", "f"),
    # Sami / Faroese / Frisian
    ("Ánde", "Somby", "Sombi", "m"), ("Rannvá", "Joensen", "Jonsen", "f"), ("Wiebe", "Hoekstra", "Hoeksma", "m"),
    # Sicilian and Sardinian surnames in Italian spellings / Corsican
    ("Carmela", "Cuccia", "Cucchia", "f"), ("Gavino", "Sanna", "Sana", "m"), ("Ghjuvanni", "Pieri", "Pietri", "m"),
    # Inuktitut / Cree / Navajo (older and newer spellings)
    ("Aputi", "Qaqqaq", "Kakkak", "f"), ("Wapun", "Cardinal", "Kardinal", "m"), ("Shandiin", "Begay", "Bigay", "f"),
    # Samoan and Tongan / Fijian
    ("Sefo", "Tuilagi", "Tuilaggi", "m"), ("Mele", "Taumalolo", "Taumalola", "f"), ("Litia", "Qarase", "Ngarase", "f"),
    # Yiddish-German / Cornish / Manx / Breton new people
    ("Hershel", "Grünbaum", "Greenbaum", "m"), ("Tamsin", "Trevithick", "Trevethick", "f"),
    ("Juan", "Quilliam", "Quillium", "m"), ("Gwenola", "Le Gall", "Legall", "f"),
    # Estonian/Livonian new people, Slovene and Bosnian new people (diacritics dropped)
    ("Liis", "Tõnisson", "Tonisson", "f"), ("Emir", "Hadžić", "Hadzic", "m"), ("Urška", "Kržišnik", "Krzisnik", "f"),
]
TRANSLITERATIONS = [(surname, variant) for _, surname, variant, _ in TRANSLITERATIONS_PEOPLE]

# Pairs of real, different surnames that look alike (two people, each introduced in full).
LOOKALIKE_SURNAMES = [
    ("Thomson", "Thompson"), ("Philips", "Phillips"), ("Matthews", "Mathews"), ("Nicholls", "Nichols"),
    ("Gray", "Grey"), ("Allan", "Allen"), ("Neale", "Neal"), ("Davis", "Davies"), ("Cooke", "Cook"),
    ("Browne", "Brown"), ("Wilde", "Wild"), ("Hart", "Harte"), ("Lowe", "Low"), ("Crowe", "Crow"),
    ("Thorne", "Thorn"), ("Morrison", "Morison"), ("Steele", "Steel"), ("Marshal", "Marshall"),
    ("Hanson", "Hansen"), ("Baines", "Baynes"), ("Mclean", "Maclean"),
]
# (surname, place with a similar name)
PLACE_SURNAMES = [
    ("Kendal", "Kendall Bridge"), ("Alston", "Alston Moor"), ("Settle", "Settle Junction"),
    ("Wetherby", "Wetherby Ings"), ("Hebden", "Hebden Bridge"), ("Marlow", "Great Marlow"),
    ("Bingley", "Bingley Moor"), ("Kirkby", "Kirkby Lonsdale"), ("Ripley", "Ripley Castle"),
    ("Wareham", "Wareham Forest"),
]
# (surname, street or building named like a person)
BUILDING_SURNAMES = [
    ("Brunel", "Brunell Terrace"), ("Pankhurst", "Pankhurst Mews"), ("Faraday", "the Faraday Tower"),
    ("Wollstonecraft", "Wollstonecraft Row"), ("Attlee", "Atlee House"), ("Rutherford", "the Rutherford Annexe"),
    ("Lovelace", "Lovelace Gardens"), ("Bazalgette", "Bazalgette Wharf"),
]
# (surname, company named like a person)
COMPANY_SURNAMES = [
    ("Greenhalgh", "Greenhalghs Bakery"), ("Entwistle", "Entwistles Removals"), ("Oldham", "Oldhams Plumbing"),
    ("Crabtree", "Crabtrees Florists"), ("Aspinall", "Aspinalls Tyres"), ("Holroyd", "Holroyds Joinery"),
    ("Duckworth", "Duckworths Dairy"), ("Tattersall", "Tattersalls Auctioneers"),
]
# (surname, product named like a person)
PRODUCT_SURNAMES = [
    ("Radcliffe", "the Radclyffe air fryer"), ("Pemberley", "the Pemberly tumble dryer"),
    ("Hawthorne", "the Hawthorn baby buggy"), ("Ellison", "the Elison e-reader"),
    ("Montgomery", "the Montgomerie lawn tractor"), ("Beaumont", "the Beaumonde hair dryer"),
    ("Carrington", "the Carington dishwasher"),
]
# (surname, ship named like a person)
SHIP_SURNAMES = [
    ("Mackintosh", "the trawler Macintosh Star"), ("Galbraith", "the ferry Galbreath"),
    ("Buchanan", "the research vessel Buchanan Explorer"), ("Lamont", "the tug Lamonte"),
    ("Menzies", "the supply ship Mingis"), ("Crichton", "the ice-breaker Creighton"),
]
GIVEN_NAMES = ["Alaric", "Bronwen", "Caspian", "Dorcas", "Eamon", "Fenella", "Gervase", "Hermione", "Ivo",
               "Jocasta", "Lorcan", "Melisande", "Niall", "Orla", "Percival", "Rhiannon", "Silas", "Tamsyn",
               "Ulric", "Verity", "Wendell", "Xanthe", "Yorick", "Zephyrine"]
PLACES = ["Nether Wallop", "Ballykinler", "Much Marcle", "Llanwrtyd", "Crowhurst Lye", "Saint Mawgan",
          "Kirkcowan", "Aldbrough Saint John", "Puddletown", "Kingsbarns", "Sant Llorenç", "Whitchurch Hill"]
ORGANISATIONS = ["the lifeboat station", "the film society", "the repair café", "the canal trust",
                 "the toy library", "the seed bank", "the gospel choir", "the model railway club",
                 "the hedgehog hospital", "the parkrun team", "the dementia café", "the allotment society"]
ROLES = ["the treasurer of", "the founder of", "the longest-serving member of", "the patron of",
         "the head coach of", "a trustee of", "the coordinator of", "the vice-chair of"]
TITLES_M = ["Dr.", "Prof.", "Insp.", "Sgt.", "Capt.", "Gov.", "Cllr."]
TITLES_F = ["Dr.", "Prof.", "Insp.", "Sgt.", "Capt.", "Gov.", "Cllr."]
FIGURE_PEOPLE = ["Wilhelmus Adeyemi", "Clarabel Nakamura", "Eberhard Osei", "Jemima Castellanos",
                 "Torvald Ncube", "Philomena Strand", "Caetano Whitlock", "Ingeborg Mensforth",
                 "Leocadia Boateng", "Radomir Ashdown"]


# The context functions: the kit's (session 25; this set carried a verbatim copy of them before).
name_context, name_near_context, figure_context, figure_near_context = contexts(globals(), buildings=True)


# --------------------------------------------------------- name templates

NAME_TEMPLATES = [
    # after a colon
    ("The cobbler [[{full}]] has resoled the boots of every postal worker in {town}.",
     "Ask anyone on the high street who fixes shoes and you get one answer: [[{var}]]."),
    ("The allotment society's judging panel will be led this year by the seed saver [[{full}]].",
     "One name heads the panel's letter to members: [[{var}]]."),
    ("The escape-room designer [[{full}]] has built a puzzle inside a disused telephone box.",
     "The final clue, players discover, spells out a surname: [[{var}]]."),
    ("The retired miner [[{full}]] has carved a model of the colliery from coal.",
     "The plaque on the case is short: made by [[{var}]]."),
    # in a headline-style clause
    ("The lock-keeper [[{full}]] has rescued a swan tangled in fishing line.",
     "Swan saved: [[{var}]] to the rescue again."),
    ("The beekeeper [[{full}]] has collected a swarm from the top of a bus shelter.",
     "Bus stop buzz as [[{var}]] bags the bees."),
    ("The pie maker [[{full}]] has been crowned champion at the county show.",
     "Pastry perfection: a second title for [[{var}]]."),
    ("The bell-founder [[{full}]] has recast the cracked tenor bell of the abbey.",
     "Abbey rings again, thanks to [[{var}]]."),
    # in a list of several people
    ("The repair café's volunteers include the retired electrician [[{full}]].",
     "On {day} the toaster desk was run by a student, two pensioners, [[{var}]] and a vicar."),
    ("The canal trust has thanked the towpath warden [[{full}]] for twenty years of litter picking.",
     "Its annual report names four long-serving wardens: Harding, Okoye, [[{var}]] and Bell."),
    ("The hedgehog hospital in {town} was founded by the nurse [[{full}]].",
     "Its rota lists a vet, a farmer, [[{var}]], two schoolchildren and a dog."),
    ("The film society's committee is chaired by the projectionist [[{full}]].",
     "Signatories to the letter were the treasurer, the secretary, [[{var}]] and three members."),
    ("The gospel choir's soloist, [[{full}]], has been invited to sing at the cathedral.",
     "The programme lists the organist, the dean, a children's choir and [[{var}]]."),
    # inverted attribution with "said"
    ("The crossing patrol officer [[{full}]] has seen children across the same road for thirty years.",
     "\"Some of them now bring their own children to my crossing,\" said [[{var}]]."),
    ("The falconer [[{full}]] has been hired to keep pigeons away from the railway station.",
     "\"The pigeons have learned to fear one bird,\" said [[{var}]]."),
    ("The mountain guide [[{full}]] led a blind walker to the summit on {day}.",
     "\"We talked about every step,\" said [[{var}]], \"and there were nine thousand of them.\""),
    ("The chimney sweep [[{full}]] found a bird's nest with three chicks in a chimney in {town}.",
     "\"I left them where they were,\" said [[{var}]]."),
    ("The pub landlord [[{full}]] has pulled the last pint at the Plough after forty years.",
     "\"I will miss the darts more than the beer,\" said [[{var}]]."),
    # inverted attribution with other verbs
    ("The long-distance swimmer [[{full}]] swam the length of the lake in the dark.",
     "\"I followed the lights of the pub,\" joked [[{var}]]."),
    ("The sculptor [[{full}]] has cast a bronze of the town's famous greyhound.",
     "\"The dog sat for me, more or less,\" recalled [[{var}]]."),
    # possessive
    ("The baker [[{full}]] has made a loaf two metres long for the harvest festival.",
     "Queues formed for a slice of [[{var}]]'s bread."),
    ("The violin maker [[{full}]] has finished an instrument from the wood of a fallen oak.",
     "[[{var}]]'s violin will be played at the opening concert."),
    ("The gardener [[{full}]] has grown the tallest sunflower in the county.",
     "Neighbours measured [[{var}]]'s flower with a fire brigade ladder."),
    ("The photographer [[{full}]] has spent a year photographing the town's lost shopfronts.",
     "The exhibition of [[{var}]]'s photographs opens in {month}."),
    ("The lighthouse keeper's grandchild, [[{full}]], has written a history of the light.",
     "The book draws on [[{var}]]'s family letters."),
    # after a title abbreviation
    ("[[{full}]] has been appointed to lead the inquiry into the flooding of the high street.",
     "The first hearing will be chaired by {title} [[{var}]] in {month}."),
    ("[[{full}]] has opened the new hedgehog ward at the animal hospital.",
     "Volunteers showed {title} [[{var}]] a hedgehog called Spike."),
    ("[[{full}]] has agreed to judge the sandcastle competition.",
     "Entrants have been warned that {title} [[{var}]] is a stickler for moats."),
    ("[[{full}]] has been presented with the freedom of the borough.",
     "The mayor handed {title} [[{var}]] a scroll and a key."),
    ("[[{full}]] has switched on the Christmas lights in {town}.",
     "Children cheered as {title} [[{var}]] pressed the button."),
    ("[[{full}]] has been named the new patron of {org}.",
     "Members will meet {title} [[{var}]] at the summer fair."),
    # inside parentheses
    ("The map collector [[{full}]] has given four hundred old maps to the county record office.",
     "The oldest map (bought by [[{var}]] at a car boot sale) dates from 1610."),
    ("The rowing coach [[{full}]] has taken a crew of beginners to the national final.",
     "The crew (all recruited by [[{var}]] from a leaflet) had never rowed before {month}."),
    ("The blacksmith [[{full}]] has made new gates for the park.",
     "The gates (two tonnes of iron, [[{var}]] says) took a year."),
    ("The street artist [[{full}]] has painted a giant hare on the side of the multi-storey car park.",
     "The hare (designed by [[{var}]] with local schoolchildren) can be seen from the motorway."),
    # at the start of a quoted sentence's attribution
    ("The wheelwright [[{full}]] has built a cart for the heavy-horse centre.",
     "[[{var}]] explained: \"A wheel is only as good as its spokes.\""),
    ("The organiser of the duck race, [[{full}]], has counted ten thousand plastic ducks.",
     "[[{var}]] warned: \"We lost three hundred to the weir last year.\""),
    ("The cellist [[{full}]] played on the picket line outside the concert hall.",
     "[[{var}]] added: \"Music should not be a luxury.\""),
    # after a dash
    ("The first person to climb every church tower in the diocese is the retired surveyor [[{full}]].",
     "The last tower was the hardest — [[{var}]] had to borrow a harness."),
    ("The kite-maker [[{full}]] flew a kite shaped like a whale over the beach.",
     "It took six people to hold it — and [[{var}]] to steer it."),
    # in a question or an answer
    ("The dog groomer [[{full}]] has given a free haircut to every dog at the shelter.",
     "Who pays for the shampoo? [[{var}]] does, out of {her} own pocket."),
    ("The crossword setter [[{full}]] has set the newspaper's ten thousandth puzzle.",
     "Is there a clue too hard to solve? Never, says [[{var}]]."),
    # in a caption
    ("The fishmonger [[{full}]] has been selling fish from the same market stall for half a century.",
     "Photograph: [[{var}]] with a halibut at the stall."),
    ("The carpenter [[{full}]] has restored the pews of the chapel.",
     "Left to right: the minister, the churchwarden and [[{var}]]."),
    # according to, "thanks to", "unlike", "like", "as"
    ("The river warden [[{full}]] has counted salmon leaping at the weir for thirty years.",
     "In the view of [[{var}]], this was the best year since 1998."),
    ("The bookbinder [[{full}]] has rebound the parish registers.",
     "Thanks to [[{var}]], the registers can be handled again."),
    ("The retired bus conductor [[{full}]] still knows every stop on the old route by heart.",
     "Unlike [[{var}]], the drivers now rely on a screen."),
    ("The tree surgeon [[{full}]] has climbed the tallest tree in the county.",
     "Like [[{var}]], the tree is older than it looks."),
    ("The amateur astronomer [[{full}]] has discovered a comet from a back garden in {town}.",
     "The comet will carry the name [[{var}]] in the official catalogue."),
    # a compound, a comparison
    ("The new conductor of the youth choir is [[{full}]].",
     "The [[{var}]]-trained singers won at the festival within a year."),
    ("The junior tennis champion [[{full}]] is only eleven.",
     "No champion in the club's history has been younger than [[{var}]]."),
    # an email, a sign, a plaque, a letter
    ("The caretaker [[{full}]] has kept the village hall open through every winter storm.",
     "A sign on the door reads: \"Key with [[{var}]] at number nine.\""),
    ("A bench has been put up on the cliff path in memory of the coastguard [[{full}]].",
     "Its plaque reads: \"For [[{var}]], who watched over this sea.\""),
    ("The headteacher [[{full}]] has written to every parent about the new uniform.",
     "The letter is signed \"Yours sincerely, [[{var}]]\"."),
    # vocative
    ("The school nurse [[{full}]] read a poem at {her} leaving assembly.",
     "The pupils shouted back: \"We love you, [[{var}]]!\""),
    # subject or object later in the copy
    ("The potholer [[{full}]] has mapped four miles of new passages under the hills.",
     "Surveyors say [[{var}]] has doubled the known length of the cave."),
    ("The volunteer lifeguard [[{full}]] pulled two children from a rip current on {day}.",
     "Their parents have thanked [[{var}]] in a letter to the paper."),
    ("The bus-shelter poet [[{full}]] has pinned a new poem inside the shelter every week for a year.",
     "The council has asked [[{var}]] to write a poem for the new town hall."),
    ("The puppeteer's apprentice [[{full}]] has won a scholarship to study in Prague.",
     "Friends held a farewell party for [[{var}]] on {day}."),
    ("The scrap-metal dealer [[{full}]] handed a stolen church bell back to the vicar.",
     "Police praised [[{var}]] for reporting it."),
    ("The allotment holder [[{full}]] has grown a cabbage weighing as much as a small child.",
     "The show committee awarded [[{var}]] a rosette and a trophy."),
    ("The ferry pilot [[{full}]] has made the crossing to the island eleven thousand times.",
     "Islanders presented [[{var}]] with a painting of the ferry."),
    ("The knitting group led by [[{full}]] has made blankets for every baby born at the hospital this year.",
     "Midwives say parents often ask to meet [[{var}]]."),
    ("The cinema usher [[{full}]] has worked at the Regal since it opened.",
     "The owners have named a seat after [[{var}]]."),
    ("The dinghy sailor [[{full}]] has sailed around the island in a boat built in a garage.",
     "Harbour staff greeted [[{var}]] with a foghorn salute."),
    ("The market trader [[{full}]] has been selling flowers outside the station since 1979.",
     "Commuters have started a collection to send [[{var}]] on holiday."),
    ("The clown [[{full}]] has visited the children's ward every Friday for ten years.",
     "Nurses say the ward is quieter without [[{var}]]."),
    ("The lifelong birdwatcher [[{full}]] has spotted a rare warbler in a supermarket car park.",
     "Hundreds of twitchers followed [[{var}]] to the car park."),
    ("The hairdresser [[{full}]] cuts the hair of homeless people for free on {day} mornings.",
     "A local charity has given [[{var}]] a new set of scissors."),
    ("The town crier [[{full}]] has lost {her} voice before the proclamation.",
     "The deputy stood in for [[{var}]] at short notice."),
    # a reply in an interview, an email sign-off
    ("The hospice has a new chief nurse, [[{full}]], who trained in {town}.",
     "Asked what the job needs most, [[{var}]] replied: \"Patience, and biscuits.\""),
    ("The parkrun director [[{full}]] has emailed every runner to apologise for the muddy course.",
     "The message ends: \"See you on Saturday, [[{var}]].\""),
]

NAME_NEAR_MISSES = [
    # two different people with look-alike surnames
    ("The referee, {a}, sent off the home manager, {b}, in the second half.",
     "{sb} later apologised; {sa} said no apology was needed."),
    ("The novel by {a} has been translated into English by {b}.",
     "{sb} spent two years on the translation and often rang {sa} about the jokes."),
    ("{a} sold a prize-winning shire horse to {b} at the autumn sale.",
     "{sb} paid in cash; {sa} threw in the harness."),
    ("{a} donated bone marrow to a stranger, {b}, five years ago.",
     "{sa} and {sb} met for the first time on {day}."),
    ("{a} taught {b} to read forty years ago.",
     "{sb}, now a poet, dedicated a book to {sa}."),
    ("Two councillors, {a} and {b}, have swapped seats on the planning committee.",
     "{sa} now chairs it; {sb} has moved to housing."),
    ("The taxi driver, {a}, drove a passenger, {b}, to hospital in labour.",
     "{sb} named the baby after {sa}."),
    ("{a} and {b} tied for first place in the spelling bee.",
     "{sa} stumbled on one word; {sb} on none, but was slower."),
    ("{a} was married on {day}; an old family friend, {b}, gave the speech.",
     "{sb} told stories from the old days; {sa} cried through them."),
    ("The licensee, {a}, has sold the pub to {b}, a brewer from the next county.",
     "{sb} promises to keep the skittle alley that {sa} saved from closure."),
    ("{a} and {b} are rival candidates for the post of harbour master.",
     "{sa} has thirty years at sea; {sb} has a degree in logistics."),
    ("The owner of the winning greyhound, {a}, bought it as a puppy from {b}.",
     "{sb} says {sa} got a bargain."),
    ("{a}, a plumber, and {b}, an electrician, are sharing a van to save money.",
     "{sa} drives on Mondays; {sb} on Tuesdays."),
    # relatives
    ("{a} has inherited the farm from {r}, a step-parent.",
     "{fr} {sa} ran the farm for forty years; {fa} has worked on it since childhood."),
    ("{a} and {r}, a triplet, have opened a café together; the third triplet lives abroad.",
     "{fr} bakes the cakes; {fa} makes the coffee."),
    ("{r}, a parent's sibling, taught {a} to sail.",
     "Now {fa} {sa} has beaten {fr} in the regatta."),
    ("{a} has written a biography of {r}, a great-great-grandparent and the family's first doctor.",
     "{fr} qualified in 1902; {fa} is a doctor too."),
    ("{a} has joined the fire brigade where {r}, a sibling's child, already serves.",
     "{fr} is the younger of the two but the senior firefighter."),
    ("{a} and {r}, a former spouse, are still partners in the garden centre.",
     "{fa} runs the shop; {fr} grows the plants."),
    ("{r}, the surviving spouse of the late {a}, has unveiled a memorial bench.",
     "{fa} {sa} walked past the spot every day; {fr} chose the wood."),
    ("{a} has been elected mayor, forty years after {r}, a grandparent, held the same office.",
     "{fr} {sa} wore the same chain; {fa} had it cleaned."),
    # places named like people
    ("The post office in {place} is to close in {month}.",
     "{c}, who has run it for twenty years, said {sc} would retire."),
    ("A new cycle path links {town} with {place}.",
     "{c}, who campaigned for it, said {sc} was the first to ride it."),
    ("Floods have cut off {place} for the third time this winter.",
     "{c}, a farmer there, said {sc} had moved the sheep to higher ground."),
    ("{c} has walked from {place} to the sea to raise money for the hospice.",
     "{sc} wore out two pairs of boots."),
    # streets and buildings named like people
    ("The residents of {building} have won a fight to keep their communal garden.",
     "{g}, the chair of the residents' group, said {sg} would celebrate with a barbecue."),
    ("Scaffolding has gone up around {building}.",
     "{g}, who runs a shop on the ground floor, said {sg} had lost half the trade."),
    ("{g} grew up in {building} and has now bought a flat there.",
     "{sg} says the view has not changed."),
    ("Pipes burst in {building} on {day}.",
     "{g}, a plumber, said {sg} worked through the night."),
    # companies named like people
    ("{company} is celebrating a hundred years in business.",
     "{d}, the great-grandchild of the founder, said {sd} was proud to keep it going."),
    ("{d} has complained about the service from {company}.",
     "{sd} says the firm has promised a refund."),
    ("{company} has been fined for dumping waste in a lay-by.",
     "{d}, who found the waste, said {sd} had reported it twice."),
    ("{d} left school at sixteen to work for {company}.",
     "{sd} is now the firm's managing director."),
    # products named like people
    ("A safety warning has been issued about {product}.",
     "{e}, a trading standards officer, said {se} had seen three faulty models."),
    ("{e} reviewed {product} for a technology website.",
     "{se} gave it three stars out of five."),
    ("{e} won {product} in a raffle.",
     "{se} has given it to the village hall."),
    ("Sales of {product} have doubled since Christmas.",
     "{e}, a shop manager, said {se} could not keep it on the shelves."),
    # ships named like people
    ("Tugs have brought {ship} into the harbour after a record voyage.",
     "{f}, the harbour master, said {sf} had never seen the quay so crowded."),
    ("{f} was the youngest crew member on {ship}.",
     "{sf} joined at seventeen and stayed for twelve years."),
    ("Storms have kept {ship} in port for a week.",
     "{f}, its chief engineer, said {sf} used the time for repairs."),
    ("{f} painted {ship} for an exhibition of maritime art.",
     "{sf} sketched it from the breakwater."),
    # titled people, spelt consistently
    ("Dr. {sa} has opened the new surgery in {town}.",
     "Dr. {sa} has been a family doctor for twenty-five years."),
    ("Prof. {sb} has won a prize for research on river eels.",
     "Prof. {sb} tagged two thousand eels over ten years."),
    ("Insp. {sa} has appealed for witnesses to the break-in.",
     "Insp. {sa} said the thieves took only a clock."),
    ("Sgt. {sb} has retired after thirty years on the beat.",
     "Sgt. {sb} was given a helmet signed by every officer in the station."),
    ("Capt. {sa} has brought the trawler home with a record catch.",
     "Capt. {sa} said the crew had not slept for two days."),
    ("Gov. {sb} has signed the new water law.",
     "Gov. {sb} said farmers would have a year to comply."),
    ("Cllr. {sa} has resigned from the cabinet.",
     "Cllr. {sa} will stay on as a backbencher."),
    # two people with look-alike names together
    ("{a} and {b} share a birthday, a street and a dentist.",
     "Letters for {sa} often go to {sb}."),
    ("{a} has been mistaken for {b} at the bank twice this year.",
     "{sa} says {sb} is much the better off of the two."),
    ("{a} and {b} were on the same flight, in adjacent seats.",
     "{sb} had booked first; {sa} had been upgraded."),
]

# ------------------------------------------------------- figure templates

FIGURE_TEMPLATES = [
    # restated in the same words
    ("Birdwatchers on the estuary counted [[{th1}]] knots on the spring tide.",
     "The [[{th2}]] knots rose as one when a falcon flew over."),
    ("The village hall has [[{c1}]] folding chairs.",
     "For the wedding all [[{c2}]] chairs were set out on the lawn."),
    ("The flood damaged [[{hh1}]] homes along the river.",
     "Insurers have started visiting the [[{hh2}]] homes."),
    ("Bus fares in {town} will go up by [[{pc1}]] in {month}.",
     "Passenger groups say fares going up by [[{pc2}]] will drive people back to their cars."),
    ("The woman who rowed across the Atlantic alone is [[{age1}]] years old.",
     "At [[{age2}]] years old, doctors said, her heart was remarkably strong."),
    ("The island was cut off by snow for [[{dy1}]] days.",
     "The shop ran out of milk after [[{dy2}]] days."),
    ("The power cut in {town} lasted [[{hr1}]] hours.",
     "Freezers across the town thawed during the [[{hr2}]] hours."),
    ("The bridge was closed to traffic for [[{wk1}]] weeks for repairs.",
     "Traders say they lost custom for [[{wk2}]] weeks."),
    ("The lighthouse has been unmanned for [[{yr1}]] years.",
     "Keepers' cottages have stood empty for [[{yr2}]] years."),
    ("The name for the new bridge was chosen with [[{vt1}]] votes.",
     "Its [[{vt2}]] votes put it well ahead of the other names."),
    ("The new tram line runs for [[{km1}]] kilometres.",
     "Drivers are being trained on all [[{km2}]] kilometres of the route."),
    ("The refurbishment of the museum cost [[{usd1}]].",
     "A lottery grant paid for most of the [[{usd2}]]."),
    ("The abbey needs [[{eur1}]] to repair its cloister.",
     "The monks hope to raise the [[{eur2}]] by selling honey and beer."),
    ("The charity ball raised [[{gbp1}]] this summer.",
     "The [[{gbp2}]] will go to the air ambulance."),
    ("The peregrine falcon was clocked at [[{spd1}]] km/h in a dive.",
     "Birders say [[{spd2}]] km/h is exceptional even for a peregrine."),
    ("The sturgeon caught in the river weighed [[{kg1}]] kilograms.",
     "Anglers returned the [[{kg2}]] kilograms of fish to the water."),
    ("The lifts in the tower block were stuck for [[{mn1}]] minutes.",
     "Residents waited [[{mn2}]] minutes for an engineer."),
    ("The temperature on the platform reached [[{tc1}]] degrees on {day}.",
     "At [[{tc2}]] degrees, rail staff handed out water."),
    ("The netball team scored [[{pts1}]] points in the final.",
     "No team had scored [[{pts2}]] points in a final before."),
    ("The new national park covers [[{ha1}]] hectares.",
     "Rangers will patrol the [[{ha2}]] hectares on horseback."),
    ("The village recorded [[{mm1}]] millimetres of rain in {month}.",
     "Farmers say [[{mm2}]] millimetres of rain in a month is unheard of."),
    ("A pint of milk at the island shop costs [[{pr1}]].",
     "Visitors are shocked to pay [[{pr2}]] for a pint."),
    ("The passenger jet turned back after a bird strike at [[{ft1}]] feet.",
     "At [[{ft2}]] feet, the pilot said, the engine was already on fire."),
    ("The brewery makes [[{lt1}]] litres of beer a week.",
     "Most of the [[{lt2}]] litres of beer are sold in the county."),
    ("The coastal rowing race covers [[{mi1}]] miles.",
     "Crews train for months to row the [[{mi2}]] miles."),
    ("The landfill site takes [[{tn1}]] tonnes of waste a month.",
     "Campaigners want the [[{tn2}]] tonnes of waste recycled instead."),
    ("The parkrun had [[{th1}]] finishers in its first year.",
     "Volunteers timed all [[{th2}]] finishers by hand."),
    ("The repair café has fixed [[{c1}]] kettles since it opened.",
     "Not one of the [[{c2}]] kettles has come back."),
    ("The hospice has [[{hh1}]] volunteers.",
     "Without the [[{hh2}]] volunteers it would have to close."),
    ("Support for the new bypass stands at [[{pc1}]], according to the council's survey.",
     "Opponents say support at [[{pc2}]] is no mandate."),
    ("The oak on the village green is [[{age1}]] years old, according to its rings.",
     "A tree [[{age2}]] years old deserves protection, the parish council says."),
    ("The circus stayed in {town} for [[{dy1}]] days.",
     "Traffic around the big top on the common was diverted for [[{dy2}]] days."),
    ("The rescue of the trapped climbers took [[{hr1}]] hours.",
     "Helicopters flew in supplies for [[{hr2}]] hours."),
    ("The baby seal was cared for at the sanctuary for [[{wk1}]] weeks.",
     "It gained weight steadily over the [[{wk2}]] weeks."),
    ("The couple have run the corner shop for [[{yr1}]] years.",
     "Customers say they have not missed a morning in [[{yr2}]] years."),
    ("The new school's name was decided by [[{vt1}]] votes from pupils.",
     "Teachers counted the [[{vt2}]] votes twice."),
    ("The ferry route to the islands is [[{km1}]] kilometres.",
     "The old boat took five hours to cover the [[{km2}]] kilometres."),
    ("The sea wall will cost [[{usd1}]].",
     "Residents cannot see where [[{usd2}]] will come from."),
    ("The art school received [[{eur1}]] from a foundation.",
     "The [[{eur2}]] will fund scholarships for ten students."),
    ("The bakery chain has paid [[{gbp1}]] for a new bakehouse.",
     "Customers joked that [[{gbp2}]] buys a lot of bread."),
    ("The grey seal tagged on the beach weighed [[{kg1}]] kilograms.",
     "Wardens say [[{kg2}]] kilograms is typical for a young bull."),
    ("The crowd at the eclipse viewing waited [[{mn1}]] minutes for the clouds to clear.",
     "Spectators spent [[{mn2}]] minutes staring at a grey sky."),
    ("The greenhouse at the botanic garden is kept at [[{tc1}]] degrees.",
     "Orchids thrive at [[{tc2}]] degrees."),
    ("The team finished the season on [[{pts1}]] points.",
     "Supporters say [[{pts2}]] points should have been enough for promotion."),
    ("The forest fire destroyed [[{ha1}]] hectares of pine.",
     "Replanting the [[{ha2}]] hectares will take ten years."),
    ("The high-altitude balloonists rose to [[{ft1}]] feet over the desert.",
     "At [[{ft2}]] feet the basket was coated in frost."),
    # restated in other words: other nouns, pronouns, appositions, nominalisations
    ("The storm uprooted [[{c1}]] trees in the park.",
     "Tree surgeons are still clearing the [[{c2}]] fallen oaks and beeches."),
    ("The food bank handed out [[{hh1}]] parcels in {month}.",
     "Each of those [[{hh2}]] was packed by hand."),
    ("The open-air concert drew [[{th1}]] people.",
     "The audience, [[{th2}]] in all, sang along to every song."),
    ("The referendum on the new bridge was won by a majority of [[{vt1}]] votes.",
     "That majority, [[{vt2}]], surprised both campaigns."),
    ("Unemployment in {town} fell to [[{pc1}]] last year.",
     "A jobless rate of [[{pc2}]] is the lowest since records began."),
    ("The oldest runner in the race was [[{age1}]] years old.",
     "The [[{age2}]]-year-old finished in the top half."),
    ("The strike by refuse collectors lasted [[{dy1}]] days.",
     "Rats were seen in the streets during the [[{dy2}]]-day stoppage."),
    ("The festival's longest set lasted [[{hr1}]] hours.",
     "The DJ's [[{hr2}]]-hour marathon ended at dawn."),
    ("The miners were on strike for [[{wk1}]] weeks.",
     "The dispute, lasting [[{wk2}]] wks, split the village."),
    ("The clock tower has been silent for [[{yr1}]] years.",
     "Its [[{yr2}]]-year silence ends on {day}."),
    ("The new cycle lane is [[{km1}]] kilometres long.",
     "Cyclists say the [[{km2}]] km stretch is the safest in the city."),
    ("The renovation of the theatre cost [[{usd1}]].",
     "Its backers hope to recover the outlay of [[{usd2}]] within a decade."),
    ("The football club's new striker will earn [[{eur1}]] a year.",
     "Fans say the wage, [[{eur2}]], is more than the club can afford."),
    ("The hospital trust paid [[{gbp1}]] in compensation to the family.",
     "The payout of [[{gbp2}]] was agreed out of court."),
    ("The wind turbine's blades turn at up to [[{spd1}]] km/h at the tips.",
     "At [[{spd2}]] kph the tips are a danger to birds, campaigners say."),
    ("The rescued tortoise weighed [[{kg1}]] kilograms.",
     "Keepers built a ramp for the [[{kg2}]]-kg reptile."),
    ("The firework display over the bay lasted [[{mn1}]] minutes.",
     "The [[{mn2}]]-min spectacle cost the council dearly."),
    ("The temperature in the school's classrooms reached [[{tc1}]] degrees Celsius in {month}.",
     "Teachers sent pupils home when it hit [[{tc2}]]°C."),
    ("The university's basketball side scored [[{pts1}]] points in the season opener.",
     "Their haul of [[{pts2}]] broke the league record."),
    ("The farm has [[{ha1}]] hectares of wheat.",
     "A single combine harvests the whole [[{ha2}]] ha in a fortnight."),
    ("The storm dumped [[{mm1}]] millimetres of rain on the valley.",
     "Such a downpour, [[{mm2}]] mm, happens once in a century."),
    ("The ticket for the museum costs [[{pr1}]] for adults.",
     "Families say an entry fee of [[{pr2}]] is too steep."),
    ("The glider pilot rode a mountain wave to [[{ft1}]] feet.",
     "The [[{ft2}]]-ft climb was a club record."),
    ("The garden pond holds [[{lt1}]] litres of water.",
     "Firefighters drained the [[{lt2}]] l to rescue a dog."),
    ("The walking festival's longest route is [[{mi1}]] miles.",
     "Only twelve walkers finished the [[{mi2}]]-mile trek."),
    ("The harbour dredger removed [[{tn1}]] tonnes of silt this year.",
     "That [[{tn2}]] t of mud was spread on farmland."),
    ("The lifeboat crew has [[{c1}]] volunteers.",
     "The station's [[{c2}]]-strong crew trains every Thursday."),
    ("The zoo's penguin colony numbers [[{hh1}]] birds.",
     "The colony of [[{hh2}]] waddles to the pool at feeding time."),
    ("The marathon had [[{th1}]] runners this year.",
     "Its field of [[{th2}]] was the largest in its history."),
    ("Rents in {town} rose by [[{pc1}]] last year.",
     "The jump of [[{pc2}]] has pushed young families out."),
    ("The airliner's contrail was photographed at [[{ft1}]] feet.",
     "At [[{ft2}]] ft the trail was visible from three counties."),
    ("The stranded freighter is carrying [[{tn1}]] tonnes of timber.",
     "Salvage crews must unload the [[{tn2}]]-tonne cargo by crane."),
    ("The village post office served [[{hh1}]] customers on its last day.",
     "The queue, [[{hh2}]] people long, stretched round the church."),
    ("The cheesemaker used [[{lt1}]] litres of milk for the giant cheese.",
     "It needed the milk of a whole herd: [[{lt2}]] l."),
    ("The minister has promised [[{usd1}]] for rural buses.",
     "Operators say the sum of [[{usd2}]] will barely keep the routes running."),
    ("The charity's director has been paid [[{gbp1}]] a year.",
     "Donors were angry to learn of the [[{gbp2}]] salary."),
    ("The new road will be built through [[{ha1}]] hectares of farmland.",
     "Farmers will lose [[{ha2}]] ha of their best fields."),
    # rates, per-capita figures, fractions of a whole written as rates
    ("The region recorded [[{c1}]] burglaries per thousand homes last year.",
     "A burglary rate of [[{c2}]] per thousand homes puts it near the top of the table."),
    ("Spending on libraries in {town} is [[{pr1}]] a head.",
     "At [[{pr2}]] per resident the town spends less than its neighbours."),
    ("The mountain railway climbs [[{mm1}]] millimetres for every metre it travels.",
     "A gradient of [[{mm2}]] in a thousand is a stiff climb for an old engine."),
    ("The school's attendance rate is [[{pc1}]].",
     "With [[{pc2}]] of pupils in class on a typical day, inspectors were concerned."),
    ("The town's recycling rate has reached [[{pc1}]].",
     "Officials say [[{pc2}]] of household waste no longer goes to landfill."),
    ("The ferry company has [[{c1}]] boats in service this summer.",
     "All [[{c2}]] boats will be needed for the regatta weekend."),
    ("The hill farm lost [[{hh1}]] lambs in the late snow.",
     "The farmer found the [[{hh2}]] lambs under the drifts."),
    ("The new bypass took [[{wk1}]] weeks longer to build than planned.",
     "Drivers endured the diversions for an extra [[{wk2}]] weeks."),
    ("The water tank on the moor holds [[{lt1}]] litres for the fire crews.",
     "Crews can pump the [[{lt2}]] litres within an hour."),
    ("The mobile library covers [[{mi1}]] miles on its weekly round.",
     "The driver has covered the [[{mi2}]]-mile round every week for a decade."),
    ("The new cathedral organ cost [[{eur1}]].",
     "The instrument, worth [[{eur2}]], has four thousand pipes."),
    ("The leisure centre's pool was closed for [[{dy1}]] days after a chemical leak.",
     "The closure, [[{dy2}]] days in all, cost the centre its summer trade."),
    ("The canal was drained to a depth of [[{mm1}]] millimetres for the survey.",
     "Engineers worked in just [[{mm2}]] mm of water."),
    ("The longest-serving lollipop patrol in {town} is [[{age1}]] years old.",
     "Pupils threw a party for the [[{age2}]]-year-old at the school gate."),
    ("The swimmers crossed the firth in [[{hr1}]] hours.",
     "Their [[{hr2}]]-hr swim raised money for the lifeboat."),
    ("The county has [[{c1}]] doctors for every hundred thousand residents.",
     "At [[{c2}]] per hundred thousand, the county has fewer GPs than any other."),
]

FIGURE_NEAR_MISSES = [
    # two different dates
    ("The pantomime sold {th1} tickets in {year}, up from {th2} in {prev}.",),
    ("In {year} the hedgehog hospital took in {hh1} hedgehogs; in {prev} it took in {hh2}.",),
    ("The tide reached {mm1} mm above the sea wall on {day}, and {mm2} mm the morning before.",),
    ("The bakery's loaf cost {pr1} this {month}; last {month} it was {pr2}.",),
    ("The ice rink was open for {dy1} days in {year} and {dy2} days in {prev}.",),
    ("The winning time in the fell race was {mn1} minutes in {prev} and {mn2} minutes in {year}, on a shorter course.",),
    ("The parish had {hh1} baptisms in {year} and {hh2} in {prev}.",),
    # before and after
    ("Before the bypass opened, {th1} lorries a day went through {town}; now {th2} do.",),
    ("The café sold {c1} cakes a day before the roadworks and {c2} during them.",),
    ("The village well held {lt1} litres before the heatwave and {lt2} at its end.",),
    ("Before the diet the pot-bellied pig weighed {kg1} kilograms; it now weighs {kg2}.",),
    ("Crossing the estuary took {mn1} minutes by the old ferry and takes {mn2} by the new bridge.",),
    ("Membership of the golf club was {hh1} before the fees went up and is {hh2} now.",),
    # planned against actual
    ("The new hall was designed to seat {hh1}; fire rules allow {hh2}.",),
    ("The contractor quoted {gbp1} for the roof and was paid {gbp2} after a dispute.",),
    ("The rally was planned to cover {km1} km; snow cut it to {km2} km.",),
    ("The council budgeted for {wk1} weeks of gritting and needed {wk2}.",),
    ("The organisers hoped for {vt1} votes in the online poll; {vt2} were cast.",),
    ("The airship was designed to fly at {spd1} km/h but managed {spd2} km/h on its trial.",),
    ("The trust aimed to restore {ha1} hectares of bog and has so far restored {ha2}.",),
    # a part and the whole
    ("The orchard has {hh1} trees, {hh2} of them apples.",),
    ("Of the {th1} people who sat the exam, {th2} passed.",),
    ("The lake covers {ha1} hectares, {ha2} of them within the nature reserve.",),
    ("The ship carried {tn1} tonnes of cargo, {tn2} tonnes of it grain.",),
    ("The relay is {km1} km, and each runner covers {km2} km of it.",),
    ("The charity spent {usd1} last year, {usd2} of it on wages.",),
    ("Of the {c1} lifeboat launches this year, {c2} were to paddleboarders.",),
    ("The choir festival has {hh1} singers; a dozen of them are soloists.",),
    ("The estate employs {hh1} people, a score of them gamekeepers.",),
    # two groups
    ("Adult tickets cost {pr1} and children's tickets {pr2}.",),
    ("The county has {hh1} primary schools and {hh2} secondary schools.",),
    ("Women make up {pc1} of the workforce at the hospital and {pc2} of its consultants.",),
    ("The average member of the rowing club is {age1}; the average member of the youth section is {age2}.",),
    ("The east wing has {c1} beds and the west wing {c2}.",),
    ("Houses in the old town sell for {gbp1} on average, and flats on the new estate for {gbp2}.",),
    ("Residents got {pts1} points in the quiz and the visiting team {pts2}.",),
    # gross against net
    ("The charity auction raised {gbp1}; after the venue's costs, {gbp2} went to the hospice.",),
    ("The festival took {usd1} at the gate and made {usd2} in profit.",),
    ("The trawler fleet landed {tn1} tonnes of fish, and {tn2} tonnes were left after gutting.",),
    ("The angler's catch weighed {kg1} kilograms whole and {kg2} kilograms filleted.",),
    ("The lottery winner received {eur1}; after tax, {eur2} remained.",),
    # nominal against real
    ("The nurse's pay rose {pc1} in cash terms over the decade but {pc2} after inflation.",),
    ("The town hall cost {gbp1} in today's money; the builders were paid {gbp2} in 1962.",),
    ("Adjusted for inflation the first season ticket would cost {pr1} today; it sold for {pr2} at the time.",),
    # two units of different things
    ("The ferry carried {hh1} passengers and {c1} bicycles on {day}.",),
    ("The cargo barges carried {tn1} tonnes over {mi1} miles.",),
    ("The festival used {lt1} litres of water and produced {tn1} tonnes of rubbish.",),
    ("The ambulance travelled {km1} km in {mn1} minutes.",),
    ("The cyclists climbed {ft1} feet over {mi1} miles.",),
    ("The storm brought {mm1} mm of rain and temperatures of {tc1} degrees.",),
    ("The farm has {ha1} hectares and {hh1} cows.",),
    # corrected figures told as such
    ("An earlier version of this report gave the cost of the roundabout as {usd1}; the correct figure is {usd2}.",),
    ("The hospital first said {c1} patients had been affected; it has since corrected that to {c2}.",),
    ("Police initially put the crowd at {th1}, and later revised the estimate to {th2}.",),
    ("The club's accounts showed a debt of {eur1}; auditors corrected it to {eur2}.",),
    ("The mayor's age was misprinted as {age1} last week; the mayor is {age2}.",),
    ("The wrong distance of {mi1} miles was printed in the race guide; the route is {mi2} miles.",),
    # fractions, percentages, per-capita and rates against totals
    ("Turnout was {pc1}; about a third of those who voted did so by post.",),
    ("The county spends {usd1} a year on libraries, about twelve dollars a head.",),
    ("The school has {hh1} pupils, and {pc1} of them walk to school.",),
    ("The island's {th1} residents produce {tn1} tonnes of waste a year.",),
    ("About half of the {c1} shops on the high street are charity shops.",),
    # other new kinds: a record against a typical day, two places, two vehicles, two directions
    ("The busiest day at the tip saw {th1} cars; a typical day sees {th2}.",),
    ("The northbound train takes {mn1} minutes and the southbound train {mn2}, because of the gradient.",),
    ("The airliner cruises at {ft1} feet; the light aircraft below it flies at {ft2} feet.",),
    ("The upstream gauge recorded {mm1} mm, the downstream gauge {mm2} mm.",),
    ("The express train reaches {spd1} km/h; the stopping service {spd2} km/h.",),
    ("{person}, {age1}, has taken on an apprentice aged {age2}.",),
    ("The winning pumpkin weighed {kg1} kilograms and the runner-up {kg2}.",),
    ("The first estimate of the flood damage was {usd1}; the insurers' final figure was {usd2}.",),
    ("The new boat seats {c1} passengers and the old one {c2}.",),
    ("The ticket office sold {th1} tickets in the first week and {th2} in the second.",),
    ("The school's annual budget is {gbp1}, of which {gbp2} goes on teachers' pay.",),
]

#: read by the harness and the tests as attributes of this module
_KIT_EXPORTS = (value_of,)
