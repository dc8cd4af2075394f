"""Blind13: a thirteenth independent held-out set of injected internal-consistency templates.

Used by ``benchmarks/consistency_injection.py --split blind13`` (all templates of
this module, with the context functions of this module).

Written on 2026-11-24 (started 08:03:59 UTC, ``date -u``) by an independent
tester, on branch ``cblind13`` (worktree /work/wt/cblind13) from base commit
6b273e27d610029ac0f1040359865218addd6c0c (``git rev-parse HEAD``), from the
brief's definition of the two kinds only: ``name_inconsistency`` (the same
person introduced by full name and later referred to by a variant of the
surname: a letter changed, doubled or dropped, two letters swapped, or a
transliteration variant -- Arabic, Chinese, Korean, Japanese, Russian/Ukrainian,
Indian, Greek, Persian, Hebrew, Turkish, Vietnamese, Polish, Hungarian, Thai,
Georgian, and others such as Swahili, Amharic, Armenian, Indonesian, Yoruba;
near-misses: two different people with similar names, both introduced,
relatives sharing a surname, a place, company, ship or product named like a
person, a person with a title then the surname only, spelt consistently) and
``conflicting_figures`` (one quantity stated as fact with two different numbers
in one article, in varied wording -- digits and number words; counts, money,
percentages, measures, durations, ages, speeds, distances, prices, scores,
votes, areas, weights, margins, shares, capacities; referred back with a
different noun, a pronoun, "the figure", "that sum", a hyphenated compound, an
appositive, a verb turned into a noun, "a total of", "a figure of";
near-misses: hedged or estimated figures, ranges, updates, different
occasions/places/groups/years, parts of a whole, forecasts or targets against
outcomes, two named sources that disagree).  More weight than blind12 is put on
figures referred back in wording that differs from the first mention (another
noun, a nominalised verb, a pronoun, "the tally", "that margin", a possessive,
a clause).
Fresh: this set never went through the detector; it is to be scored once on
the code at the start of session 17 (6b273e2) as the "before" of session 17's
rounds, once after them, and never used to tune.

What the author read: the brief; ``date -u`` and ``git rev-parse HEAD`` of the
new worktree, ``wc -l`` of blind12's template module and of the two test files
below, ``grep -n`` of line numbers in blind12's module (to copy its machinery
section with ``sed``); benchmarks/consistency_templates_blind12.py (whole file:
header, people lists, helpers, context functions and all four template lists
-- none of its sentences, people, places, organisations, titles, roles or name
pairs is reused here); tests/consistency_template_checks.py and
tests/test_consistency_templates_blind12.py (whole files); ``grep -n -A12 "def
load_benchmark" tests/conftest.py``; in benchmarks/consistency_injection.py
only the output of ``grep -n "blind12\\|BLIND12\\|def sets_for\\|choices=\\|^SPLITS"``
(before the wiring) and of ``grep -n "blind13"`` (after it).  The ``sed``
wiring of ``blind13`` was scripted and checked with ``grep -n`` only; the
harness was only byte-compiled (``python -m py_compile``, its ``__pycache__``
deleted), never run.  Nothing else was seen by accident.
Not read, grepped, imported or run: src/reliability/, features/, docs/,
README.md, benchmarks/results/, any other tests/test_consistency* file or test
about names, the templates of blind2 to blind11, any git history;
``reliability.score`` was never called and the detector was never run on these
templates.  tests/test_consistency_templates_blind13.py imports the harness
module to check the ``blind13`` wiring (the harness's lists are never printed
or inspected), and loads blind12's module to check that nothing is shared with
it (earlier sets could not be checked, as their templates were not to be read;
the brief's pairs Mohammed/Muhammad, Young/Yang and Tchaikovsky/Chaikovsky, and
every pair named in blind12, were deliberately not used).  The author ran only
the well-formedness test of this set, which runs no detector, and a throwaway
script outside the worktree rendering samples of each list for reading.

The helpers for spelling numbers and for the mechanical misspellings
(``_change``, ``_swap``, ``_drop``, ``_double``, ``spell``, ``value_of``,
``_pair``, ``_round_pair``, ``_styled``), ``name_context``,
``name_near_context``, the context-function signatures and ``_figures`` (all
its families) are blind12's, copied unchanged.  All people, places,
organisations, titles, roles, name pairs and sentences are new.  This set has
61 name templates (65 transliteration people), 76 figure templates, 48 name
near-misses and 54 figure near-misses.

Conventions (those of the harness, as in blind3 to blind12): a template is a
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
    ("Barnaby", "Fotheringham", "m"), ("Clementine", "Ashcombe", "f"), ("Oluwaseun", "Adeyemi", "m"),
    ("Griselda", "Wetherall", "f"), ("Leopold", "Haverkamp", "m"), ("Marisol", "Echeverria", "f"),
    ("Thaddeus", "Blenkinsop", "m"), ("Ingrid", "Lundqvist", "f"), ("Ignatius", "Carrodus", "m"),
    ("Perpetua", "Ogunbanjo", "f"), ("Horatio", "Penhaligon", "m"), ("Esmeralda", "Quintanilla", "f"),
    ("Bartholomew", "Kettlewell", "m"), ("Gudrun", "Oberhauser", "f"), ("Evander", "Strathearn", "m"),
    ("Temperance", "Marchbanks", "f"), ("Ludovic", "Beauchamp", "m"), ("Ifeoma", "Okafor", "f"),
    ("Cornelius", "Wainwright", "m"), ("Annika", "Soderholm", "f"), ("Sebastiano", "Lombardozzi", "m"),
    ("Imelda", "Fitzgerald", "f"), ("Radomir", "Petrovic", "m"), ("Efua", "Mensah", "f"),
    ("Percival", "Dunsmore", "m"), ("Valentina", "Scarpellini", "f"), ("Eustace", "Hollingworth", "m"),
    ("Marguerite", "Vandenberg", "f"), ("Oisin", "Fennelly", "m"), ("Thandiwe", "Mahlangu", "f"),
    ("Crispin", "Aldersey", "m"), ("Petronella", "Grimshaw", "f"), ("Hamish", "Drummond", "m"),
    ("Yolanda", "Zubizarreta", "f"), ("Kofi", "Asamoah", "m"), ("Gwendolen", "Pemberton", "f"),
    ("Anselm", "Rosenthal", "m"), ("Dagny", "Ekstrom", "f"),
]

# (first name, surname, transliteration/spelling variant, "m"/"f"): one name, two
# romanisations or spellings (Arabic, Russian/Ukrainian, Chinese, Korean, Japanese, Indian,
# Greek, Persian, Hebrew, Turkish, Vietnamese, Polish, Hungarian, Thai, Georgian, Swahili,
# Amharic, Armenian, Indonesian, Yoruba).
TRANSLITERATIONS_PEOPLE = [
    # Arabic
    ("Samir", "Khoury", "Khouri", "m"), ("Rania", "Hashem", "Hachem", "f"), ("Walid", "Jaber", "Gaber", "m"),
    ("Layla", "Saleh", "Salih", "f"), ("Omar", "Farouk", "Faruq", "m"), ("Nadia", "Qasim", "Kassem", "f"),
    # Russian / Ukrainian
    ("Sergei", "Kuznetsov", "Kusnezow", "m"), ("Natalia", "Belyaeva", "Beliaeva", "f"),
    ("Anatoly", "Yakovlev", "Jakowlew", "m"), ("Taras", "Hrytsenko", "Gritsenko", "m"),
    ("Yulia", "Tymoshchuk", "Timoshchuk", "f"),
    # Chinese (pinyin vs Wade-Giles)
    ("Wei", "Zhou", "Chou", "m"), ("Mei", "Cai", "Tsai", "f"), ("Bo", "Xie", "Hsieh", "m"),
    ("Lan", "Zhao", "Chao", "f"), ("Feng", "Guo", "Kuo", "m"),
    # Korean
    ("Min-jun", "Choi", "Choe", "m"), ("Seo-yeon", "Yoon", "Yun", "f"), ("Ji-ho", "Kang", "Gang", "m"),
    ("Soo-min", "Baek", "Paik", "f"),
    # Japanese (long vowels written or not, Kunrei-shiki)
    ("Haruto", "Kondoh", "Kondo", "m"), ("Aiko", "Saitoh", "Saito", "f"), ("Daisuke", "Ohta", "Ota", "m"),
    ("Naoko", "Shimizu", "Simizu", "f"),
    # Indian
    ("Vikram", "Mukherjee", "Mukherji", "m"), ("Sanjay", "Dwivedi", "Dvivedi", "m"),
    ("Kavita", "Iyengar", "Ayyangar", "f"), ("Ravi", "Upadhyay", "Upadhyaya", "m"),
    # Greek
    ("Dimitris", "Konstantinou", "Constantinou", "m"), ("Eleni", "Kyriakou", "Kiriakou", "f"),
    ("Stavros", "Hatzidakis", "Chatzidakis", "m"),
    # Persian
    ("Reza", "Hosseini", "Hoseini", "m"), ("Shirin", "Jafari", "Djafari", "f"), ("Kourosh", "Ghasemi", "Qasemi", "m"),
    # Hebrew
    ("Moshe", "Cohen", "Kohen", "m"), ("Tamar", "Yitzhaki", "Itzhaki", "f"), ("Noa", "Chazan", "Hazan", "f"),
    # Turkish
    ("Emre", "Öztürk", "Ozturk", "m"), ("Ayşe", "Şahin", "Sahin", "f"), ("Burak", "Güneş", "Gunes", "m"),
    # Vietnamese
    ("Minh", "Nguyễn", "Nguyen", "m"), ("Thu", "Phạm", "Pham", "f"), ("Quang", "Huỳnh", "Huynh", "m"),
    # Polish
    ("Tomasz", "Wójcik", "Wojcik", "m"), ("Agnieszka", "Kamińska", "Kaminska", "f"),
    ("Paweł", "Szczepański", "Szczepanski", "m"),
    # Hungarian
    ("László", "Szabó", "Szabo", "m"), ("Katalin", "Tóth", "Toth", "f"), ("Zoltán", "Horváth", "Horvath", "m"),
    # Thai
    ("Anong", "Chaiyasit", "Chaiyasith", "f"), ("Prasert", "Wongsawat", "Vongsavat", "m"),
    ("Niran", "Thongchai", "Tongchai", "m"),
    # Georgian
    ("Nino", "Beridze", "Beridse", "f"), ("Davit", "Kapanadze", "Qapanadze", "m"),
    ("Irakli", "Gelashvili", "Gelaschwili", "m"),
    # Swahili
    ("Baraka", "Ramadhani", "Ramadani", "m"), ("Zawadi", "Hamisi", "Hamis", "f"),
    # Amharic
    ("Abebe", "Tesfaye", "Tesfaie", "m"), ("Meseret", "Woldemariam", "Woldemaryam", "f"),
    # Armenian
    ("Aram", "Hovhannisyan", "Hovannisian", "m"), ("Anahit", "Petrosyan", "Petrossian", "f"),
    # Indonesian (old and new spelling)
    ("Budi", "Suryadi", "Soerjadi", "m"), ("Dewi", "Junaedi", "Djunaedi", "f"),
    # Yoruba (tone marks written or not)
    ("Adebayo", "Ògúnlẹ́yẹ", "Ogunleye", "m"), ("Funmilayo", "Adéwálé", "Adewale", "f"),
]
TRANSLITERATIONS = [(surname, variant) for _, surname, variant, _ in TRANSLITERATIONS_PEOPLE]

# Pairs of real, different surnames that look alike (two people, each introduced in full).
LOOKALIKE_SURNAMES = [
    ("Allan", "Allen"), ("Reid", "Reed"), ("Stuart", "Stewart"), ("Thomson", "Thompson"), ("Clarke", "Clark"),
    ("Brown", "Browne"), ("Cooke", "Cook"), ("Byrne", "Byrnes"), ("Hansen", "Hanson"), ("Carlson", "Carlsen"),
    ("Peterson", "Petersen"), ("Fisher", "Fischer"), ("Meyer", "Meier"), ("Moore", "Moor"), ("Watts", "Watt"),
    ("Rhodes", "Rhoades"), ("Barrett", "Barratt"), ("Bryant", "Briant"), ("Lowe", "Low"),
    ("Jeffries", "Jefferies"),
]
# (surname, place with a similar name)
PLACE_SURNAMES = [
    ("Ashby", "Ashby Parva"), ("Kendall", "Kendal Fell"), ("Radley", "Radleigh"), ("Stanton", "Stanton Lacy"),
    ("Selby", "Selby Wold"), ("Bentley", "Bentleigh"), ("Preston", "Preston Gubbals"),
    ("Ashton", "Ashton Keynes"), ("Morley", "Morleigh"), ("Halstead", "Halstead Green"),
]
# (surname, company named like a person)
COMPANY_SURNAMES = [
    ("Cartwright", "Cartwrights Coaches"), ("Braithwaite", "Braithwaites Removals"),
    ("Appleby", "Applebys Dairy"), ("Sowerby", "Sowerbys Tyres"), ("Kershaw", "Kershaws Printers"),
    ("Lockwood", "Lockwoods Locksmiths"), ("Whittaker", "Whittakers Hardware"),
    ("Eastwood", "Eastwoods Scaffolding"),
]
# (surname, product named like a person)
PRODUCT_SURNAMES = [
    ("Harlow", "the Harlo smartwatch"), ("Mercer", "the Merser coffee machine"),
    ("Lennox", "the Lenox robot vacuum"), ("Sinclair", "the Sinclaire e-reader"),
    ("Radcliffe", "the Radclyffe kettle"), ("Holloway", "the Holoway headphones"),
    ("Kendrick", "the Kendrik drone"),
]
# (surname, ship named like a person)
SHIP_SURNAMES = [
    ("Gallagher", "the trawler Galagher Lass"), ("Mortimer", "the ferry Mortimor Queen"),
    ("Sheldon", "the dredger Shelden"), ("Carmichael", "the tanker Carmichel Spirit"),
    ("Ramsay", "the pilot boat Ramsey Star"),
]
GIVEN_NAMES = ["Aldous", "Briony", "Cuthbert", "Drusilla", "Erasmus", "Fenella", "Godfrey", "Honora", "Isidore",
               "Jocasta", "Kenelm", "Leonie", "Mungo", "Nerys", "Oswin", "Prudence", "Quentin", "Rowena",
               "Sholto", "Theodora", "Urban", "Vivienne"]
PLACES = ["Upper Wychford", "Ballyconnell Strand", "Llanfechan", "Porth Tregarrow", "Eastbrook Fen",
          "Sankt Ulrichsberg", "Castelnuovo Alto", "Glenbervie Mains", "Hollowmere", "Stokeley Cross",
          "Fairhaven Quay", "Dunmore Sands"]
ORGANISATIONS = ["the fire brigades' union", "the coastguard agency", "the housing ombudsman",
                 "the dental association", "the rail regulator", "the food standards agency",
                 "the pharmacists' guild", "the river trust", "the civil aviation authority",
                 "the teachers' council", "the prison inspectorate", "the audit office"]
ROLES = ["a solicitor for", "the chief executive of", "an adviser to", "the deputy head of", "a lobbyist for",
         "the vice-chair of", "an economist at", "a trustee of"]
TITLES_M = ["Councillor", "Sergeant", "Father", "Captain", "Judge", "Chief Inspector", "Commander"]
TITLES_F = ["Councillor", "Sergeant", "Sister", "Captain", "Judge", "Chief Inspector", "Commander"]
FIGURE_PEOPLE = ["Aurelia Stonebridge", "Bartosz Wieczorek-Lane", "Cressida Obuya", "Dorian Valcourt",
                 "Elspeth Mackintosh", "Fergus Adebanjo", "Georgiana Pell", "Horace Lindqvist",
                 "Imogen Tavistock", "Jasper Okwuosa"]


# The context functions: the kit's (session 25; this set carried a verbatim copy of them before).
name_context, name_near_context, figure_context, figure_near_context = contexts(globals(), buildings=False)


# --------------------------------------------------------- name templates

NAME_TEMPLATES = [
    ("The lighthouse keeper [[{full}]] logged the storm's strongest gust just after midnight.",
     "Forecasters later confirmed the reading [[{var}]] had taken."),
    ("[[{full}]], a locksmith in {town}, was called out to free a toddler locked in a car on {day}.",
     "The child's father said [[{var}]] had the door open in under a minute."),
    ("Detectives investigating the jewellery raid have charged [[{full}]] with handling stolen goods.",
     "{hon} [[{var}]] will appear before the crown court in {month}."),
    ("The goalkeeper [[{full}]] saved two penalties in the shoot-out.",
     "Team-mates carried [[{var}]] off the pitch on their shoulders."),
    ("The epidemiologist [[{full}]] warned on {day} that measles cases were climbing in schools.",
     "Vaccination rates, [[{var}]] said, had slipped below the safe level."),
    ("A lorry driver, [[{full}]], blocked the motorway with {her} cab to stop a car travelling the wrong way.",
     "Police praised [[{var}]] for a split-second decision."),
    ("[[{full}]] has been named conductor of the city's symphony orchestra.",
     "Players voted overwhelmingly for [[{var}]] after a trial concert."),
    ("The harbour master at {town}, [[{full}]], has closed the port to pleasure craft.",
     "Yacht owners say [[{var}]] gave them no warning."),
    ("Beekeeper [[{full}]] lost forty hives to a hornet invasion this summer.",
     "Honey from [[{var}]]'s remaining colonies sold out within days."),
    ("[[{full}]], {role} {org}, has resigned over the handling of the complaints.",
     "In a statement, [[{var}]] apologised to the families involved."),
    ("The fly-half [[{full}]] kicked the winning drop goal in the last minute.",
     "Coaches have rested [[{var}]] for the midweek fixture."),
    ("A lollipop lady, [[{full}]], has retired after guiding children across the same road for thirty years.",
     "Parents presented [[{var}]] with a hamper and a card signed by every class."),
    ("The astronomer [[{full}]] has discovered a comet from a back garden in {town}.",
     "The comet will carry [[{var}]]'s name."),
    ("An employment judge has found that [[{full}]] was unfairly dismissed by a supermarket chain.",
     "The chain has been ordered to compensate [[{var}]] for lost earnings."),
    ("The postwoman's partner, [[{full}]], noticed an elderly neighbour had not collected the milk.",
     "Paramedics said [[{var}]]'s instinct saved the woman's life."),
    ("The college principal [[{full}]] has been cleared of misconduct by an independent panel.",
     "Staff welcomed [[{var}]] back to work on {day}."),
    ("Open-water swimmer [[{full}]] crossed the channel in just under eleven hours.",
     "A support boat shadowed [[{var}]] the whole way."),
    ("The whistleblower [[{full}]] told a parliamentary committee that safety reports had been altered.",
     "Ministers have promised to protect [[{var}]] from retaliation."),
    ("[[{full}]] has sold ice cream from the same van in {town} for a quarter of a century.",
     "Children still queue for [[{var}]]'s raspberry ripple."),
    ("The stonemason [[{full}]] carved the new gargoyles for the abbey roof.",
     "One of them, locals noticed, looks rather like [[{var}]]."),
    ("The mediator [[{full}]] flew into the region on {day} to try to end the border dispute.",
     "Both governments have said they trust [[{var}]]."),
    ("[[{full}]], a taxi driver, returned a violin worth a fortune that a passenger had left on the back seat.",
     "The grateful musician has invited [[{var}]] to her next recital."),
    ("The darts player [[{full}]] hit a nine-dart finish in the semi-final.",
     "The crowd rose to [[{var}]] as the final double went in."),
    ("A food safety inspector, [[{full}]], closed a takeaway after finding cockroaches behind the fridge.",
     "The owner told the hearing that [[{var}]] had exaggerated."),
    ("A school cook in {town}, [[{full}]], has been awarded a medal in the honours list.",
     "Pupils made a banner for [[{var}]] on {day}."),
    ("Walking charities have picked [[{full}]] to lead a trek along the old drovers' road.",
     "[[{var}]] hopes to raise money for mountain rescue teams."),
    ("The cellist [[{full}]] left {her} instrument on a train on {day}.",
     "Rail staff found it, and [[{var}]] was reunited with it within hours."),
    ("The forensic accountant [[{full}]] told the court that millions had been moved offshore.",
     "Defence lawyers spent a day cross-examining [[{var}]]."),
    ("A sheep farmer, [[{full}]], has been fined for letting a river bank collapse into the water.",
     "Anglers had complained about [[{var}]] for years."),
    ("The jazz singer [[{full}]] has cancelled {her} autumn tour.",
     "A spokesman said [[{var}]] needed rest on doctors' orders."),
    ("A coastguard officer, [[{full}]], guided a lost kayaker back to shore by radio in thick fog.",
     "The kayaker said [[{var}]] never once sounded worried."),
    ("[[{full}]] has been voted captain of the university rowing club.",
     "Crews say [[{var}]] is the hardest-working member of the boathouse."),
    ("Ornithologist [[{full}]] has recorded a bird never before seen in the country.",
     "Birdwatchers flocked to the marsh after [[{var}]] posted a photograph."),
    ("The bishop has reinstated [[{full}]], a curate suspended over a disputed sermon.",
     "The congregation applauded when [[{var}]] returned to the pulpit."),
    ("The neurosurgeon [[{full}]] removed a tumour while the patient played the guitar.",
     "Video of the operation has made [[{var}]] an unlikely celebrity."),
    ("Wheelchair racer [[{full}]] won the city marathon for a fourth time.",
     "[[{var}]] said the hills in the final mile were brutal."),
    ("The ecologist [[{full}]] has found otters breeding on a canal in the city centre.",
     "Boat owners have been asked to slow down by [[{var}]]."),
    ("Barristers for [[{full}]] say the confession was obtained under pressure.",
     "The judge will decide on {day} whether to exclude what [[{var}]] told officers."),
    ("A cleaner at the station, [[{full}]], found a lost engagement ring in a drain.",
     "The couple have asked [[{var}]] to their wedding."),
    ("The photographer [[{full}]] has won a prize for pictures of flooded farms.",
     "The judges called [[{var}]]'s work quietly devastating."),
    ("The ferry captain [[{full}]] turned back to rescue a man who had fallen overboard.",
     "Passengers cheered [[{var}]] when the ship docked."),
    ("[[{full}]], the county's last wheelwright, has taken on an apprentice.",
     "Orders for [[{var}]]'s wheels come from as far away as Canada."),
    ("An inquiry chaired by [[{full}]] into {org} has found a culture of bullying.",
     "The board says it will act on [[{var}]]'s report in full."),
    ("The racing driver [[{full}]] walked away from a crash at two hundred kilometres an hour.",
     "Marshals reached [[{var}]] within seconds."),
    ("The poet [[{full}]] has turned down a national honour.",
     "Friends said [[{var}]] had never cared for ceremony."),
    ("Rescuers pulled [[{full}]] from the rubble of the collapsed bakery.",
     "{She} had been trapped under a fallen oven for hours.",
     "Surgeons said [[{var}]] was lucky to be alive."),
    ("The cricket groundsman at {town}, [[{full}]], has prepared the pitch for the test match.",
     "Batsmen fear [[{var}]] has left too much grass on it."),
    ("The dock workers' leader, [[{full}]], suspended the walkout late on {day}.",
     "Shipping lines have [[{var}]] to thank for moving cargo again."),
    ("Volcanologist [[{full}]] has returned from a month camped on the crater rim.",
     "The gas samples [[{var}]] collected are being analysed."),
    ("[[{full}]] watched {her} bookshop burn down in the town centre fire.",
     "Customers have donated thousands of books to help [[{var}]] start again."),
    ("The customs officer [[{full}]] found a python in a passenger's suitcase.",
     "It was handed to a zoo on [[{var}]]'s orders."),
    ("A care worker, [[{full}]], has been honoured for looking after residents through a flood.",
     "Families nominated [[{var}]] for the award."),
    ("Climber [[{full}]] broke an ankle on the descent from the summit.",
     "[[{var}]] was winched off the mountain by helicopter."),
    ("Magistrates have banned [[{full}]] from keeping animals for ten years.",
     "Inspectors found that {hon} [[{var}]] had left twelve dogs without food."),
    ("The librarian [[{full}]] has found a first edition hidden among donated paperbacks.",
     "It had been stuck, [[{var}]] said, inside a cookery book.",
     "The library plans to auction it in {month}."),
    ("The founder of a delivery start-up, [[{full}]], has been ousted by the board.",
     "Shareholders had lost patience with [[{var}]], an insider said."),
    ("A nursery nurse, [[{full}]], has won {her} claim for unpaid overtime.",
     "The nursery must pay [[{var}]] within a month.",
     "It says it will not appeal."),
    ("Broadcaster [[{full}]] has read {her} final news bulletin after four decades.",
     "Colleagues lined the corridor to applaud {first} [[{var}]] out of the building."),
    ("A mountain guide, [[{full}]], led six stranded walkers down in a blizzard.",
     "One walker said [[{var}]] never lost sight of the path."),
    ("[[{full}]], who arrived in {town} with nothing, now employs forty people at a bakery.",
     "Customers travel for miles for [[{var}]]'s flatbreads."),
    ("The officer leading the manhunt, [[{full}]], appealed for dashcam footage.",
     "Anyone with information should contact {title} [[{var}]]'s team."),
]

NAME_NEAR_MISSES = [
    ("{a} and {b} are both standing for the party leadership.",
     "Members will hear from {sa} on {day} and from {sb} a week later."),
    ("The rival florists {a} and {b} both entered the spring show.",
     "{sa}'s tulips edged out {sb}'s lilies."),
    ("{a} and {r}, who are in-laws, run the corner shop together.",
     "{fr} does the ordering and {fa} the accounts."),
    ("Flooding has cut off {place} for the second time this winter.",
     "{c}, who keeps sheep nearby, said {sc} had asked for a flood wall years ago."),
    ("{d} says people often assume {sd} owns {company}.",),
    ("Shops have withdrawn {product} after reports of overheating.",
     "{e}, a consumer lawyer, said {se} had received dozens of complaints."),
    ("Tugs brought {ship} into harbour with a fouled propeller on {day}.",
     "{f}, the harbour's operations manager, said {sf} had sent a launch to help."),
    ("Councillor {sb} has been chosen as the new mayor.",
     "Colleagues say Councillor {sb} will be a steady hand."),
    ("The engineers {a} and {b} built the footbridge between them.",
     "{sa} designed the deck; {sb} did the foundations."),
    ("{a} has taken over the family garage from {r}.",
     "{fr} {sa} opened it in the sixties."),
    ("The surveyor {a} visited {place} on {day}.",
     "{sa} said a decision on the new school would come in {month}."),
    ("{company} has lost its biggest contract.",
     "{d}, a former manager, said {sd} was not surprised."),
    ("{a} and {b} were made partners at the law firm on the same day.",
     "{sb} and {sa} joined as trainees together."),
    ("The coastguard was alerted when {ship} reported a fire in the engine room.",
     "{f}, skipper of a fishing boat, said {sf} stayed alongside until the fire was out."),
    ("{a} and {r}, who are related by marriage, cycled across the country together.",
     "{fa} finished a day ahead of {fr}."),
    ("Judge {sa} has criticised delays in the family courts.",
     "Judge {sa} said children were waiting far too long."),
    ("{e} reviewed {product} for a consumer magazine.",
     "{se} said it was overpriced."),
    ("The candidates {a} and {b} debated on local radio.",
     "{sb} accused {sa} of ignoring the bus routes."),
    ("People in {place} say the quarry blasting rattles their windows.",
     "{c}, a retired geologist, said {sc} had logged every blast."),
    ("{company} is to take over a depot in {town}.",
     "{d}, who chairs the planning committee, said {sd} saw no reason to object."),
    ("Canon {sb} will retire at Easter.",
     "Parishioners said Canon {sb} had served them for a generation."),
    ("{a} and {r}, who are second cousins, were both picked for the county side.",
     "{fr} bats at three and {fa} at five."),
    ("Lifeboat volunteers reached {ship} as the weather worsened.",
     "{f}, the helmsman, said {sf} had never known a rougher night."),
    ("Two nurses, {a} and {b}, were praised for their work during the outbreak.",
     "{sb} ran the isolation ward and {sa} the vaccination clinic."),
    ("{a} and {b} put on a century stand for the fourth wicket.",
     "{sa} made sixty and {sb} forty-eight."),
    ("{c} grew up in {place} and still runs the village shop there.",
     "{sc} wants the bus route restored."),
    ("Demand for {product} has surged since {month}.",
     "{e}, a retail analyst, said {se} expected shortages before Christmas."),
    ("The coroner {a} ruled the death accidental.",
     "{sa} said the stairwell should have been lit."),
    ("The twins {a} and {r} graduated on {day}.",
     "{fa} read law and {fr} medicine."),
    ("{d} once delivered parcels for {company}.",),
    ("Two economists, {a} and {b}, disagree about the cause of the slump.",
     "{sb} blames interest rates; {sa} blames energy prices."),
    ("The sculptor {a} is married to the composer {b}.",
     "{sa} and {sb} met at an art school in {town}."),
    ("Sergeant {sa} talked a man down from the bridge.",
     "The man's family later thanked Sergeant {sa} in person."),
    ("The bus to {place} will no longer run on Sundays.",
     "{c}, a parish councillor there, said {sc} would fight the cut."),
    ("{a} and {r} were left the orchard jointly by their aunt.",
     "{fa} picks the apples and {fr} presses the cider."),
    ("Crowds in {town} turned out to greet {ship} on her final voyage.",
     "{f}, who runs the quayside café, said {sf} had never seen such crowds."),
    ("{a} and {b} share the award for chemistry.",
     "{sb}'s measurements confirmed {sa}'s prediction."),
    ("{e} has written to the maker of {product}.",
     "{se} says the screen cracked within a week."),
    ("The solicitors {a} and {b} met across the negotiating table on {day}.",
     "{sa} acted for the buyer and {sb} for the seller."),
    ("{d}, a joiner, spent three years working for {company}.",
     "{sd} says customers still call asking for the boss."),
    ("Commander {sa} has led the naval base for two years.",
     "Commander {sa} says recruitment is finally improving."),
    ("{a} has become managing director and {r}, a cousin, finance director.",
     "{fr} said the family business was in good hands."),
    ("The referee {a} abandoned the match because of fog.",
     "{sa} was booed by both sets of fans.",
     "The league later backed {sa}'s decision."),
    ("{a} and {b} have set up a campaign to save the swimming pool.",
     "{sa} is running the petition and {sb} is writing to ministers."),
    ("Walkers are warned about adders near {place}.",
     "{c}, a warden, said {sc} had seen a dozen this spring."),
    ("The owners of {ship} plan to scrap her next year.",
     "{f}, her chief engineer for a decade, said {sf} was sad to see her go."),
    ("Captain {sb} will lead the airline's first flight to the islands.",
     "Passengers were told Captain {sb} had flown the route in the air force."),
    ("The sea defences at {place} were overtopped on {day}.",
     "{c}, a hydrologist, said {sc} had expected it."),
]

# ------------------------------------------------------- figure templates

FIGURE_TEMPLATES = [
    ("The airline has ordered [[{c1}]] new jets from the manufacturer.",
     "The order, worth billions, covers [[{c2}]] aircraft to be delivered by {year}."),
    ("Burglars broke into [[{c1}]] allotment sheds in {town} over the weekend.",
     "Police believe the same gang was behind all [[{c2}]] break-ins."),
    ("The senator won the primary by [[{vt1}]] votes.",
     "Her rival said he would not challenge a margin of [[{vt2}]]."),
    ("The rescued miners spent [[{dy1}]] days underground.",
     "Doctors said their ordeal, [[{dy2}]] days in the dark, had left them weak but unharmed."),
    ("The teaching union says [[{pc1}]] of its members backed the strike.",
     "That [[{pc2}]] vote in favour gives the union a clear mandate, its leader said."),
    ("The oldest runner in the race was [[{age1}]].",
     "At [[{age2}]], she finished ahead of half the field."),
    ("Flooding forced [[{th1}]] people from their homes in the delta.",
     "Aid agencies are struggling to shelter the [[{th2}]] evacuees."),
    ("The hospital waited [[{mn1}]] minutes for an ambulance to take the patient to a specialist unit.",
     "Her family say the wait of [[{mn2}]] minutes cost her the use of her arm."),
    ("Customs officers found [[{kg1}]] kilograms of cocaine hidden in a shipment of bananas.",
     "It is the largest seizure at the port this year, a haul of [[{kg2}]] kilos."),
    ("The high-speed train hit [[{spd1}]] km/h on its test run.",
     "Engineers said the record of [[{spd2}]] km/h would not be used in service."),
    ("A violin made in the eighteenth century fetched [[{gbp1}]] at auction on {day}.",
     "The buyer, a conservatory, said the sum of [[{gbp2}]] was a bargain."),
    ("A coffee at the new airport terminal costs [[{pr1}]].",
     "Travellers told reporters that paying [[{pr2}]] for a flat white was absurd."),
    ("The steelworks halted production for [[{wk1}]] weeks after the furnace failed.",
     "Suppliers lost money throughout the stoppage, which lasted [[{wk2}]] weeks."),
    ("The home side racked up [[{pts1}]] points against the league leaders.",
     "Their tally of [[{pts2}]] was the highest of the season."),
    ("The renovated theatre can hold [[{hh1}]] people.",
     "Its capacity of [[{hh2}]] makes it the largest in the region."),
    ("The paraglider climbed to [[{ft1}]] feet before the thermal gave out.",
     "Her altitude, [[{ft2}]] feet, broke the national record."),
    ("Vandals released [[{lt1}]] litres of heating oil into the brook.",
     "The spill of [[{lt2}]] litres killed hundreds of fish."),
    ("Inflation fell to [[{pc1}]] in {month}, the statistics office said.",
     "The central bank welcomed the figure of [[{pc2}]] but warned against complacency."),
    ("The head coach has spent [[{yr1}]] years at the club.",
     "Over that time, [[{yr2}]] years in all, she has won four trophies."),
    ("The heatwave knocked out power to [[{th1}]] homes.",
     "Repair crews had reconnected all [[{th2}]] properties by nightfall."),
    ("Developers have bought [[{ha1}]] hectares of farmland on the edge of {town}.",
     "Campaigners say building on the [[{ha2}]]-hectare site would double the size of the village."),
    ("The government will spend [[{usd1}]] on new lifeboats.",
     "Critics called that sum, [[{usd2}]], far too little for the coastline."),
    ("A retired teacher left the village school [[{eur1}]] in her will.",
     "Governors will use her gift of [[{eur2}]] to build a science room."),
    ("The crocodile caught in the reservoir weighed [[{kg1}]] kilograms.",
     "Wildlife officers needed six men to lift the [[{kg2}]]-kilo reptile."),
    ("The thermometer at the airport read [[{tc1}]] degrees on {day}.",
     "Tarmac on the runway softened in [[{tc2}]] degrees of heat."),
    ("The pilgrims' route runs for [[{km1}]] kilometres through the hills.",
     "Few walkers complete the full [[{km2}]] km in a single week."),
    ("The bridge champion was [[{age1}]] when she won her last national title.",
     "Winning it at [[{age2}]] made her a legend of the game, the federation said."),
    ("The motion passed by [[{c1}]] votes.",
     "Opponents said a majority of [[{c2}]] was too narrow for such a change."),
    ("Stewards turned back [[{th1}]] fans who arrived without tickets.",
     "Police later praised the handling of the [[{th2}]] ticketless supporters."),
    ("Burglaries in the borough fell by [[{pc1}]] last year.",
     "The council credited its street-lighting scheme with the [[{pc2}]] reduction."),
    ("The speedboat was travelling at [[{spd1}]] km/h when it hit the jetty.",
     "Investigators said the boat's speed, [[{spd2}]] km/h, was far above the harbour limit."),
    ("The jury heard from [[{c1}]] witnesses over the course of the trial.",
     "Each of the [[{c2}]] was cross-examined by the defence."),
    ("Archaeologists have unearthed [[{hh1}]] Roman coins in a field near {town}.",
     "The hoard, a total of [[{hh2}]] coins, was buried in a clay pot."),
    ("The expedition lasted [[{wk1}]] weeks.",
     "By the end of those [[{wk2}]] weeks, the team had mapped the whole glacier."),
    ("Residents gathered [[{vt1}]] signatures on a petition to save the lido.",
     "The council said it would debate any petition with more than a thousand names, and the [[{vt2}]] collected easily cleared that bar."),
    ("The air ambulance flew [[{km1}]] kilometres to collect the injured climber.",
     "The crew said the flight, [[{km2}]] km over open moorland, took them to the limit of their fuel."),
    ("A hot dog at the ballpark costs [[{pr1}]].",
     "Fans' groups said that charging [[{pr2}]] for a sausage in a bun was daylight robbery."),
    ("The castaways survived for [[{dy1}]] days on the uninhabited island.",
     "They said they had caught fish every one of the [[{dy2}]] days."),
    ("The bank will shut [[{hh1}]] of its branches by {month}.",
     "Campaigners said the closure of [[{hh2}]] branches would leave rural towns without cash."),
    ("The departing chief executive received a payoff of [[{gbp1}]].",
     "Shareholders voted against the [[{gbp2}]] deal at the annual meeting."),
    ("Fire engines took [[{mn1}]] minutes on average to reach rural callouts in {month}.",
     "The fire service blamed road closures for that average of [[{mn2}]] minutes."),
    ("The basketball star earns [[{eur1}]] a week under his new contract.",
     "Team-mates on the minimum wage are said to resent his weekly [[{eur2}]]."),
    ("Drone surveys have counted [[{c1}]] nesting pairs of eagles in the park.",
     "Rangers are protecting the nests of all [[{c2}]] pairs around the clock."),
    ("The hurricane destroyed [[{c1}]] fishing boats in the harbour.",
     "Owners of the [[{c2}]] wrecked vessels are waiting for government compensation."),
    ("The cyclist who died in the crash was [[{age1}]], police said.",
     "Friends of the [[{age2}]]-year-old left flowers at the junction."),
    ("The tower block has [[{c1}]] storeys.",
     "Firefighters had to climb all [[{c2}]] floors on foot when the lifts failed."),
    ("The school's debate team scored [[{pts1}]] points in the national final.",
     "No team had ever matched their score of [[{pts2}]]."),
    ("Divers brought up [[{c1}]] cannons from the sunken warship.",
     "Conservators say the guns, [[{c2}]] of them, are in remarkable condition."),
    ("The village has been without a doctor for [[{wk1}]] weeks.",
     "Patients say the gap, now [[{wk2}]] weeks long, has forced them to travel to the city."),
    ("The navy has bought [[{c1}]] patrol boats from a foreign yard.",
     "The purchase of [[{c2}]] vessels is the largest in a generation."),
    ("A sponsored swim raised [[{gbp1}]] for the children's ward.",
     "The organiser, {person}, said she had expected half as much.",
     "The ward will spend the money, [[{gbp2}]], on new cots."),
    ("The factory employed [[{hh1}]] people before it closed.",
     "The loss of those [[{hh2}]] jobs has devastated the town."),
    ("The new cycle path is [[{km1}]] kilometres long.",
     "Riders can now cover the whole [[{km2}]] km without meeting a car."),
    ("The glacier lost [[{mm1}]] millimetres of thickness in a single summer.",
     "Scientists called the melt, [[{mm2}]] mm in three months, alarming."),
    ("The protest brought [[{th1}]] people onto the streets of the capital.",
     "Organisers said that turnout, [[{th2}]], exceeded their hopes."),
    ("The airliner levelled off at [[{ft1}]] feet after an emergency descent.",
     "It held that altitude, [[{ft2}]] feet, until it landed at a diverted airport."),
    ("Ancient woodland makes up [[{pc1}]] of the estate.",
     "Conservationists want that share, [[{pc2}]], protected by law."),
    ("Tankers delivered [[{lt1}]] litres of drinking water to the stricken town.",
     "Residents queued for hours for their part of the [[{lt2}]] litres."),
    ("The marathon team walked [[{mi1}]] miles to raise money for the hospice.",
     "It took them four days to cover the distance of [[{mi2}]] miles."),
    ("Volunteers cleared [[{tn1}]] tonnes of rubbish from the beaches in {month}.",
     "The clean-up, [[{tn2}]] tonnes of it, filled forty skips."),
    ("The wrecked container ship was carrying [[{tn1}]] tonnes of grain.",
     "Salvors must pump out the [[{tn2}]]-tonne cargo before the ship can be moved."),
    ("The missing walker is [[{age1}]] years old, police said.",
     "Search teams described the [[{age2}]]-year-old as an experienced hiker."),
    ("The property firm was fined [[{usd1}]] for ignoring fire-safety orders.",
     "Tenants said the penalty of [[{usd2}]] would not change its behaviour."),
    ("The cloudburst dropped [[{mm1}]] millimetres of rain on the town in an hour.",
     "Drains could not cope with the downpour, [[{mm2}]] mm in all."),
    ("The blackout in the eastern suburbs lasted [[{hr1}]] hours.",
     "Residents said nobody from the power company contacted them during those [[{hr2}]] hours."),
    ("Firefighters spent [[{hr1}]] hours bringing the moorland blaze under control.",
     "Crews were exhausted by the end of the operation, which took [[{hr2}]] hours."),
    ("The opera runs for [[{mn1}]] minutes without an interval.",
     "Critics praised the cast for holding the audience for [[{mn2}]] minutes."),
    ("Entry to the castle costs [[{pr1}]] for adults.",
     "Local families complained that the [[{pr2}]] charge was beyond them."),
    ("The militia now holds [[{pc1}]] of the province.",
     "Diplomats fear the group will use its hold on [[{pc2}]] of the land as a bargaining chip."),
    ("Officials recorded [[{th1}]] new business start-ups in {month}.",
     "The minister said the tally of [[{th2}]] proved the economy was recovering."),
    ("A group of hospital porters has won [[{usd1}]] on the lottery.",
     "They will share their [[{usd2}]] windfall equally."),
    ("The solo rower spent [[{dy1}]] days crossing the Atlantic.",
     "Her crossing, [[{dy2}]] days from start to finish, raised money for a lifeboat charity."),
    ("The overturned lorry was carrying [[{kg1}]] kilograms of honey.",
     "Firefighters spent the afternoon hosing the [[{kg2}]] kg load off the road."),
    ("The pop star's farewell concerts sold [[{th1}]] tickets in an hour.",
     "Promoters said selling [[{th2}]] seats so quickly was unheard of."),
    ("The village's emergency water tank can hold [[{lt1}]] litres.",
     "Engineers are checking whether its walls can still take [[{lt2}]] litres safely."),
    ("The harvest covered [[{ha1}]] hectares of vineyards.",
     "Growers said the grapes from those [[{ha2}]] hectares were the best in a decade."),
]

FIGURE_NEAR_MISSES = [
    ("Roughly {th1} supporters are expected at the stadium; around {th2} came to the last home game.",),
    ("Somewhere between {c2} and {c1} cars were damaged in the hailstorm, insurers estimate.",),
    ("The number of confirmed cases climbed to {c1} on {day}, from {c2} the day before.",),
    ("Trust in the police stood at {pc1} in {year}, compared with {pc2} in {prev}.",),
    ("The tunnel will be {km1} kilometres long when complete; the first {km2} kilometres are already dug.",),
    ("The bride is {age1} and her maid of honour {age2}.",),
    ("Of the {vt1} postal votes received, {vt2} arrived too late to be counted.",),
    ("Analysts had expected exports to rise by {pc1}; in the event they rose by {pc2}.",),
    ("The organisers said {th1} people joined the march; the police put the number at {th2}.",),
    ("The full course is {km1} km and the fun run {km2} km.",),
    ("The prison has {hh1} cells, {hh2} of them in the new block.",),
    ("The museum's renovation budget is {usd1}, of which {usd2} has been spent.",),
    ("Up to {c1} dolphins may have died in the algal bloom, marine biologists fear.",
     "So far {c2} bodies have washed ashore."),
    ("The prototype car reached {spd1} km/h on the test track and {spd2} km/h in the road trial.",),
    ("The adult panda weighed {kg1} kilograms and the cub {kg2}.",),
    ("The zoo welcomed {th1} visitors in {year} and {th2} in {prev}.",),
    ("As many as {hh1} posts could be cut, the university warned; {hh2} staff have already left.",),
    ("The board voted {c1} to {c2} to approve the merger.",),
    ("The men's team scored {pts1} points over the season and the women's team {pts2}.",),
    ("The tribunal awarded {gbp1}; on appeal the award was cut to {gbp2}.",),
    ("The ferry crossing takes {mn1} minutes; the hovercraft takes {mn2}.",),
    ("The defendant is {age1}; his co-accused is {age2}.",),
    ("The roof repairs could cost about {eur1}, the architect reckons.",
     "A first quote had come in at {eur2}."),
    ("Bus drivers in the city struck for {wk1} weeks and those in the suburbs for {wk2}.",),
    ("A poll by {org} suggests {pc1} of parents favour a longer school day.",
     "A survey for the head teachers, by {person}, put support at {pc2}."),
    ("The drug cut hospital admissions by {pc1} in older patients and by {pc2} in younger ones.",),
    ("The airport hopes to handle {th1} flights a year; in {prev} it handled {th2}.",),
    ("Initially {c1} sailors were unaccounted for; by morning {c2} were still missing.",),
    ("It was {tc1} degrees inland and {tc2} degrees by the sea.",),
    ("The council approved {hh1} planning applications in {year} and {hh2} in {prev}.",),
    ("The proposed name won {vt1} votes in the online poll and the runner-up {vt2}.",),
    ("The nature reserve covers {ha1} hectares, {ha2} of them wetland.",),
    ("The builder says he is owed {usd1}; the client admits to owing {usd2}.",),
    ("Forecasters warned of up to {mm1} millimetres of rain; in the end {mm2} fell.",),
    ("A pint costs {pr1} in the city centre and {pr2} in the suburbs.",),
    ("The prosecution asked for {yr1} years in jail; the judge imposed {yr2}.",),
    ("The virus infected {c1} passengers on the cruise, {c2} of whom needed hospital care.",),
    ("The stadium will seat {th1} once the roof is finished; at present it seats {th2}.",),
    ("The jet is rated to {ft1} feet but normally flies at {ft2}.",),
    ("The barge held {lt1} litres of diesel, of which {lt2} escaped.",),
    ("Rainfall in {month} reached {mm1} mm in the mountains and {mm2} mm on the plains.",),
    ("The striker's fee could climb to {eur1}, with {eur2} paid up front.",),
    ("The first lockdown lasted {dy1} days and the second {dy2}.",),
    ("The last runner home took {mn1} minutes and the winner {mn2}.",),
    ("Their best score this term was {pts1} and their worst {pts2}.",),
    ("Rents rose by {pc1} in the capital and by {pc2} elsewhere.",),
    ("The train can reach {spd1} km/h on open track but slows to {spd2} km/h on the viaduct.",),
    ("The old coast road was {mi1} miles long; the new bypass shortens the trip to {mi2}.",),
    ("The mine produced {tn1} tonnes of copper in {year} and {tn2} tonnes in {prev}.",),
    ("The barge can carry {tn1} tonnes; the load it took on {day} weighed {tn2}.",),
    ("The plan is to replant {ha1} hectares of forest; {ha2} have been planted so far.",),
    ("Water was off for {hr1} hours in the old town and {hr2} in the new estates.",),
    ("The negotiators said talks might run for {hr1} hours; they broke up after {hr2}.",),
    ("The elder of the two sisters is {age1}; the younger is {age2}.",),
]

#: read by the harness and the tests as attributes of this module
_KIT_EXPORTS = (value_of,)
