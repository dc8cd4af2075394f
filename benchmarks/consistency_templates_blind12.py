"""Blind12: a twelfth independent held-out set of injected internal-consistency templates.

Used by ``benchmarks/consistency_injection.py --split blind12`` (all templates of
this module, with the context functions of this module).

Written on 2026-11-24 (started 06:27:21 UTC, ``date -u``) by an independent
tester, on branch ``cblind12`` (worktree /work/wt/cblind12) from base commit
ff70e9452ce073fafe8d341d183f40611b554d0b (``git rev-parse HEAD``), from the
brief's definition of the two kinds only: ``name_inconsistency`` (the same
person introduced by full name and later referred to by a variant of the
surname: a letter changed, doubled or dropped, two letters swapped, or a
transliteration variant -- Arabic, Chinese, Korean, Japanese, Russian/Ukrainian,
Indian, Greek, Persian, Hebrew, Turkish, Vietnamese, Polish, Hungarian, Thai,
Georgian; near-misses: two different people with similar names, both
introduced, relatives sharing a surname, a place, company, ship or product
named like a person, a person with a title then surname only, spelt
consistently) and ``conflicting_figures`` (one quantity stated as fact with two
different numbers in one article, in varied wording -- digits and number words;
counts, money, percentages, measures, durations, ages, speeds, distances,
prices, scores, votes, areas, weights; referred back with a different noun, a
pronoun, "the figure", "that sum", a hyphenated compound, an appositive;
near-misses: hedged or estimated figures, ranges, updates, different
occasions/places/groups/years, parts of a whole, forecasts or targets against
outcomes, two named sources that disagree).
Fresh: this set never went through the detector; it is to be scored once, on
the code at the end of session 16, as the "before" of session 17's rounds, and
never used to tune.

What the author read: the brief; ``date -u``, ``git status`` and ``git
rev-parse HEAD`` of the worktree (clean), ``ls`` of benchmarks/ and tests/
(file names only) and ``wc -l`` of blind11's template module and of
tests/consistency_template_checks.py; benchmarks/consistency_templates_blind11.py
(whole file: header, people lists, helpers, context functions and all four
template lists -- none of its sentences, people, places, organisations or name
pairs is reused here), plus ``grep -n`` of its line numbers for the machinery
section that was copied; tests/consistency_template_checks.py and
tests/test_consistency_templates_blind11.py (whole files); in
benchmarks/consistency_injection.py only the output of ``grep -n
"blind11\\|BLIND11\\|def sets_for\\|choices=\\|^SPLITS"`` (before the wiring)
and of ``grep -n "blind12"`` (after it).  The ``sed`` wiring of ``blind12`` was
scripted and checked with ``grep -n`` only; ``git diff`` of the harness was not
displayed, so nothing else of it was seen, by accident or otherwise, and the
file was only byte-compiled (``python -m py_compile``, its ``__pycache__``
deleted), never run.  Nothing else was seen by accident.
Not read, grepped, imported or run: src/reliability/, features/, docs/,
README.md, benchmarks/results/, any other tests/test_consistency* file or test
about names, the templates of blind2 to blind10, any git history;
``reliability.score`` was never called and the detector was never run on these
templates.  tests/test_consistency_templates_blind12.py imports the harness
module to check the ``blind12`` wiring (the harness's lists are never printed
or inspected), and loads blind11's module to check that no person, surname
pair, place, organisation or template sentence is shared with it (earlier sets
could not be checked, as their templates were not to be read; the brief's
example pairs Mohammed/Muhammad, Young/Yang and Tchaikovsky/Chaikovsky, and
every pair named in blind11, were deliberately not used).  The author ran only
the well-formedness test of this set, which runs no detector.

The helpers for spelling numbers and for the mechanical misspellings
(``_change``, ``_swap``, ``_drop``, ``_double``, ``spell``, ``value_of``,
``_pair``, ``_round_pair``, ``_styled``), ``name_context``,
``name_near_context`` and the context-function signatures are blind11's
(themselves blind10's), with two changes to ``_figures``: prices ``pr`` now
run from $1.50 to $18.00 (tickets, pints, sandwiches), and a family ``hr``
(hours, 2 to 72, digits or words like the small counts) is added.  All people,
places, organisations, titles, roles, name pairs and sentences are new.  This
set has 61 name templates, 73 figure templates, 48 name near-misses and 54
figure near-misses.

Conventions (those of the harness, as in blind3 to blind11): a template is a
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
    ("Humphrey", "Ravenscroft", "m"), ("Octavia", "Thistlewood", "f"), ("Chidi", "Okonkwo", "m"),
    ("Bronwen", "Llewellyn", "f"), ("Cosimo", "Bellandini", "m"), ("Solveig", "Haraldsen", "f"),
    ("Aurelio", "Castellanos", "m"), ("Henrietta", "Goldthorpe", "f"), ("Ambrose", "Tattersall", "m"),
    ("Wilhelmina", "Brockhurst", "f"), ("Emeka", "Obiakor", "m"), ("Rosalba", "Mastrangelo", "f"),
    ("Fridtjof", "Sandberg", "m"), ("Sigrid", "Vestergaard", "f"), ("Inigo", "Arrizabalaga", "m"),
    ("Mildred", "Satterthwaite", "f"), ("Milorad", "Jovanovic", "m"), ("Akosua", "Boateng", "f"),
    ("Rupert", "Molyneux", "m"), ("Hannelore", "Kirchberger", "f"), ("Fabrizio", "Cantarella", "m"),
    ("Ainhoa", "Etxeberria", "f"), ("Caspar", "Whitmore", "m"), ("Solange", "Delacroix", "f"),
    ("Tibor", "Halmagyi", "m"), ("Nomvula", "Dlamini", "f"), ("Lancelot", "Mountjoy", "m"),
    ("Morwenna", "Trevithick", "f"), ("Kwabena", "Owusu", "m"), ("Philippa", "Gunnersbury", "f"),
    ("Przemek", "Zielinski", "m"), ("Lavinia", "Cholmondley", "f"), ("Ferdinand", "Auerbacher", "m"),
    ("Chiamaka", "Nwachukwu", "f"), ("Algernon", "Pettigrew", "m"), ("Ragnhild", "Bjornstad", "f"),
    ("Lucien", "Fontainebleau", "m"), ("Bernadette", "Mulcahy", "f"),
]

# (first name, surname, transliteration/spelling variant, "m"/"f"): one name, two
# romanisations or spellings (Arabic, Russian/Ukrainian, Chinese, Korean, Japanese, Indian,
# Greek, Persian, Hebrew, Turkish, Vietnamese, Polish, Hungarian, Thai, Georgian).
TRANSLITERATIONS_PEOPLE = [
    # Arabic
    ("Karim", "Haddad", "Hadad", "m"), ("Hala", "Shaker", "Chaker", "f"), ("Yasser", "Mansour", "Mansur", "m"),
    ("Mona", "Ezzeldin", "Izzeldin", "f"), ("Khaled", "Abdallah", "Abdullah", "m"),
    # Russian / Ukrainian
    ("Dmitri", "Fyodorov", "Fedorov", "m"), ("Oksana", "Kravchenko", "Krawczenko", "f"),
    ("Yevgeny", "Tkachev", "Tkachyov", "m"), ("Olena", "Shevchuk", "Ševčuk", "f"),
    ("Nikolai", "Vorobyov", "Vorobiev", "m"),
    # Chinese (pinyin vs Wade-Giles)
    ("Jun", "Xu", "Hsu", "m"), ("Ling", "Qian", "Chien", "f"), ("Hao", "Jiang", "Chiang", "m"),
    ("Yan", "Zhuang", "Chuang", "f"),
    # Korean
    ("Hyun-woo", "Jung", "Chung", "m"), ("Eun-ji", "Gwak", "Kwak", "f"), ("Dong-hyun", "Roh", "Noh", "m"),
    # Japanese (long vowels written or not, Nihon-shiki)
    ("Kenji", "Satoh", "Sato", "m"), ("Yumiko", "Itoh", "Ito", "f"), ("Takeshi", "Ohno", "Ono", "m"),
    ("Ryota", "Tsuchiya", "Tutiya", "m"),
    # Indian
    ("Rajesh", "Chaudhary", "Choudhury", "m"), ("Priya", "Srivastava", "Shrivastava", "f"),
    ("Arjun", "Bhattacharya", "Bhattacharjee", "m"),
    # Greek
    ("Nikos", "Georgiou", "Yeoryiou", "m"), ("Katerina", "Christodoulou", "Hristodoulou", "f"),
    ("Yannis", "Papandreou", "Papandreu", "m"),
    # Persian
    ("Farhad", "Rezaei", "Rezaie", "m"), ("Parisa", "Khosravi", "Khosrawi", "f"), ("Dariush", "Ghorbani", "Qorbani", "m"),
    # Hebrew
    ("Avi", "Shapira", "Schapira", "m"), ("Yael", "Chaimovich", "Haimovich", "f"),
    # Turkish
    ("Mehmet", "Yılmaz", "Yilmaz", "m"), ("Elif", "Çelik", "Celik", "f"), ("Kerem", "Doğan", "Dogan", "m"),
    # Vietnamese
    ("Hoa", "Trần", "Tran", "f"), ("Tuan", "Đinh", "Dinh", "m"), ("Linh", "Hoàng", "Hoang", "f"),
    # Polish
    ("Krzysztof", "Wróbel", "Wrobel", "m"), ("Małgorzata", "Dąbrowska", "Dabrowska", "f"),
    # Hungarian
    ("Gábor", "Kovács", "Kovacs", "m"), ("Zsófia", "Szőke", "Szoke", "f"),
    # Thai
    ("Somchai", "Srisuk", "Srisook", "m"), ("Malee", "Chaiyaporn", "Chaiyaphon", "f"),
    # Georgian
    ("Giorgi", "Kvaratskhelia", "Kvaratshelia", "m"), ("Levan", "Tsiklauri", "Ciklauri", "m"),
]
TRANSLITERATIONS = [(surname, variant) for _, surname, variant, _ in TRANSLITERATIONS_PEOPLE]

# Pairs of real, different surnames that look alike (two people, each introduced in full).
LOOKALIKE_SURNAMES = [
    ("Philips", "Phillips"), ("Mathews", "Matthews"), ("Neal", "Neil"), ("Grey", "Gray"), ("Smyth", "Smith"),
    ("Macdonald", "McDonald"), ("Reilly", "Riley"), ("Snyder", "Schneider"), ("Schmitt", "Schmidt"),
    ("Lyons", "Lyon"), ("Nicholls", "Nichols"), ("Dunn", "Dunne"), ("Hart", "Harte"), ("Price", "Pryce"),
    ("Griffiths", "Griffith"), ("Andersen", "Anderson"), ("Jensen", "Jenson"), ("Kelley", "Kelly"),
    ("Foster", "Forster"), ("Mills", "Miles"),
]
# (surname, place with a similar name)
PLACE_SURNAMES = [
    ("Hatherley", "Hatherleigh"), ("Burford", "Burford Mill"), ("Marlowe", "Marlow Bottom"),
    ("Aldridge", "Aldridge Heath"), ("Sutton", "Sutton Bassett"), ("Langley", "Langley Marsh"),
    ("Felton", "Felton Cross"), ("Whitby", "Whitby Haven"), ("Hexham", "Hexham Moor"), ("Ripley", "Ripleigh"),
]
# (surname, company named like a person)
COMPANY_SURNAMES = [
    ("Pickering", "Pickerings Joinery"), ("Haworth", "Haworths Plumbing"), ("Cheetham", "Cheethams Bakery"),
    ("Dewhurst", "Dewhursts Butchers"), ("Farrow", "Farrows Garden Centre"), ("Blackburn", "Blackburne Haulage"),
    ("Thackeray", "Thackerays Opticians"), ("Ogden", "Ogdens Funeral Services"),
]
# (surname, product named like a person)
PRODUCT_SURNAMES = [
    ("Hartley", "the Hartly air fryer"), ("Sheridan", "the Sheriden tablet"), ("Dalton", "the Daltone treadmill"),
    ("Maxwell", "the Maxwel baby monitor"), ("Conway", "the Conwey electric scooter"),
    ("Wilder", "the Wylder tent"), ("Barrington", "the Barington dishwasher"),
]
# (surname, ship named like a person)
SHIP_SURNAMES = [
    ("Callaghan", "the trawler Callahan Pride"), ("Montague", "the ferry Montagu Princess"),
    ("Fletcher", "the tug Flecher"), ("Donovan", "the cargo ship Donavan Star"),
    ("Kingsley", "the lifeboat Kingsly Hope"),
]
GIVEN_NAMES = ["Alistair", "Bathsheba", "Cedric", "Delphine", "Edmund", "Felicity", "Gideon", "Hermione", "Ivor",
               "Juniper", "Lysander", "Mirabel", "Norbert", "Ottilie", "Piers", "Rosalind", "Silas", "Tabitha",
               "Ulric", "Verity", "Wystan", "Xanthe"]
PLACES = ["Thornbury Magna", "Little Rissington", "Abermorlais", "Carrickduff", "Ravensworth Cross",
          "Villeneuve-sur-Loiret", "Glenstrathy", "Polwenna", "Oakhanger", "Saltmarsh End", "Kilbarrack Bay",
          "Monteverdi Basso"]
ORGANISATIONS = ["the ambulance service", "the farmers' union", "the water regulator", "the nurses' college",
                 "the charity commission", "the port authority", "the environment agency", "the bar council",
                 "the lifeboat institution", "the national archive", "the taxi drivers' association",
                 "the competition authority"]
ROLES = ["a spokeswoman for", "the director of", "a barrister for", "the chair of", "a statistician at",
         "the press officer at", "the treasurer of", "a consultant to"]
TITLES_M = ["Mr.", "Dr.", "Professor", "Alderman", "Inspector", "Rabbi", "Major"]
TITLES_F = ["Ms.", "Dr.", "Professor", "Alderman", "Inspector", "Mrs.", "Major"]
FIGURE_PEOPLE = ["Amabel Thornquist", "Benedict Oyelaran", "Cordelia Vasquez-Hale", "Desmond Ferreira",
                 "Eleanora Pask", "Florian Achterberg", "Gwendolyn Mbeki-Shaw", "Hugo Lindemann",
                 "Isadora Kettering", "Julius Abernethy"]


# The context functions: the kit's (session 25; this set carried a verbatim copy of them before).
name_context, name_near_context, figure_context, figure_near_context = contexts(globals(), buildings=False)


# --------------------------------------------------------- name templates

NAME_TEMPLATES = [
    ("The harbour diver [[{full}]] recovered the sunken bell from the wreck on {day}.",
     "Historians say [[{var}]] has solved a mystery that lasted a century."),
    ("[[{full}]], a potter from {town}, has been commissioned to make a dinner service for the embassy.",
     "Each plate is thrown by hand, and [[{var}]] expects the work to take until {month}."),
    ("Police have arrested [[{full}]] on suspicion of running a fake ticket website.",
     "{title} [[{var}]] is due before magistrates on {day}."),
    ("The striker [[{full}]] scored a hat-trick in the derby.",
     "The home fans chanted [[{var}]]'s name long after the final whistle."),
    ("The virologist [[{full}]] said on {day} that the new variant spreads faster but is no more severe.",
     "Booster uptake, according to [[{var}]], remains the priority."),
    ("A bus driver, [[{full}]], steered {her} vehicle into a hedge after feeling faint at the wheel.",
     "Passengers said [[{var}]] had slowed the bus to walking pace before it left the road."),
    ("[[{full}]] has been appointed principal dancer of the national ballet.",
     "Critics have called [[{var}]] the finest dancer of {her} generation."),
    ("The mayor of {town}, [[{full}]], has vetoed the council's budget.",
     "Councillors say [[{var}]] overstepped {her} powers."),
    ("A shepherd, [[{full}]], lost sixty ewes when a loose dog got into the field.",
     "The dog's owner has offered to pay, but [[{var}]] says money will not replace the flock."),
    ("[[{full}]], {role} {org}, said the new rules would come into force in {month}.",
     "Critics, [[{var}]] added, had misunderstood the proposals."),
    ("Wicketkeeper [[{full}]] took six catches in the first innings.",
     "Selectors have been watching [[{var}]] all season."),
    ("A night porter, [[{full}]], raised the alarm when smoke filled a hotel corridor.",
     "Guests say [[{var}]] knocked on every door on the floor."),
    ("The palaeontologist [[{full}]] has identified a new species of dinosaur from a single tooth.",
     "Other experts want to see more evidence, but [[{var}]] is confident."),
    ("The tribunal has ruled in favour of [[{full}]], a warehouse worker sacked for joining a union.",
     "The company must pay [[{var}]] compensation."),
    ("The window cleaner [[{full}]] spotted flames through a fourth-floor window.",
     "Firefighters said [[{var}]] had probably saved the tenant's life."),
    ("The head teacher [[{full}]] has been suspended over exam irregularities.",
     "Parents have started a petition in support of [[{var}]]."),
    ("Free diver [[{full}]] reached a record depth off the coast on {day}.",
     "Safety divers met [[{var}]] on the way back up."),
    ("The accountant [[{full}]] told investigators that the company kept two sets of books.",
     "Prosecutors will call [[{var}]] as their first witness."),
    ("[[{full}]] has run the chip shop on the seafront in {town} since leaving school.",
     "Regulars say nobody fries haddock like [[{var}]]."),
    ("The glassblower [[{full}]] has restored the cathedral's rose window.",
     "The work took [[{var}]] three years."),
    ("The envoy [[{full}]] arrived in the capital on {day} for talks on a ceasefire.",
     "Rebel leaders have agreed to meet [[{var}]] on neutral ground."),
    ("[[{full}]], a van driver, pulled two children from a burning car on the bypass.",
     "Their mother said she would never forget what [[{var}]] did."),
    ("The snooker player [[{full}]] made a maximum break in the quarter-final.",
     "It was the first of [[{var}]]'s career."),
    ("An environmental health officer, [[{full}]], found rat droppings in the restaurant's kitchen.",
     "The owners are appealing against the closure order that [[{var}]] issued."),
    ("A dinner lady in {town}, [[{full}]], has served school lunches for forty years.",
     "Former pupils threw a surprise party for [[{var}]] on {day}."),
    ("Cycling campaigners have chosen [[{full}]] to lead their national ride.",
     "[[{var}]] plans to ride the length of the country in {month}."),
    ("The violinist [[{full}]] had {her} bow stolen from a dressing room.",
     "A reward has been offered, and [[{var}]] has appealed for its return."),
    ("The pathologist [[{full}]] told the inquest that the injuries were consistent with a fall.",
     "The family's barrister challenged [[{var}]]'s findings."),
    ("A dairy farmer, [[{full}]], has been ordered to rebuild a collapsed boundary wall.",
     "The court gave [[{var}]] until {month}."),
    ("The singer [[{full}]] has postponed {her} farewell concert.",
     "Fans were told that [[{var}]] had a chest infection."),
    ("Air traffic controller [[{full}]] talked a passenger into landing a light aircraft after the pilot collapsed.",
     "The passenger, who had never flown before, said [[{var}]]'s voice kept him calm."),
    ("[[{full}]] has been elected president of the students' union.",
     "Turnout was low, but [[{var}]] won comfortably."),
    ("Marine biologist [[{full}]] has filmed a giant squid in the deep ocean.",
     "The footage, [[{var}]] said, shows it hunting."),
    ("The diocese has cleared [[{full}]], a vicar, of wrongdoing.",
     "Worshippers welcomed [[{var}]] back on {day}."),
    ("The cardiologist [[{full}]] fitted the smallest pacemaker ever made into a newborn.",
     "The baby's parents say [[{var}]] gave them hope."),
    ("Para-athlete [[{full}]] won the javelin at the national championships.",
     "[[{var}]] threw a personal best with {her} final attempt."),
    ("The botanist [[{full}]] has found a rare orchid on a railway embankment.",
     "Network engineers have agreed to fence it off at [[{var}]]'s request."),
    ("Lawyers for [[{full}]] will argue that the search of the car was unlawful.",
     "If the judge agrees, the case against [[{var}]] may collapse."),
    ("A security guard, [[{full}]], handed in a wallet stuffed with banknotes.",
     "Its owner, a tourist, has sent [[{var}]] a thank-you card."),
    ("The documentary maker [[{full}]] has won a prize for a film about dockers' wives.",
     "Judges said [[{var}]]'s film was unflinching."),
    ("The tugboat skipper [[{full}]] towed the drifting tanker away from the rocks.",
     "The shipping minister phoned [[{var}]] on {day} to offer thanks."),
    ("[[{full}]], the valley's last thatcher, is training two apprentices.",
     "Demand for [[{var}]]'s work has never been higher."),
    ("A review led by [[{full}]] of {org} has found that complaints were ignored.",
     "Managers have accepted all of [[{var}]]'s recommendations."),
    ("The test pilot [[{full}]] ejected safely when the prototype lost power.",
     "Investigators will interview [[{var}]] on {day}."),
    ("The novelist [[{full}]] has withdrawn from the book festival.",
     "Organisers said [[{var}]] had pulled out for personal reasons."),
    ("Divers found [[{full}]] alive in an air pocket inside the capsized boat.",
     "{She} had been there for a day and a half.",
     "Medics said [[{var}]] was cold but conscious."),
    ("The greenkeeper at the golf club, [[{full}]], has won an award for the state of the course.",
     "Members say [[{var}]] knows every blade of grass."),
    ("The rail union's leader, [[{full}]], called off the strike late on {day}.",
     "Commuters have [[{var}]] to thank for a normal week."),
    ("Glaciologist [[{full}]] has returned from six months on the Antarctic ice.",
     "The cores [[{var}]] brought back are the oldest yet recovered."),
    ("[[{full}]] lost {her} shoe shop when the high street flooded.",
     "Neighbours have raised money to help [[{var}]] reopen."),
    ("The border guard [[{full}]] found twelve people hidden in a refrigerated lorry.",
     "All were alive thanks to [[{var}]]'s quick thinking."),
    ("A hospital porter, [[{full}]], has been named employee of the year by the health board.",
     "Patients nominated [[{var}]] for always finding time to chat."),
    ("Mountain biker [[{full}]] broke a collarbone in a crash on the final run.",
     "[[{var}]] still hopes to compete at the world championships."),
    ("Magistrates have disqualified [[{full}]] from driving.",
     "A speed camera caught {hon} [[{var}]] at twice the limit outside a primary school."),
    ("The archivist [[{full}]] has found a diary kept by a nurse in the First World War.",
     "It had been misfiled, [[{var}]] said, in a box of parish accounts.",
     "The diary will go on display in {month}."),
    ("The founder of a meal-kit company, [[{full}]], has stepped down.",
     "Investors had lost confidence in [[{var}]], according to people close to the board."),
    ("A teaching assistant, [[{full}]], has won an appeal against {her} dismissal.",
     "The school must reinstate [[{var}]].",
     "It has said it will comply."),
    ("Radio presenter [[{full}]] has signed off after thirty years on the breakfast show.",
     "Callers queued to wish {first} [[{var}]] well."),
    ("A ski patroller, [[{full}]], dug out a snowboarder buried in an avalanche.",
     "The snowboarder said [[{var}]] reached him within minutes."),
    ("[[{full}]], who came to {town} as an asylum seeker, has opened a second restaurant.",
     "Customers queue for [[{var}]]'s lamb stew."),
    ("The leader of the search team, [[{full}]], called off the hunt at dusk.",
     "It will resume at first light, {title} [[{var}]] said."),
]

NAME_NEAR_MISSES = [
    ("{a} and {b} have been shortlisted for the headship.",
     "The governors will interview {sa} on {day} and {sb} the following week."),
    ("The rival bakers {a} and {b} both entered the county show.",
     "{sb}'s sourdough beat {sa}'s rye."),
    ("{a} and {r}, who are related by marriage, share an allotment.",
     "{fa} grows the beans and {fr} the potatoes."),
    ("A landslip has closed the only road into {place}.",
     "{c}, who farms nearby, said {sc} had warned the council for years."),
    ("{d} says {sd} is often mistaken for the owner of {company}.",),
    ("The regulator has ordered checks on {product} after a battery fire.",
     "{e}, a fire investigator, said {se} had seen similar cases."),
    ("{ship} limped into port with a damaged rudder on {day}.",
     "{f}, the port's duty manager, said {sf} had sent tugs to meet her."),
    ("Dr. {sb} has been appointed medical director.",
     "Staff say Dr. {sb} is a good listener."),
    ("The architects {a} and {b} designed the new library together.",
     "{sb} drew the facade; {sa} did the interiors."),
    ("{a} has taken over the family bakery from {r}.",
     "{fr} {sa} opened it after the war."),
    ("The inspector, {a}, toured {place} on {day}.",
     "{sa} said the bypass route would be decided by {month}."),
    ("{company} has gone into administration.",
     "{d}, a creditor, said {sd} was owed thousands."),
    ("{a} was sworn in as a judge on the same day as {b}.",
     "{sa} and {sb} trained in the same chambers."),
    ("Coastguards were called when {ship} lost power in the strait.",
     "{f}, the skipper of a nearby yacht, said {sf} stood by until help came."),
    ("{a} and {r}, who are siblings, ran the marathon together.",
     "{fr} crossed the line a minute ahead of {fa}."),
    ("Alderman {sa} wants speed bumps on the school road.",
     "Alderman {sa} said drivers ignore the limit."),
    ("{e} tested {product} for a technology website.",
     "{se} said the battery life was poor."),
    ("The candidates {a} and {b} clashed at the hustings.",
     "{sa} accused {sb} of ignoring rural areas."),
    ("Residents of {place} say the new flight path is unbearable.",
     "{c}, a retired pilot, said {sc} had measured the noise."),
    ("{company} is to open a new depot in {town}.",
     "{d}, the council's planning chair, said {sd} had no objections."),
    ("Professor {sb} has won the society's gold medal.",
     "Colleagues said Professor {sb} deserved it years ago."),
    ("{a} and {r}, who are cousins, were both elected to the council.",
     "{fa} represents the north ward and {fr} the south."),
    ("The lifeboat crew reached {ship} as she began to list.",
     "{f}, the coxswain, said {sf} had never seen seas like it."),
    ("Two paramedics, {a} and {b}, were attacked while treating a patient.",
     "{sa} suffered a broken wrist and {sb} cuts to the face."),
    ("{a} and {b} opened the bowling.",
     "{sb} took three wickets and {sa} two."),
    ("{c} was born in {place} and runs its post office.",
     "{sc} says the village needs a better bus service."),
    ("Sales of {product} have doubled since {month}.",
     "{e}, a market analyst, said {se} expected the trend to continue."),
    ("The coroner {a} recorded a verdict of misadventure.",
     "{sa} said the quarry should have been fenced."),
    ("The twins {a} and {r} both passed their driving tests on {day}.",
     "{fr} passed first time; {fa} at the third attempt."),
    ("{d} once worked as a driver for {company}.",),
    ("Two historians, {a} and {b}, disagree about the date of the battle.",
     "{sa} says spring; {sb} says autumn."),
    ("The painter {a} is engaged to the musician {b}.",
     "{sb} and {sa} met at a gallery opening."),
    ("Inspector {sa} found the missing dog.",
     "The owners thanked Inspector {sa} in a letter to the local paper."),
    ("The ferry to {place} has been cancelled for the winter.",
     "{c}, a councillor there, said {sc} had been promised a replacement."),
    ("{a} and {r} inherited the farm jointly.",
     "{fa} runs the dairy herd and {fr} the holiday cottages."),
    ("{ship} docked in {town} for the festival.",
     "{f}, who runs the harbour café, said {sf} had sold out of pasties."),
    ("{a} and {b} shared the prize for physics.",
     "{sa}'s experiments confirmed {sb}'s theory."),
    ("{e} has complained to the maker of {product}.",
     "{se} says it stopped working after a week."),
    ("The barristers {a} and {b} faced each other in court on {day}.",
     "{sb} appeared for the prosecution and {sa} for the defence."),
    ("{d}, an electrician, spent two summers working for {company}.",
     "{sd} says callers still ask for the boss."),
    ("Major {sa} has commanded the regiment for three years.",
     "Major {sa} says morale has never been higher."),
    ("{a} has become head of the firm and {r}, an uncle, its chairman.",
     "{fr} said the family was delighted."),
    ("The umpire {a} stopped play for bad light.",
     "{sa} was jeered by the crowd.",
     "The captains later backed {sa}'s decision."),
    ("{a} and {b} have launched a campaign to save the library.",
     "{sb} is collecting signatures and {sa} is lobbying the council."),
    ("Hikers are warned about bogs near {place}.",
     "{c}, a ranger, said {sc} had rescued three walkers this year."),
    ("{ship} is to become a floating museum.",
     "{f}, who captained her for a decade, said {sf} was delighted."),
    ("Rabbi {sb} will lead the memorial service.",
     "Mourners said Rabbi {sb} knew the family well."),
    ("The flood defences at {place} held overnight.",
     "{c}, an engineer, said {sc} was relieved."),
]

# ------------------------------------------------------- figure templates

FIGURE_TEMPLATES = [
    ("Thieves stole [[{c1}]] laptops from the school's computer room on {day}.",
     "The head teacher said insurance would cover the [[{c2}]] machines."),
    ("The landslide buried [[{hh1}]] metres of the coast road.",
     "Contractors say clearing that [[{hh2}]]-metre stretch will take a month."),
    ("Turnout in the referendum was [[{pc1}]], the electoral commission said.",
     "Observers said a turnout of [[{pc2}]] gave the result legitimacy."),
    ("The hostages were held for [[{dy1}]] days.",
     "Freed on {day}, they described the [[{dy2}]]-day ordeal to reporters."),
    ("The teachers' strike closed [[{c1}]] schools in {town}.",
     "Parents scrambled for childcare while the [[{c2}]] schools stayed shut."),
    ("The bride's grandmother, at [[{age1}]], was the oldest guest at the wedding.",
     "Guests sang to the [[{age2}]]-year-old after the speeches."),
    ("The mayor was re-elected with a majority of [[{vt1}]].",
     "Her opponent conceded that [[{vt2}]] votes was too big a gap to challenge."),
    ("The ambulance took [[{mn1}]] minutes to arrive.",
     "The trust has apologised for the [[{mn2}]]-minute delay."),
    ("Border officers seized [[{kg1}]] kilograms of cannabis from a lorry at the port.",
     "The drugs, [[{kg2}]] kilos in all, were hidden among crates of lettuce."),
    ("The roller coaster reaches [[{spd1}]] km/h on its first drop.",
     "That top speed of [[{spd2}]] km/h makes it the fastest ride in the country."),
    ("A painting found in an attic in {town} sold for [[{gbp1}]] on {day}.",
     "The family who found it plan to share the [[{gbp2}]] between three grandchildren."),
    ("A return ticket on the island ferry costs [[{pr1}]].",
     "Islanders say that at [[{pr2}]] a trip, a weekly shop on the mainland is out of reach."),
    ("The chemical plant was closed for [[{wk1}]] weeks after the leak.",
     "Workers were paid throughout the [[{wk2}]]-week shutdown."),
    ("The team scored [[{pts1}]] points in the cup final.",
     "Its total of [[{pts2}]] is a club record for a final."),
    ("The new concert hall seats [[{hh1}]].",
     "Acousticians tuned the room so that each of the [[{hh2}]] seats has a clear sound."),
    ("The hot-air balloon rose to [[{ft1}]] feet above the valley.",
     "At [[{ft2}]] feet, the crew said, the air was thin and bitterly cold."),
    ("The grounded tanker spilled [[{lt1}]] litres of fuel into the harbour.",
     "Clean-up crews have recovered most of the [[{lt2}]] litres."),
    ("Unemployment rose to [[{pc1}]] in {month}.",
     "The minister called the [[{pc2}]] rate disappointing."),
    ("The manager has been at the club for [[{yr1}]] years.",
     "He has won the league twice in his [[{yr2}]]-year reign."),
    ("The storm left [[{th1}]] homes without electricity.",
     "Engineers worked through the night to reconnect the [[{th2}]] households."),
    ("The wildfire has burned [[{ha1}]] hectares of farmland.",
     "Farmers said the [[{ha2}]]-hectare blaze had destroyed a year's harvest."),
    ("The council will borrow [[{usd1}]] to rebuild the sea wall.",
     "Opposition members said the loan, [[{usd2}]], would burden taxpayers for decades."),
    ("The choir has received a bequest of [[{eur1}]] from a former member.",
     "It will use the money, [[{eur2}]], to commission new music."),
    ("The tortoise found in a garden in {town} weighed [[{kg1}]] kilograms.",
     "Vets believe the [[{kg2}]]-kilogram animal is more than a century old."),
    ("Temperatures in {town} reached [[{tc1}]] degrees on {day}, the highest ever recorded there.",
     "Rail lines buckled in the [[{tc2}]]-degree heat."),
    ("The ultramarathon covers [[{km1}]] kilometres of mountain trail.",
     "Only a third of starters finish the [[{km2}]]-kilometre course."),
    ("The pianist was [[{age1}]] when she gave her first public recital.",
     "Playing to a full hall at [[{age2}]] terrified her, she recalls."),
    ("The bill cleared the senate by [[{c1}]] votes.",
     "Supporters celebrated the [[{c2}]]-vote margin late into the night."),
    ("Security staff turned away [[{th1}]] people without tickets at the festival gates.",
     "Those [[{th2}]] would-be revellers were sent back to the station on shuttle buses."),
    ("Knife crime in the city fell by [[{pc1}]] last year.",
     "Police credited the [[{pc2}]] drop to youth clubs."),
    ("The motorcyclist was clocked at [[{spd1}]] km/h on the bypass.",
     "Magistrates said riding at [[{spd2}]] km/h past a school was reckless."),
    ("The panel interviewed [[{c1}]] witnesses.",
     "All [[{c2}]] gave evidence under oath."),
    ("Metal detectorists found [[{hh1}]] bronze arrowheads in a field near {town}.",
     "The find, [[{hh2}]] arrowheads in total, will go to the county museum."),
    ("The pilgrimage lasted [[{wk1}]] weeks.",
     "The pilgrims walked every day of those [[{wk2}]] weeks."),
    ("Residents collected [[{vt1}]] signatures against the incinerator.",
     "It was the biggest petition the council had ever received: [[{vt2}]] signatures."),
    ("The rescue helicopter flew [[{km1}]] kilometres out to sea to reach the yacht.",
     "It was the longest mission of the year, [[{km2}]] km each way."),
    ("A pint at the stadium costs [[{pr1}]].",
     "Supporters' groups said [[{pr2}]] a pint was exploitative."),
    ("The life raft drifted for [[{dy1}]] days before a fishing boat spotted it.",
     "The survivors lived on rainwater for the [[{dy2}]] days."),
    ("The chain will close [[{hh1}]] branches by {month}.",
     "Unions said the [[{hh2}]] closures would cost thousands of jobs."),
    ("The outgoing chairman was given a golden handshake of [[{gbp1}]].",
     "Staff facing pay cuts were furious about the [[{gbp2}]] payout."),
    ("Call handlers took [[{mn1}]] minutes on average to answer emergency calls in {month}.",
     "Managers blamed staff shortages for the [[{mn2}]]-minute average."),
    ("The club pays its star forward [[{eur1}]] a week.",
     "Fans asked whether [[{eur2}]] a week was justified for a player who is often injured."),
    ("Camera traps have recorded [[{c1}]] wild cats in the forest.",
     "Rangers have given names to all [[{c2}]] animals."),
    ("The storm sank [[{c1}]] boats in the marina.",
     "Owners of the [[{c2}]] vessels are still waiting to hear from insurers."),
    ("The victim was [[{age1}]], police said.",
     "Neighbours laid flowers for the [[{age2}]]-year-old outside his home."),
    ("The hotel has [[{c1}]] floors.",
     "Guests on the top floor of the [[{c2}]]-floor building have views of the bay."),
    ("The relay squad scored [[{pts1}]] points across the two-day meet.",
     "No school had reached [[{pts2}]] in the competition's history."),
    ("Divers recovered [[{c1}]] amphorae from the Roman wreck.",
     "The [[{c2}]] jars still held traces of olive oil."),
    ("Residents have been without running water for [[{dy1}]] days.",
     "The water company apologised on {day} for the [[{dy2}]]-day outage."),
    ("The army has bought [[{c1}]] helicopters from an overseas supplier.",
     "Delivery of the [[{c2}]] aircraft will begin in {month}."),
    ("The bake sale raised [[{gbp1}]] for the hospice.",
     "The organiser, {person}, said she was overwhelmed.",
     "Every penny of the [[{gbp2}]] will go to patient care."),
    ("The shipyard employed [[{hh1}]] welders at its peak.",
     "Those [[{hh2}]] men and women built forty ships in a decade."),
    ("The new tram line is [[{km1}]] kilometres long.",
     "Trams will run the length of the [[{km2}]]-kilometre route every six minutes."),
    ("The ice shelf thinned by [[{mm1}]] millimetres in a single month, the satellite data showed.",
     "That [[{mm2}]] mm loss is the fastest ever recorded."),
    ("The rally drew [[{th1}]] people to the main square.",
     "The crowd of [[{th2}]] stretched into neighbouring streets."),
    ("The helicopter was flying at [[{ft1}]] feet when its rotor failed.",
     "It fell from [[{ft2}]] feet into the lake."),
    ("Protected meadows cover [[{pc1}]] of the national park.",
     "Ecologists want that [[{pc2}]] share doubled."),
    ("The fire service pumped [[{lt1}]] litres of floodwater out of the care home.",
     "It took six hours to remove the [[{lt2}]] litres."),
    ("The aid convoy travelled [[{mi1}]] miles through the night to reach the flooded town.",
     "Drivers took turns at the wheel over the [[{mi2}]]-mile journey."),
    ("The recycling centre collected [[{tn1}]] tonnes of plastic in {month}.",
     "It was a monthly record: [[{tn2}]] tonnes."),
    ("The stranded freighter's cargo weighs [[{tn1}]] tonnes.",
     "Salvage teams must lift all [[{tn2}]] tonnes off before the hull can be refloated."),
    ("The escaped prisoner is [[{age1}]] years old.",
     "Police have warned the public not to approach the [[{age2}]]-year-old."),
    ("The developer was fined [[{usd1}]] for demolishing a listed building.",
     "Heritage groups said [[{usd2}]] was a slap on the wrist."),
    ("The storm dumped [[{mm1}]] millimetres of rain on the valley overnight.",
     "Rivers burst their banks under the [[{mm2}]] mm deluge."),
    ("The power cut lasted [[{hr1}]] hours.",
     "Freezers in the supermarket failed during the [[{hr2}]]-hour blackout."),
    ("Firefighters battled the warehouse blaze for [[{hr1}]] hours.",
     "By the time it was out, after [[{hr2}]] hours, the roof had collapsed."),
    ("The director's new film runs for [[{mn1}]] minutes.",
     "Critics said half an hour could have been cut from its [[{mn2}]] minutes."),
    ("A ticket to the science museum costs [[{pr1}]] for adults.",
     "Families complained that [[{pr2}]] per adult was too steep."),
    ("The rebels control [[{pc1}]] of the country's territory.",
     "Government forces have failed to retake any of that [[{pc2}]]."),
    ("The agency counted [[{th1}]] asylum applications in {month}.",
     "The figure, [[{th2}]], was the highest for a single month."),
    ("A syndicate of office cleaners has won [[{usd1}]] on the lottery.",
     "The twelve members will split that [[{usd2}]] equally."),
    ("The round-the-world yachtswoman was at sea for [[{dy1}]] days.",
     "She said the hardest of the [[{dy2}]] was the last, when her autopilot failed."),
    ("The lorry was carrying [[{kg1}]] kilograms of live lobsters when it overturned.",
     "Passers-by helped gather up the [[{kg2}]] kg of shellfish."),
]

FIGURE_NEAR_MISSES = [
    ("About {th1} fans are thought to have travelled to the final; last season around {th2} made the trip.",),
    ("Between {c2} and {c1} homes were flooded, the council estimates.",),
    ("The death toll rose to {c1} on {day}, up from {c2} a day earlier.",),
    ("Approval of the mayor stood at {pc1} in {year}, against {pc2} in {prev}.",),
    ("The bypass will be {km1} kilometres long when finished; the first {km2} kilometres open in {month}.",),
    ("The captain is {age1} and the vice-captain {age2}.",),
    ("Of the {vt1} ballots counted, {vt2} were spoiled.",),
    ("Economists had forecast growth of {pc1}; the economy actually grew by {pc2}.",),
    ("Union leaders said {th1} workers walked out; management said {th2}.",),
    ("The men's race is {km1} km and the women's race {km2} km.",),
    ("The hospital has {hh1} beds, {hh2} of them in the new wing.",),
    ("The project's budget is {usd1}, of which {usd2} has been spent so far.",),
    ("Up to {c1} seals may have been killed by the virus, rangers fear.",
     "So far {c2} carcasses have been found."),
    ("The lorry can do {spd1} km/h but is limited to {spd2} km/h on the estate roads.",),
    ("The adult seal weighed {kg1} kilograms and its pup {kg2}.",),
    ("The gallery had {th1} visitors in {year} and {th2} in {prev}.",),
    ("As many as {hh1} jobs could go, the bank said; {hh2} have already been cut.",),
    ("The council voted {c1} to {c2} to close the library.",),
    ("The first team scored {pts1} points this season and the reserves {pts2}.",),
    ("The club was ordered to pay {gbp1}; on appeal the sum was reduced to {gbp2}.",),
    ("The stopping train takes {mn1} minutes; the express takes {mn2}.",),
    ("The judge is {age1}; the youngest juror is {age2}.",),
    ("The repairs could cost around {eur1}, the surveyor estimates.",
     "An earlier estimate was {eur2}."),
    ("Doctors in the north were on strike for {wk1} weeks, those in the south for {wk2}.",),
    ("A survey by {org} suggests {pc1} of tenants support rent controls.",
     "A poll for landlords, by {person}, found {pc2}."),
    ("The treatment cut deaths by {pc1} among smokers and by {pc2} among non-smokers.",),
    ("The port aims to handle {th1} containers a year; in {prev} it handled {th2}.",),
    ("At first, {c1} climbers were reported missing; by nightfall {c2} had still not been found.",),
    ("It was {tc1} degrees in the desert and {tc2} degrees on the coast.",),
    ("The council granted {hh1} licences in {year} and {hh2} in {prev}.",),
    ("The new flag won {vt1} votes in the poll and the old one {vt2}.",),
    ("The estate covers {ha1} hectares, {ha2} of them woodland.",),
    ("The supplier says it is owed {usd1}; the council accepts it owes {usd2}.",),
    ("Forecasters predicted up to {mm1} millimetres of rain; {mm2} fell.",),
    ("A sandwich costs {pr1} at the airport and {pr2} in town.",),
    ("Prosecutors sought {yr1} years in prison; the court handed down {yr2}.",),
    ("The outbreak affected {c1} residents of the care home, {c2} of whom were taken to hospital.",),
    ("The arena will hold {th1} when the upper tier is finished; for now it holds {th2}.",),
    ("The aircraft is certified to {ft1} feet but usually cruises at {ft2}.",),
    ("The tanker held {lt1} litres, of which {lt2} leaked.",),
    ("Rainfall in {month} was {mm1} mm on the hills and {mm2} mm in the valleys.",),
    ("The transfer fee could rise to {eur1}, with {eur2} payable now.",),
    ("The first siege lasted {dy1} days, the second {dy2}.",),
    ("The slowest finisher took {mn1} minutes, the fastest {mn2}.",),
    ("Their highest score this season was {pts1}, their lowest {pts2}.",),
    ("House prices rose by {pc1} in the south and {pc2} in the north.",),
    ("The train reaches {spd1} km/h on the new line but only {spd2} km/h through the tunnels.",),
    ("The old road to the coast was {mi1} miles; the new motorway cuts it to {mi2}.",),
    ("The quarry produced {tn1} tonnes of stone in {year} and {tn2} tonnes in {prev}.",),
    ("The crane can lift {tn1} tonnes; the turbine it raised weighed {tn2}.",),
    ("The aim is to restore {ha1} hectares of peat bog; {ha2} have been restored so far.",),
    ("The blackout lasted {hr1} hours in the city centre and {hr2} in the suburbs.",),
    ("Talks were expected to last up to {hr1} hours; they ended after {hr2}.",),
    ("The older of the two founders is {age1}; her business partner is {age2}.",),
]

#: read by the harness and the tests as attributes of this module
_KIT_EXPORTS = (value_of,)
