"""Blind14: a fourteenth independent held-out set of injected internal-consistency templates.

Used by ``benchmarks/consistency_injection.py --split blind14`` (all templates of
this module, with the context functions of this module).

Written on 2026-11-24 (started 08:15:59 UTC, ``date -u``) by an independent
tester, on branch ``cblind14`` (worktree /work/wt/cblind14) from base commit
3bcbc05ddc25539784538843d6af39779e86c0dd (``git rev-parse HEAD``), from the
brief's definition of the two kinds only: ``name_inconsistency`` (the same
person introduced by full name and later referred to by a variant of the
surname: a letter changed, doubled or dropped, two letters swapped, or a
transliteration variant -- Arabic, Chinese, Korean, Japanese, Russian/Ukrainian,
Indian, Greek, Persian, Hebrew, Turkish, Vietnamese, Polish, Hungarian, Thai,
Georgian, Swahili, Amharic, Armenian, Indonesian, Yoruba, and others such as
Somali, Pashto, Tamil, Burmese, Kazakh; near-misses: two different people with
similar names, both introduced, relatives sharing a surname, a place, company,
ship or product named like a person, a person with a title then the surname
only, spelt consistently) and ``conflicting_figures`` (one quantity stated as
fact with two different numbers in one article, in varied wording -- digits
and number words; counts, money, percentages, measures, durations, ages,
speeds, distances, prices, scores, votes, areas, weights, margins, shares,
capacities; referred back with a different noun, a pronoun, "the figure",
"that sum", a hyphenated compound, an appositive, a nominalised verb, a
possessive, "a total of", "a tally of"; near-misses: hedged or estimated
figures, ranges, updates ("has since risen to"), different
occasions/places/groups/years, parts of a whole, forecasts or targets against
outcomes, two named sources that disagree).  The figure templates are about
half restated in the same words as the first mention (the same unit or noun
after the number) and half in other words (another noun, a nominalised verb,
a pronoun, an appositive, "the tally", "that margin", a possessive, a
hyphenated compound).
Fresh: this set never went through the detector; it is to be scored once on the code at the end of session 17 as the "before" of session 18's rounds, and never used to tune.

What the author read: the brief; ``date -u`` and ``git rev-parse HEAD`` of the
new worktree; ``wc -l`` of blind13's template module and of the two test files
below; ``grep -n`` of line numbers in blind13's module (to copy its machinery
section with ``sed``); benchmarks/consistency_templates_blind13.py (whole file:
header, people lists, helpers, context functions and all four template lists
-- none of its sentences, people, places, organisations, titles, roles or name
pairs is reused here); tests/consistency_template_checks.py and
tests/test_consistency_templates_blind13.py (whole files); ``grep -n -A11 "def
load_benchmark" tests/conftest.py``; in benchmarks/consistency_injection.py
only the output of ``grep -n "blind13\\|BLIND13\\|def sets_for\\|choices=\\|^SPLITS"``
(before the wiring) and of ``grep -n "blind14"`` (after it).  Seen by
accident: the subject line of the base commit, printed by ``git worktree add``
("blind39 (dates, fresh) scored once on session 16's final code, ..."), which
quotes detector scores of another set (dates); nothing about names or figures
was learnt from it.  The ``sed`` wiring of ``blind14`` was scripted and checked
with ``grep -n`` only; the harness was only byte-compiled (``python -m
py_compile``, its ``__pycache__`` deleted), never run.
Not read, grepped, imported or run: src/reliability/, features/, docs/,
README.md, benchmarks/results/, any other tests/test_consistency* file or test
about names, the templates of blind2 to blind12, any git history;
``reliability.score`` was never called and the detector was never run on these
templates.  tests/test_consistency_templates_blind14.py imports the harness
module to check the ``blind14`` wiring (the harness's lists are never printed
or inspected), and loads blind13's module to check that nothing is shared with
it (earlier sets could not be checked, as their templates were not to be read;
the brief's pairs Mohammed/Muhammad, Young/Yang and Tchaikovsky/Chaikovsky, and
every pair named in blind13, were deliberately not used).  The author ran only
the well-formedness test of this set, which runs no detector, and a throwaway
script outside the worktree rendering samples of each list for reading.

The helpers for spelling numbers and for the mechanical misspellings
(``_change``, ``_swap``, ``_drop``, ``_double``, ``spell``, ``value_of``,
``_pair``, ``_round_pair``, ``_styled``), ``name_context``,
``name_near_context``, the context-function signatures and ``_figures`` (all
its families) are blind13's, copied unchanged.  All people, places,
organisations, titles, roles, name pairs and sentences are new.  This set has
61 name templates (75 transliteration people, 25 languages), 77 figure
templates (written as 37 restated in the same words and 40 in other words;
by the test's count of the word after each number, 41 repeat it and 36 do
not), 48 name near-misses and 54 figure near-misses.

Conventions (those of the harness, as in blind3 to blind13): a template is a
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
    ("Ambrose", "Throckmorton", "m"), ("Philippa", "Gladwell", "f"), ("Chukwuemeka", "Nwankwo", "m"),
    ("Rosalind", "Harcourt", "f"), ("Wilhelm", "Brandstetter", "m"), ("Inmaculada", "Valderrama", "f"),
    ("Lysander", "Culpepper", "m"), ("Sigrid", "Halvorsen", "f"), ("Tiberius", "Mountjoy", "m"),
    ("Folasade", "Akinwande", "f"), ("Octavius", "Trelawney", "m"), ("Remedios", "Arriaga", "f"),
    ("Benedict", "Ravenscroft", "m"), ("Hildegard", "Winterbottom", "f"), ("Alastair", "Macfarlane", "m"),
    ("Philomena", "Birtwistle", "f"), ("Gaspard", "Delacroix", "m"), ("Chiamaka", "Obiora", "f"),
    ("Leofric", "Ainsworth", "m"), ("Solveig", "Bergstrand", "f"), ("Massimo", "Bellavista", "m"),
    ("Dervla", "Kinsella", "f"), ("Zdravko", "Jankovic", "m"), ("Abena", "Owusu", "f"),
    ("Peregrine", "Lockhart", "m"), ("Ottilie", "Zanardelli", "f"), ("Jolyon", "Braddock", "m"),
    ("Henrietta", "Vanderpoel", "f"), ("Ruairi", "Callaghan", "m"), ("Nomvula", "Dlamini", "f"),
    ("Rupert", "Ashdown", "m"), ("Wilhelmina", "Postlethwaite", "f"), ("Fraser", "Urquhart", "m"),
    ("Itziar", "Etxeberria", "f"), ("Yaw", "Boateng", "m"), ("Cordelia", "Merriweather", "f"),
    ("Augustin", "Lichtenberg", "m"), ("Astrid", "Norrgard", "f"),
]

# (first name, surname, transliteration/spelling variant, "m"/"f"): one name, two
# romanisations or spellings (Arabic, Russian/Ukrainian, Chinese, Korean, Japanese, Indian,
# Tamil, Greek, Persian, Hebrew, Turkish, Vietnamese, Polish, Hungarian, Thai, Georgian,
# Swahili, Amharic, Armenian, Indonesian, Yoruba, Somali, Pashto, Burmese, Kazakh).
TRANSLITERATIONS_PEOPLE = [
    # Arabic
    ("Karim", "Mansour", "Mansur", "m"), ("Amal", "Bishara", "Beshara", "f"), ("Yousef", "Nasrallah", "Nasrullah", "m"),
    ("Salma", "Hussein", "Husayn", "f"), ("Fadi", "Darwish", "Derwich", "m"), ("Hisham", "Abdullah", "Abdallah", "m"),
    # Russian / Ukrainian
    ("Dmitry", "Vorobyov", "Worobjow", "m"), ("Olga", "Solovyova", "Solovieva", "f"),
    ("Bohdan", "Kovalenko", "Kowalenko", "m"), ("Oksana", "Shevchuk", "Szewczuk", "f"),
    ("Mikhail", "Zhukov", "Joukov", "m"),
    # Chinese (pinyin vs Wade-Giles)
    ("Jian", "Qian", "Chien", "m"), ("Xiu", "Zheng", "Cheng", "f"), ("Hao", "Jiang", "Chiang", "m"),
    ("Ling", "Xu", "Hsu", "f"), ("Jun", "Deng", "Teng", "m"),
    # Korean
    ("Ha-eun", "Jung", "Chung", "f"), ("Seung-woo", "Kwon", "Gwon", "m"), ("Eun-ji", "Hwang", "Whang", "f"),
    ("Jae-won", "Seo", "Suh", "m"),
    # Japanese (long vowels written or not, Kunrei-shiki)
    ("Ren", "Itoh", "Ito", "m"), ("Yuki", "Katoh", "Kato", "f"), ("Yui", "Fujii", "Huzii", "f"),
    ("Takumi", "Tsuchiya", "Tutiya", "m"),
    # Indian
    ("Arjun", "Chaudhary", "Choudhury", "m"), ("Priya", "Srinivasan", "Shrinivasan", "f"),
    ("Rahul", "Bhattacharya", "Bhattacharjee", "m"), ("Deepa", "Raghavan", "Ragavan", "f"),
    # Tamil
    ("Murugan", "Subramaniam", "Subramanyam", "m"), ("Lakshmi", "Pillai", "Pillay", "f"),
    # Greek
    ("Giorgos", "Georgiou", "Yeorgiou", "m"), ("Sofia", "Christodoulou", "Hristodoulou", "f"),
    ("Nikos", "Vlachos", "Vlahos", "m"),
    # Persian
    ("Dariush", "Rezaei", "Rezai", "m"), ("Leila", "Ahmadi", "Ahmady", "f"), ("Farhad", "Ghorbani", "Qorbani", "m"),
    # Hebrew
    ("Yossi", "Shapira", "Schapira", "m"), ("Michal", "Levy", "Levi", "f"), ("Avi", "Mizrahi", "Mizrachi", "m"),
    # Turkish
    ("Mehmet", "Yılmaz", "Yilmaz", "m"), ("Elif", "Çelik", "Celik", "f"), ("Kerem", "Doğan", "Dogan", "m"),
    # Vietnamese
    ("Tuấn", "Phùng", "Phung", "m"), ("Hương", "Hoàng", "Hoang", "f"), ("Dũng", "Dương", "Duong", "m"),
    # Polish
    ("Krzysztof", "Wiśniewski", "Wisniewski", "m"), ("Małgorzata", "Dąbrowska", "Dabrowska", "f"),
    ("Jakub", "Zieliński", "Zielinski", "m"),
    # Hungarian
    ("Gábor", "Kovács", "Kovacs", "m"), ("Erzsébet", "Németh", "Nemeth", "f"), ("Ildikó", "Molnár", "Molnar", "f"),
    # Thai
    ("Somchai", "Srisuk", "Srisook", "m"), ("Malee", "Boonmee", "Bunmi", "f"),
    ("Kittipong", "Rattanakorn", "Ratanakorn", "m"),
    # Georgian
    ("Giorgi", "Tsiklauri", "Ciklauri", "m"), ("Tamari", "Jorjadze", "Dzhordzhadze", "f"),
    ("Levan", "Chkheidze", "Tschcheidse", "m"),
    # Swahili
    ("Juma", "Athumani", "Athman", "m"), ("Rehema", "Salim", "Saleem", "f"),
    # Amharic
    ("Tewodros", "Gebremedhin", "Gebremedhen", "m"), ("Tigist", "Alemayehu", "Alemayhu", "f"),
    # Armenian
    ("Gevorg", "Sargsyan", "Sarkissian", "m"), ("Lilit", "Grigoryan", "Grigorian", "f"),
    # Indonesian (old and new spelling)
    ("Agus", "Sutrisno", "Soetrisno", "m"), ("Sri", "Cahyani", "Tjahjani", "f"),
    # Yoruba (tone marks written or not)
    ("Tunde", "Ọlátúnjí", "Olatunji", "m"), ("Yetunde", "Àjàyí", "Ajayi", "f"),
    # Somali
    ("Abdirahman", "Warsame", "Warsama", "m"), ("Hodan", "Cabdi", "Abdi", "f"),
    # Pashto
    ("Zalmai", "Yousafzai", "Yusufzai", "m"), ("Malalai", "Durrani", "Durani", "f"),
    # Burmese
    ("Thura", "Khaing", "Khine", "m"), ("Myo", "Kyaw", "Kyau", "m"),
    # Kazakh
    ("Nurlan", "Abdrakhmanov", "Abdrahmanov", "m"), ("Aigerim", "Zhumabayeva", "Jumabaeva", "f"),
]
TRANSLITERATIONS = [(surname, variant) for _, surname, variant, _ in TRANSLITERATIONS_PEOPLE]

# Pairs of real, different surnames that look alike (two people, each introduced in full).
LOOKALIKE_SURNAMES = [
    ("Philips", "Phillips"), ("Mathews", "Matthews"), ("Gray", "Grey"), ("Smyth", "Smith"),
    ("Nicholls", "Nichols"), ("Lyons", "Lyon"), ("Hewitt", "Hewett"), ("Harding", "Hardinge"),
    ("Mitchel", "Mitchell"), ("Jenkins", "Jenkin"), ("Dixon", "Dickson"), ("Rankin", "Rankine"),
    ("Neale", "Neal"), ("Burgess", "Burges"), ("Pryce", "Price"), ("Vaughan", "Vaughn"), ("Olsen", "Olson"),
    ("Schmidt", "Schmitt"), ("Hoffman", "Hoffmann"), ("Mathers", "Mather"),
]
# (surname, place with a similar name)
PLACE_SURNAMES = [
    ("Marston", "Marston Magna"), ("Hutton", "Hutton Cranswick"), ("Bradwell", "Bradwell-on-Sea"),
    ("Hartley", "Hartleigh"), ("Crosby", "Crosby Ravensworth"), ("Thornton", "Thornton Dale"),
    ("Fairley", "Fairlie"), ("Denby", "Denby Dale"), ("Colton", "Coulton"), ("Langley", "Langley Burrell"),
]
# (surname, company named like a person)
COMPANY_SURNAMES = [
    ("Hargreaves", "Hargreaves Haulage"), ("Pickering", "Pickerings Bakery"), ("Entwistle", "Entwistles Joinery"),
    ("Ackroyd", "Ackroyds Plumbing"), ("Greenhalgh", "Greenhalghs Garden Centre"),
    ("Heseltine", "Heseltines Opticians"), ("Barraclough", "Barracloughs Butchers"),
    ("Ormerod", "Ormerods Coachworks"),
]
# (surname, product named like a person)
PRODUCT_SURNAMES = [
    ("Everett", "the Everet air fryer"), ("Galbraith", "the Galbrath e-bike"),
    ("Prescott", "the Prescot stand mixer"), ("Winslow", "the Winslo baby monitor"),
    ("Ellison", "the Elison smart speaker"), ("Fairbairn", "the Fairbarn dishwasher"),
    ("Calloway", "the Caloway golf trolley"),
]
# (surname, ship named like a person)
SHIP_SURNAMES = [
    ("Donnelly", "the trawler Donelly Rose"), ("Pendleton", "the ferry Pendelton Star"),
    ("Fairweather", "the research ship Fairwether"), ("Lindsay", "the tug Lindsey Belle"),
    ("Moncrieff", "the coaster Moncreiff Lady"),
]
GIVEN_NAMES = ["Alaric", "Beatrix", "Caspian", "Delphine", "Edmund", "Felicity", "Gideon", "Hermione", "Ivo",
               "Juliana", "Lorcan", "Mirabel", "Nathaniel", "Orla", "Piers", "Rosamund", "Silas", "Tamsin",
               "Ulric", "Verity", "Wystan", "Xanthe"]
PLACES = ["Nether Brockley", "Kilmacrennan Bay", "Aberdaron Heights", "Polwithen Cove", "Wrayfield Marsh",
          "Bad Hohenau", "San Martino Basso", "Inverlochan", "Thistlewood", "Bramcote Edge",
          "Kingsmoor", "Rathmore Harbour"]
ORGANISATIONS = ["the nurses' federation", "the lifeboat institution", "the water regulator",
                 "the veterinary council", "the port authority", "the consumer watchdog",
                 "the farmers' cooperative", "the canal society", "the energy ombudsman",
                 "the bar council", "the schools inspectorate", "the national archive"]
ROLES = ["a spokeswoman for", "the treasurer of", "a consultant to", "the founder of", "a director at",
         "the general secretary of", "a researcher at", "the president of"]
TITLES_M = ["Alderman", "Inspector", "Reverend", "Major", "Professor", "Superintendent", "Colonel"]
TITLES_F = ["Alderwoman", "Inspector", "Reverend", "Major", "Professor", "Superintendent", "Colonel"]
FIGURE_PEOPLE = ["Octavia Brightwater", "Wendell Asantewaa", "Saoirse Pennington", "Lucian Marwick",
                 "Ramona Okonjo", "Evelina Stroud", "Thorsten Blackwood", "Nkechi Fairclough",
                 "Florian Haldane", "Isolde Carrington"]


# The context functions: the kit's (session 25; this set carried a verbatim copy of them before).
name_context, name_near_context, figure_context, figure_near_context = contexts(globals(), buildings=False)


# --------------------------------------------------------- name templates

NAME_TEMPLATES = [
    ("The glassblower [[{full}]] has made a chandelier for the cathedral in {town}.",
     "It took [[{var}]] eight months to finish."),
    ("[[{full}]], a retired miner, has written a history of the pit where {she} worked for thirty years.",
     "The book, [[{var}]] said, is for the grandchildren."),
    ("Prosecutors have dropped the fraud case against [[{full}]].",
     "Lawyers for [[{var}]] said the charges should never have been brought."),
    ("The midwife [[{full}]] delivered triplets in the back of an ambulance on {day}.",
     "The parents have named one of the girls after [[{var}]]."),
    ("A tree surgeon, [[{full}]], was hurt when a branch gave way above the high street.",
     "Shopkeepers called an ambulance and stayed with [[{var}]] until it came."),
    ("The chess prodigy [[{full}]] has become the youngest grandmaster in the country.",
     "Coaches say [[{var}]] studies openings for six hours a day."),
    ("[[{full}]], {role} {org}, told a radio phone-in that fees would not rise this year.",
     "Listeners later accused [[{var}]] of dodging the question of pensions."),
    ("The wildlife cameraman [[{full}]] spent a winter filming wolves in the mountains.",
     "Footage shot by [[{var}]] will be broadcast in {month}."),
    ("Mountain bikers have a new hero in [[{full}]], who won the downhill title on {day}.",
     "Sponsors are already queuing up to sign [[{var}]]."),
    ("A pharmacist in {town}, [[{full}]], spotted a dangerous mix-up in a hospital prescription.",
     "The health board has thanked [[{var}]] in writing."),
    ("The architect [[{full}]] has unveiled plans for a floating library on the river.",
     "Critics called [[{var}]]'s design a gimmick; supporters called it brave."),
    ("Anglers on the pier watched [[{full}]] land a shark from a rowing boat.",
     "Marine biologists tagged the fish before [[{var}]] released it."),
    ("The bus driver [[{full}]] stopped {her} vehicle to help a man who had collapsed on the pavement.",
     "Passengers said [[{var}]] performed chest compressions until paramedics arrived."),
    ("[[{full}]] has been elected leader of the opposition group on the council.",
     "Allies of [[{var}]] say the group will now target the housing budget."),
    ("The tenor [[{full}]] lost {her} voice halfway through the opening night.",
     "An understudy took over while [[{var}]] watched from the wings."),
    ("The auctioneer [[{full}]] sold a forgotten painting for a record price on {day}.",
     "Bidders in the room applauded as [[{var}]] brought the hammer down."),
    ("Inspectors from {org} were shown round the dairy by its manager, [[{full}]].",
     "Their report said [[{var}]] kept the place spotless."),
    ("The sprinter [[{full}]] has been banned for two years after missing three drug tests.",
     "An appeal by [[{var}]] will be heard in {month}."),
    ("Neighbours say [[{full}]] spent {her} savings restoring the derelict chapel.",
     "The diocese has now offered [[{var}]] a grant towards the roof."),
    ("A special constable, [[{full}]], chased a shoplifter for a mile through {town}.",
     "The shop's owner said [[{var}]] deserved a medal."),
    ("The playwright [[{full}]] has withdrawn {her} new play from the festival.",
     "Organisers said they respected [[{var}]]'s decision but were disappointed."),
    ("[[{full}]], a tugboat skipper, pulled a stricken yacht off the rocks in a gale.",
     "The yacht's crew said they would buy [[{var}]] a drink for the rest of {her} life."),
    ("The paediatrician [[{full}]] has warned that waiting lists for children's surgery are the longest on record.",
     "Ministers met [[{var}]] on {day} to discuss the figures."),
    ("Fans of the folk band mourned its fiddler, [[{full}]], at a packed funeral.",
     "Tunes written by [[{var}]] were played at the graveside."),
    ("The marine engineer [[{full}]] designed the tidal turbine now being tested off the coast.",
     "Investors have given [[{var}]] another year to prove it works."),
    ("A teenage inventor, [[{full}]], has built a device that warns drivers of ice.",
     "Car makers have already been in touch with [[{var}]]."),
    ("The headteacher [[{full}]] has banned mobile phones from the school gates.",
     "Some parents have written to [[{var}]] in protest."),
    ("Judo champion [[{full}]] has announced {her} retirement at the age of thirty-one.",
     "The federation thanked [[{var}]] for a decade of medals."),
    ("An investigation by [[{full}]] has uncovered false invoices at {org}.",
     "The board has asked [[{var}]] to widen the inquiry."),
    ("The blacksmith [[{full}]] forged new gates for the castle from reclaimed iron.",
     "Visitors can watch [[{var}]] at work on Saturdays."),
    ("[[{full}]], a cab driver in {town}, has driven the same route to the hospital for twenty years.",
     "Staff on the cancer ward know [[{var}]] by name."),
    ("The glaciologist [[{full}]] has returned from six months at a polar research station.",
     "Samples brought back by [[{var}]] show the ice thinning faster than predicted."),
    ("The skipper of the winning crew, [[{full}]], lifted the trophy in heavy rain.",
     "The rest of the crew then threw [[{var}]] into the harbour."),
    ("A hospital porter, [[{full}]], has raised thousands by running in a gorilla suit.",
     "The children's ward has put a photo of [[{var}]] on its wall."),
    ("The veteran presenter [[{full}]] has been dropped from the breakfast show.",
     "Viewers have signed a petition asking for [[{var}]] to be reinstated."),
    ("The council's chief planner, [[{full}]], rejected the supermarket's application on {day}.",
     "The developer says it will appeal against [[{var}]]'s ruling."),
    ("Police divers led by [[{full}]] recovered a stolen safe from the canal.",
     "It was empty, [[{var}]] told reporters."),
    ("The cartoonist [[{full}]] has drawn the newspaper's front-page cartoon for forty years.",
     "Readers sent hundreds of cards to [[{var}]] on {her} last day."),
    ("[[{full}]] was driving home from a night shift when {she} saw smoke pouring from a cottage.",
     "[[{var}]] kicked in the door and carried out two children."),
    ("The shepherd [[{full}]] walked {her} flock across the new bridge to reopen an ancient right of way.",
     "Townspeople lined the road to cheer [[{var}]] and the sheep."),
    ("The mayor has appointed [[{full}]] as the city's first night-time economy adviser.",
     "Club owners said they looked forward to working with [[{var}]]."),
    ("[[{full}]], a volunteer at the food bank in {town}, has been handed an award by the lord lieutenant.",
     "Colleagues said [[{var}]] had not missed a shift in six years."),
    ("Mountaineer [[{full}]] became the first person from the region to climb all fourteen of the highest peaks.",
     "[[{var}]] did it without bottled oxygen.",
     "A civic reception is planned for {month}."),
    ("The tax inspector [[{full}]] gave evidence on {day} at the trial of a property tycoon.",
     "The tycoon glared at [[{var}]] throughout."),
    ("The seamstress [[{full}]] has stitched the new banner for the miners' gala.",
     "Marchers will carry [[{var}]]'s work through the streets in {month}."),
    ("The potter [[{full}]] has opened a studio in a disused railway station.",
     "Tourists stop to watch [[{var}]] throw pots on the old platform."),
    ("A volunteer firefighter, [[{full}]], rescued a horse stuck in a bog above {town}.",
     "The owner said [[{var}]] waded in up to {her} waist."),
    ("The cabinet has appointed [[{full}]] to review the water industry.",
     "Campaigners doubt that [[{var}]] will recommend public ownership."),
    ("Lawyers for the family of [[{full}]], who died after a fall at a care home, say staff ignored warnings.",
     "The home says it did everything it could for [[{var}]].",
     "An inquest will open in {month}."),
    ("The trainer [[{full}]] saddled three winners at the spring meeting.",
     "Bookmakers have cut the odds on [[{var}]]'s horse for the big race."),
    ("The zookeeper [[{full}]] hand-reared the twin snow leopard cubs.",
     "The cubs still follow [[{var}]] around the enclosure."),
    ("Residents of the tower block have chosen [[{full}]] to speak for them at the inquiry.",
     "{hon} [[{var}]] has lived on the ninth floor since it was built."),
    ("The translator [[{full}]] has won a prize for {her} version of an epic poem.",
     "Publishers abroad are now bidding for [[{var}]]'s next book."),
    ("The boxer [[{full}]] was knocked down twice but came back to win on points.",
     "Ringside doctors checked [[{var}]] over after the fight."),
    ("The welder [[{full}]] has spent a year building a replica steam locomotive in {her} garden.",
     "Rail enthusiasts have offered [[{var}]] a stretch of track to run it on."),
    ("Officers have released [[{full}]], who was arrested after the crowd trouble on {day}.",
     "{hon} [[{var}]]'s solicitor said no further action would be taken."),
    ("The sommelier [[{full}]] has been named the best in the country.",
     "Diners now book tables just to hear [[{var}]] describe the wine list."),
    ("Surfer [[{full}]] caught the biggest wave of the winter off the point.",
     "Photographers on the cliff captured [[{var}]] dropping down its face."),
    ("The charity's founder, [[{full}]], stepped down on {day} after a row over expenses.",
     "Trustees said they had accepted {title} [[{var}]]'s resignation with regret."),
    ("A swimming instructor, [[{full}]], has taught more than five thousand children to swim at the pool in {town}.",
     "The council will name the learner pool after [[{var}]]."),
    ("The archivist [[{full}]] has found letters from a famous novelist in a box of parish records.",
     "Scholars are travelling to {town} to see what [[{var}]] has unearthed."),
]

NAME_NEAR_MISSES = [
    ("{a} and {b} are the two finalists in the national baking contest.",
     "Judges praised {sa}'s sourdough and {sb}'s fruit tart."),
    ("The council has two new wardens, {a} and {b}.",
     "{sb} will patrol the park and {sa} the seafront."),
    ("{a} and {r}, who are cousins, have opened a bicycle repair shop in {town}.",
     "{fa} fixes the wheels and {fr} handles the customers."),
    ("Road repairs will close the lane into {place} for a fortnight.",
     "{c}, who farms on its edge, said {sc} would have to take the long way round."),
    ("{d} has no connection with {company}, despite the name.",),
    ("Retailers have cut the price of {product} ahead of the holidays.",
     "{e}, who reviews gadgets online, said {se} would wait for a further discount."),
    ("Tugs towed {ship} into port after she lost power in heavy seas.",
     "{f}, who coordinates rescues for the coastguard, said {sf} had feared the worst."),
    ("Professor {sb} has been appointed to lead the new medical school.",
     "Students say Professor {sb} is a demanding but fair teacher."),
    ("The two deputy heads, {a} and {b}, will share the top job until a new head is found.",
     "{sa} will run the lower school and {sb} the sixth form."),
    ("{a} is to hand the family vineyard over to {r}, a younger cousin.",
     "{fr} {sa} has worked the vines since childhood."),
    ("The planning inspector {a} toured {place} on {day}.",
     "{sa} will report on the wind farm proposal by {month}."),
    ("{company} has been sold to a rival after eighty years.",
     "{d}, who chairs the local chamber of commerce, said {sd} was sorry to see it go."),
    ("{a} and {b} were sworn in as magistrates on the same morning.",
     "{sb} is a former nurse; {sa} ran a garage."),
    ("At low tide on {day}, {ship} ran aground on a sandbank.",
     "{f}, a pilot with the port, said {sf} had warned the crew about the channel."),
    ("{a} and {r}, who are siblings, have swum the length of the lake together.",
     "{fr} led for most of the way but {fa} touched first."),
    ("Reverend {sa} has been moved to a parish on the coast.",
     "Reverend {sa} preached a farewell sermon on {day}."),
    ("{e} tested {product} for a month.",
     "{se} said the battery barely lasted a day."),
    ("The two mayoral hopefuls, {a} and {b}, clashed over parking charges.",
     "{sa} wants them scrapped; {sb} wants them doubled."),
    ("Families in {place} are still waiting for broadband.",
     "{c}, who runs a guest house there, said {sc} had given up complaining."),
    ("{company} has applied to build a new depot in {town}.",
     "{d}, a member of the parish council, said {sd} would look at the plans carefully."),
    ("Inspector {sb} has taken charge of the drugs unit.",
     "Officers say Inspector {sb} wants results quickly."),
    ("{a} and {r}, from two generations of the same family, are both running in the marathon.",
     "{fr} has run it twelve times; {fa} is a first-timer."),
    ("Fishermen watched as {ship} sailed out of the harbour for the last time.",
     "{f}, her former mate, said {sf} would miss the old boat."),
    ("Two paramedics, {a} and {b}, have been commended for their work at the motorway pile-up.",
     "{sb} treated the driver while {sa} cut the passenger free."),
    ("{a} and {b} shared the bowling in the final overs.",
     "{sb} took three wickets and {sa} two."),
    ("{c} was born in {place} and has never lived anywhere else.",
     "{sc} is now its oldest resident."),
    ("Stocks of {product} have sold out across the country.",
     "{e}, a spokesman for a consumer group, said {se} had never seen anything like it."),
    ("The pathologist {a} gave evidence at the inquest on {day}.",
     "{sa} said the injuries were consistent with a fall."),
    ("The cousins {a} and {r} won the pairs title at the bowls club.",
     "{fr} said {fa} had carried the team."),
    ("{d} worked as a driver for {company} for fifteen years.",),
    ("The historians {a} and {b} have written rival biographies of the same general.",
     "{sb} calls him a hero; {sa} calls him reckless."),
    ("The painter {a} shares a studio with the printmaker {b}.",
     "{sb} and {sa} will exhibit together in {month}."),
    ("Colonel {sa} has taken command of the regiment.",
     "Soldiers lined the square to salute Colonel {sa}."),
    ("The post office in {place} is to close in {month}.",
     "{c}, who chairs the village hall committee, said {sc} would campaign to save it."),
    ("{a} and {r} inherited the bookshop from their grandmother.",
     "{fa} runs the café at the back and {fr} the shop floor."),
    ("Hundreds of people waved off {ship} as she left on her final voyage.",
     "{f}, a teacher in {town}, said {sf} had brought the whole class."),
    ("{a} and {b} have been jointly awarded the physics prize.",
     "{sa}'s theory was tested by {sb}'s experiment."),
    ("{e} has complained to the makers of {product}.",
     "{se} says the lid came off on the first day."),
    ("The barristers {a} and {b} faced each other in court on {day}.",
     "{sb} appeared for the prosecution and {sa} for the defence."),
    ("{d}, a mechanic, spent a decade on the payroll of {company}.",
     "{sd} says customers still ring up asking for the boss."),
    ("Major {sb} has been awarded a medal for bravery.",
     "Major {sb} led the patrol out of the ambush."),
    ("{a} has been made chair of the board and {r}, a cousin, chief executive.",
     "{fr} said the company would stay in the family."),
    ("The umpire {a} stopped play for bad light.",
     "{sa} was jeered by the home crowd.",
     "The match officials later supported {sa}'s call."),
    ("{a} and {b} have launched a campaign against the hospital closure.",
     "{sb} is organising the march and {sa} is lobbying ministers."),
    ("Hikers have been warned about rockfalls above {place}.",
     "{c}, a ranger, said {sc} had closed one of the paths."),
    ("The owners of {ship} have put her up for sale.",
     "{f}, who captained her for twenty years, said {sf} hoped she would go to a good home."),
    ("Superintendent {sa} will lead the investigation into the stadium crush.",
     "Superintendent {sa} promised the families answers."),
    ("The marshes around {place} are flooded again.",
     "{c}, an ecologist, said {sc} was counting record numbers of wading birds."),
]

# ------------------------------------------------------- figure templates

FIGURE_TEMPLATES = [
    # restated in the same words
    ("The ferry company has cancelled [[{c1}]] sailings because of the storm.",
     "Passengers on the [[{c2}]] sailings will get a full refund."),
    ("Thieves stole [[{c1}]] bicycles from the station rack in {town} last month.",
     "Police have so far recovered none of the [[{c2}]] bicycles."),
    ("The new bypass cost [[{usd1}]] to build.",
     "Critics say the [[{usd2}]] would have been better spent on buses."),
    ("The lake froze over for [[{dy1}]] days in {month}.",
     "Skaters made the most of the [[{dy2}]] days of ice."),
    ("The mayor's approval rating has fallen to [[{pc1}]].",
     "Aides admit that [[{pc2}]] is the lowest rating of her term."),
    ("The lottery winner is [[{age1}]] years old.",
     "She said that at [[{age2}]] years old she had no plans to give up her job."),
    ("The marathon attracted [[{th1}]] runners this year.",
     "Organisers said the [[{th2}]] runners raised millions for charity."),
    ("The coastguard helicopter arrived [[{mn1}]] minutes after the first call.",
     "The lifeboat crew said the [[{mn2}]] minutes felt like hours."),
    ("The fishing boat landed [[{kg1}]] kilograms of lobster on {day}.",
     "Restaurants in {town} bought all [[{kg2}]] kilograms within an hour."),
    ("The storm's gusts reached [[{spd1}]] km/h on the headland.",
     "Gusts of [[{spd2}]] km/h tore the roofs off two barns."),
    ("The town hall has sold a tapestry for [[{gbp1}]].",
     "Councillors say the [[{gbp2}]] will keep the library open for another year."),
    ("A loaf of bread now costs [[{pr1}]] at the village shop.",
     "Pensioners say [[{pr2}]] for a loaf is more than they can afford."),
    ("The refinery was shut for [[{wk1}]] weeks for repairs.",
     "Fuel prices in the region rose during the [[{wk2}]] weeks of the shutdown."),
    ("The visiting side scored [[{pts1}]] points in the first leg.",
     "Their [[{pts2}]] points leave the hosts with a mountain to climb."),
    ("The new concert hall has [[{hh1}]] seats.",
     "Tickets for all [[{hh2}]] seats sold out for the opening night."),
    ("The hot-air balloon rose to [[{ft1}]] feet above the valley.",
     "At [[{ft2}]] feet, the pilot said, the passengers could see the sea."),
    ("A tanker spilled [[{lt1}]] litres of milk on the motorway.",
     "Cleaning up the [[{lt2}]] litres of milk took the whole night."),
    ("Youth unemployment in the region rose to [[{pc1}]] in {month}.",
     "Unions said youth unemployment of [[{pc2}]] was a national scandal."),
    ("The lighthouse keeper served [[{yr1}]] years on the rock.",
     "In [[{yr2}]] years on the rock, he never missed a night."),
    ("The ice storm cut power to [[{th1}]] homes.",
     "Engineers worked through the night to reconnect the [[{th2}]] homes."),
    ("The estate's new owners have planted [[{ha1}]] hectares of woodland.",
     "Birds have already returned to the [[{ha2}]] hectares of young trees."),
    ("The city will spend [[{usd1}]] on new tram lines.",
     "Opponents say [[{usd2}]] on trams is money wasted."),
    ("A villager in {town} has won [[{eur1}]] in the national lottery.",
     "She says she will share the [[{eur2}]] with her neighbours."),
    ("The tuna caught off the point weighed [[{kg1}]] kilograms.",
     "A fish of [[{kg2}]] kilograms is a record for the club."),
    ("Thermometers in the city centre reached [[{tc1}]] degrees on {day}.",
     "At [[{tc2}]] degrees, schools sent children home early."),
    ("The canal towpath stretches for [[{km1}]] kilometres.",
     "Cyclists can ride all [[{km2}]] kilometres without leaving the water's edge."),
    ("The oldest contestant in the quiz was [[{age1}]].",
     "Audiences warmed to the [[{age2}]]-year-old immediately."),
    ("The deputies rejected the budget by [[{c1}]] votes.",
     "Ministers said a defeat by [[{c2}]] votes would not bring down the government."),
    ("The library lent out [[{th1}]] e-books last year.",
     "Staff said the [[{th2}]] e-books showed how reading habits had changed."),
    ("Traffic accidents in the county fell by [[{pc1}]] after the speed limit was cut.",
     "Road safety groups said a fall of [[{pc2}]] proved the policy worked."),
    ("The typhoon's winds reached [[{spd1}]] km/h when it made landfall.",
     "Winds of [[{spd2}]] km/h flattened rice fields along the coast."),
    ("The stolen lorry was carrying [[{tn1}]] tonnes of copper wire.",
     "Police are searching scrapyards for the [[{tn2}]] tonnes of wire."),
    ("The fire on the moor burned for [[{hr1}]] hours.",
     "During those [[{hr2}]] hours, villagers were told to keep windows shut."),
    ("The ultra-runner covered [[{mi1}]] miles in a single day.",
     "No one had run [[{mi2}]] miles on that route before."),
    ("The monsoon dropped [[{mm1}]] millimetres of rain on the city on {day}.",
     "The [[{mm2}]] millimetres of rain flooded every underpass."),
    ("The panel found [[{c1}]] errors in the exam papers.",
     "The exam board has apologised for the [[{c2}]] errors."),
    ("Clearing the avalanche from the pass took [[{dy1}]] days.",
     "Villages beyond the pass were cut off for all [[{dy2}]] days."),
    # restated in other words
    ("The carmaker will recall [[{th1}]] vehicles over faulty brakes.",
     "Owners of cars caught up in the recall, [[{th2}]] in all, will receive letters this week."),
    ("Volunteers planted [[{c1}]] oak saplings along the river on {day}.",
     "Each of the [[{c2}]] trees has been named after a local child."),
    ("The referendum was won by [[{vt1}]] votes.",
     "The losing side said that margin, [[{vt2}]], was too slim to settle the question."),
    ("The trapped cavers were underground for [[{dy1}]] days.",
     "Their ordeal lasted [[{dy2}]] days, and all of them walked out unaided."),
    ("Turnout in the nurses' strike ballot was [[{pc1}]].",
     "The union's leader said participation of [[{pc2}]] gave the result authority."),
    ("The new bishop is [[{age1}]].",
     "At [[{age2}]], he is the youngest to hold the post for a century."),
    ("The wildfire forced [[{th1}]] people to leave their homes.",
     "Shelters struggled to feed the evacuees, [[{th2}]] of them, through the night."),
    ("The patient waited [[{mn1}]] minutes for an ambulance.",
     "The health trust has apologised for the delay of [[{mn2}]] minutes."),
    ("Border guards seized [[{kg1}]] kilograms of heroin from a coach.",
     "The haul, [[{kg2}]] kilos in all, is the biggest this year."),
    ("The maglev train touched [[{spd1}]] km/h on the test line.",
     "Its designers hope that top speed, [[{spd2}]] km/h, will one day carry passengers."),
    ("A first edition of the novel sold for [[{gbp1}]] at auction.",
     "The buyer, a collector from abroad, said the sum of [[{gbp2}]] was worth every penny."),
    ("A cinema ticket in the capital now costs [[{pr1}]].",
     "Students say paying [[{pr2}]] to see a film is out of reach."),
    ("The assembly line stopped for [[{wk1}]] weeks after a fire.",
     "The stoppage, which lasted [[{wk2}]] weeks, cost the firm its biggest customer."),
    ("The chess club's players scored [[{pts1}]] points over the tournament.",
     "Their tally of [[{pts2}]] earned them promotion."),
    ("The restored lido can take [[{hh1}]] swimmers at a time.",
     "Its capacity of [[{hh2}]] will be tested on the first hot weekend."),
    ("The glider reached [[{ft1}]] feet over the ridge.",
     "Its pilot said the climb to [[{ft2}]] feet was the best of her career."),
    ("A broken pipe poured [[{lt1}]] litres of sewage into the bay.",
     "The leak of [[{lt2}]] litres closed three beaches."),
    ("The firm's profit margin fell to [[{pc1}]] last year.",
     "Shareholders were told that figure, [[{pc2}]], would improve."),
    ("The bandmaster has led the brass band for [[{yr1}]] years.",
     "Over that time, [[{yr2}]] years in all, the band has won the national title three times."),
    ("The developers have bought [[{ha1}]] hectares of land near {town}.",
     "Residents fear the [[{ha2}]]-hectare plot will be covered in warehouses."),
    ("The state will spend [[{usd1}]] on flood defences.",
     "Engineers said the investment, [[{usd2}]], would protect the town for a generation."),
    ("A former pupil left the village school [[{eur1}]] in his will.",
     "Governors say the bequest of [[{eur2}]] will pay for a new library."),
    ("Rangers tranquillised a bear weighing [[{kg1}]] kilograms in a suburban garden.",
     "It took four men to lift the [[{kg2}]]-kilo animal into a crate."),
    ("The sealed tunnel carries cyclists for [[{km1}]] kilometres under the hills.",
     "Riders say the route, [[{km2}]] km of gentle gradient, is the best in the country."),
    ("The winning bid for the football club was [[{usd1}]].",
     "Fans protested that the new owners' [[{usd2}]] offer undervalued the ground."),
    ("Officials counted [[{vt1}]] spoilt ballots in the election.",
     "Observers blamed the confusing ballot paper for the tally of [[{vt2}]]."),
    ("The bank has shut [[{hh1}]] branches this year.",
     "The closures, [[{hh2}]] in total, have left many villages without a cashpoint."),
    ("The heir to the firm received a salary of [[{gbp1}]] last year.",
     "Workers said his pay of [[{gbp2}]] was an insult while wages were frozen."),
    ("Ambulances took [[{mn1}]] minutes on average to reach emergencies in the valleys.",
     "The service said road works explained the average of [[{mn2}]] minutes."),
    ("The goalkeeper earns [[{eur1}]] a year under her new contract.",
     "Her annual [[{eur2}]] makes her the best-paid player in the league."),
    ("The ship sank with [[{c1}]] crew on board.",
     "Relatives of all [[{c2}]] sailors gathered at the quayside."),
    ("The crash victim was [[{age1}]], police said.",
     "Friends described the [[{age2}]]-year-old as generous and funny."),
    ("The hotel has [[{c1}]] floors.",
     "Firefighters climbed all [[{c2}]] storeys on foot when the lifts failed."),
    ("The coastal path is [[{mi1}]] miles long.",
     "Rangers walked its length, [[{mi2}]] miles, before approving the repairs."),
    ("The heat pump trial ran for [[{hr1}]] hours without a fault.",
     "Engineers said the test, [[{hr2}]] hours of continuous running, proved the design."),
    ("Campaigners collected [[{tn1}]] tonnes of plastic from the river banks.",
     "The clean-up's total of [[{tn2}]] tonnes was double what they had hoped for."),
    ("The protest drew [[{th1}]] people into the square.",
     "Organisers said the turnout, [[{th2}]], showed the depth of anger."),
    ("A flash flood dumped [[{mm1}]] millimetres of rain on the village in two hours.",
     "The downpour, [[{mm2}]] mm in all, washed away the main bridge."),
    ("The airline's chief executive collected a bonus of [[{usd1}]].",
     "Pilots said the payout of [[{usd2}]] was obscene while they took pay cuts."),
    ("The school's new rainwater tank can store [[{lt1}]] litres.",
     "Caretakers say its capacity, [[{lt2}]] litres, is enough to flush every toilet for a month."),
]

FIGURE_NEAR_MISSES = [
    ("About {th1} fans are expected at the final; some {th2} watched the semi-final.",),
    ("Between {c2} and {c1} trees came down in the gale, the forestry service estimates.",),
    ("Hospital admissions rose to {c1} on {day}, up from {c2} a day earlier.",),
    ("Support for the ruling party stood at {pc1} in {year}, against {pc2} in {prev}.",),
    ("The pipeline will run for {km1} kilometres once finished; {km2} kilometres have been laid so far.",),
    ("The groom is {age1} and his best man {age2}.",),
    ("Of the {vt1} ballots cast, {vt2} were rejected as spoilt.",),
    ("Pollsters had predicted a turnout of {pc1}; in the event it was {pc2}.",),
    ("Organisers put the crowd at {th1}; police estimated {th2}.",),
    ("The full triathlon is {km1} km long and the sprint version {km2} km.",),
    ("The hospital has {hh1} beds, {hh2} of them in the new wing.",),
    ("The festival's budget is {usd1}, of which {usd2} has already gone on security.",),
    ("Up to {c1} seals may have been caught in the nets, conservationists fear.",
     "So far {c2} have been found dead."),
    ("The electric car hit {spd1} km/h on the track and {spd2} km/h on the public road test.",),
    ("The adult seal weighs {kg1} kilograms and its pup {kg2}.",),
    ("The castle drew {th1} visitors in {year} and {th2} in {prev}.",),
    ("As many as {hh1} jobs could go, the company warned; {hh2} workers have already taken redundancy.",),
    ("Council members voted {c1} to {c2} in favour of the new car park.",),
    ("The first team scored {pts1} points this season and the reserves {pts2}.",),
    ("A jury awarded {gbp1} in damages; the appeal court reduced it to {gbp2}.",),
    ("The bus takes {mn1} minutes to reach the airport; the express train takes {mn2}.",),
    ("The older defendant is {age1}; the younger is {age2}.",),
    ("Repairing the church tower could cost around {eur1}, the surveyor estimates.",
     "An earlier estimate had put it at {eur2}."),
    ("Dockers in the north struck for {wk1} weeks and those in the south for {wk2}.",),
    ("A survey by {org} suggests {pc1} of drivers back a lower speed limit.",
     "A poll carried out for motoring groups by {person} found {pc2}."),
    ("The vaccine reduced infections by {pc1} in adults and by {pc2} in children.",),
    ("The port aims to handle {th1} containers a month; last year it managed {th2}.",),
    ("At first {c1} climbers were reported missing; by evening {c2} had still not been found.",),
    ("It was {tc1} degrees in the desert town and {tc2} degrees on the coast.",),
    ("The inspectors visited {hh1} schools in {year} and {hh2} in {prev}.",),
    ("The winning design got {vt1} votes in the public ballot and the runner-up {vt2}.",),
    ("The national park covers {ha1} hectares, {ha2} of which are ancient forest.",),
    ("The landlord claims {usd1} in unpaid rent; the tenant says the debt is {usd2}.",),
    ("Forecasters predicted as much as {mm1} millimetres of rain; only {mm2} fell.",),
    ("A coffee costs {pr1} at the airport and {pr2} in town.",),
    ("The prosecutor sought {yr1} years in prison; the court handed down {yr2}.",),
    ("The outbreak sickened {c1} guests at the hotel, {c2} of whom were admitted to hospital.",),
    ("The arena will hold {th1} people when the extension opens; today it holds {th2}.",),
    ("The airliner can fly at {ft1} feet but cruised at {ft2} feet on the short hop.",),
    ("The tanker held {lt1} litres of fuel, and {lt2} litres leaked.",),
    ("In {month} the hills received {mm1} mm of rain and the lowlands {mm2} mm.",),
    ("The transfer fee could rise to {eur1}, with {eur2} payable now.",),
    ("The first curfew lasted {dy1} days and the second {dy2}.",),
    ("The slowest finisher took {mn1} minutes; the winner took {mn2}.",),
    ("The team's highest score of the season was {pts1} and its lowest {pts2}.",),
    ("House prices rose by {pc1} in the north and by {pc2} in the south.",),
    ("The locomotive can do {spd1} km/h on the main line but is limited to {spd2} km/h in the tunnel.",),
    ("The old road over the pass was {mi1} miles; the new tunnel cuts the journey to {mi2}.",),
    ("The quarry produced {tn1} tonnes of granite in {year} and {tn2} tonnes in {prev}.",),
    ("The cargo ship is rated for {tn1} tonnes; on {day} it was carrying {tn2}.",),
    ("The aim is to restore {ha1} hectares of peat bog; {ha2} have been restored so far.",),
    ("Trains were halted for {hr1} hours on the main line and {hr2} on the branch line.",),
    ("Mediators said the talks could last {hr1} hours; they collapsed after {hr2}.",),
    ("The elder brother is {age1}; the younger is {age2}.",),
]

#: read by the harness and the tests as attributes of this module
_KIT_EXPORTS = (value_of,)
