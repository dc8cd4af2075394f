"""Blind17: a seventeenth independent held-out set of injected internal-consistency templates.

Used by ``benchmarks/consistency_injection.py --split blind17`` (all templates of
this module, with the context functions of this module).

Written on 2026-11-24 (started 19:13:28 UTC, ``date -u``) by an independent
tester, on branch ``cblind17`` (worktree /work/wt/cblind17) from base commit
c4d68b90e0b62e49e18fa47dafc85a1105553d70 (``git rev-parse HEAD``), from the
brief's definition of the two kinds only: ``name_inconsistency`` (the same
person introduced by full name and later referred to by a variant of the
surname: a letter changed, doubled or dropped, two letters swapped, or a
transliteration/spelling variant) and ``conflicting_figures`` (one quantity
stated as fact with two different numbers in one article).

New against blind16 (whose header lists its own kinds), by design:

* name variants from languages and variant types blind16 did not use: Finnish
  and Estonian dots and tildes (Mäkinen/Makinen, Kõiv/Koiv), Albanian (Hoxha/
  Hodja, Çela/Cela), Croatian/Bosnian/Slovenian carons, Maltese dotted letters
  (Ċaruana/Caruana), native against anglicised Welsh, Scottish Gaelic and Irish
  forms (Llywelyn/Llewellyn, MacAoidh/Mackay, Ní Cheallaigh/Kelly, Ó Dálaigh/
  O'Daly), Breton, Basque against Castilian (Etxeberria/Echeverría), Catalan,
  Galician, particles joined, spaced or hyphenated (D'Agostino/Dagostino, Di
  Stefano/DiStefano, Van den Broek/Vandenbroek, Du Plessis/Duplessis, Dela
  Cruz/Delacruz, Ben-David/Ben David, Benchekroun/Ben Chekroun, Abdel-Fattah/
  Abd al-Fattah, Gebreyesus/Gebre-Yesus), Dutch ij/y, Norwegian ø and æ,
  Icelandic ð, German ß/ss, Swedish ö and q/qu, Zulu/Xhosa old and new spellings
  (Shabalala/Tshabalala), Wolof and Senegalese French (Ndiaye/N'Diaye), Akan, Hausa
  hooked letters (Ƙaura/Kaura), Yoruba and Igbo tone marks, Swahili,
  Tagalog, Khmer, Lao, Dutch-era Javanese oe/u (Soetrisno/Sutrisno), Indian
  anglicised against Sanskritised forms (Banerjee/Bandyopadhyay, Chatterjee/
  Chattopadhyay, Iyengar/Ayyangar), Malayalam, Marathi, Gujarati, Sri Lankan
  Tamil, Urdu (Hashmi/Hashemi), Dari, Western against Eastern Armenian
  (Kevorkian/Gevorgyan), German-style Georgian (Javakhishvili/
  Dschawachischwili), Romanian comma-below ș, Hungarian ű, Russian ye/e,
  Belarusian Lacinka, Chechen, Tatar, Uyghur, Tajik, Kyrgyz, Turkmen, Uzbek
  Latin against Cyrillic-based (Xoʻjayev/Khodjaev), Kurmanji Latin (Xelîl/
  Khalil), Hmong RPA (Thao/Thoj), Japanese wapuro double vowels (Ōtsuka/
  Ootsuka), Maori macrons, Hawaiian okina, Samoan apostrophe, Quechua/Aymara
  modern against Spanish-era spelling (Quispe/Kispe, Huanca/Wanka), plus new
  people for languages blind16 had (Chinese, Korean, Vietnamese, Thai, Greek,
  Arabic, Persian, Hebrew, Turkish, Polish, Czech, Baltic, French, Spanish,
  Portuguese ...).  The later reference is placed in new positions too: after
  "According to", in a quotation's attribution, after a full name with a role
  in parentheses or between dashes, after a cleft ("It was [[full]], ..."), as
  the subject of an embedded clause.
* name near-misses: different people with look-alike surnames (Reid/Reed,
  Carr/Kerr, Mackintosh/McIntosh ...), relatives (twin, father-in-law, niece,
  great-uncle, brother-in-law, grandparent), places named like a person
  (Hatherley/Hatherleigh, Appleby/Appleby-in-Westmorland ...), companies
  (Pickersgills Removals ...), products (the Kendrik robot vacuum ...), ships
  (the dredger Gillespy ...), and titled people (Archdeacon, Rector, Dean,
  Reverend, Provost, Governor) spelt consistently.
* figures restated in other words: other nouns ("homes" ... "houses",
  "patients" ... "people waiting", "greyhounds" ... "dogs", "entrants" ... "A
  field of"), nominalisations ("cut N jobs" ... "The redundancies", "gave" ...
  "Her donation", "lost" ... "The loss", "borrowed" ... "The loan", "sold N
  tickets" ... "Ticket sales of", "has fallen by" ... "the decline of"), a
  pronoun ("they number N", "It is the largest penalty, at N"), appositions
  ("The loss, N,", "The victims, N men, women and children,", "The newcomers,
  N in number,", "The turnout, N members,", "That reading, N°C,", "That score,
  N,"), "In other words, N of students", units written differently
  ("kilometres" ... "km", "km/h" ... "kilometres an hour", "kilograms" ...
  "kg", "feet" ... "ft", "hectares" ... "ha", "litres" ... "l", "mm" ...
  "millimetres", "degrees" ... "°C"), abbreviated or new compounds ("-km
  link", "-min hop", "-hr wait", "-tonne cargo", "-degree heat", "-mile route",
  "-day suspension", "-week closure", "-week dispute", "-year tenure",
  "-year sentence"), rates ("wasted N litres a day" ... "the daily loss of N";
  "inflation reached N" ... "rising at an annual rate of N"; "pass rate was N"
  ... "N of students passed"; "doing N km/h" ... "his speed of N"; "costs N"
  ... "at N a litre"), and "her majority of N" for "majority was N votes".
* figure near-misses: expectations against outcomes, ranges, a death toll
  revised, year against year, a whole and its part (tunnel/under the river,
  applied/offered places, reserve/wetland, ceremony/speeches, strike/talks),
  two groups (bride/groom, men's/women's race, north/south, peak/off-peak,
  coast/inland, capital/provinces, robber/driver), a capacity against what was
  used (arena, tank, freighter, hotel, plane's ceiling), targets, limits and
  fines against what happened, pledges against what arrived, two named sources
  disagreeing, an initial tally corrected after a recount, a motion passed by
  N votes to M.
Fresh: to be scored once on the code at the end of session 20 as the before of session 21's rounds, never used to tune.

What the author read: the brief; ``date -u`` and ``git rev-parse HEAD`` of the
new worktree; ``ls`` of the worktree root (file and folder names only);
``wc -l`` of blind16's template module and of the two test files below;
benchmarks/consistency_templates_blind16.py (whole file: header, people
lists, helpers, context functions and all four template lists -- none of its
sentences, people, places, organisations, titles, roles or name pairs is
reused here), with ``grep -n`` of its section line numbers (to copy its
machinery with ``sed``); tests/consistency_template_checks.py and
tests/test_consistency_templates_blind16.py (whole files); ``grep -n -A11
"def load_benchmark" tests/conftest.py``; in benchmarks/consistency_injection.py
only the output of ``grep -n "blind16\\|BLIND16\\|def sets_for\\|choices=\\|^SPLITS"``
(before the wiring) and of ``grep -n "blind17"`` (after it).  Seen by
accident: the subject line of the base commit, printed by ``git worktree
add``, which is about the date checker (it names ``temporal.py``,
``_later_year_told``, ``_Context.latest_told_year`` and a speed-up, with
"date_conflicts output identical" on the held-out, development and
blind-blind40 sets and "behaviour_guard 0 differences"; nothing about names or
figures); blind16's own header (read as allowed), which quotes an earlier
subject line about quality.md and a Webis article; and, in the ``ls`` of the
worktree root, the folder names (src, features, docs, seeds ...), none
opened.  The ``sed`` wiring of ``blind17`` was checked with ``grep -n`` only;
the harness was only byte-compiled (``python -m py_compile``, its
``__pycache__`` deleted), never run.
Not read, grepped, imported or run: src/reliability/, features/, docs/,
README.md, benchmarks/results/, the body of benchmarks/consistency_injection.py,
benchmarks/consistency_misses.py, any other tests file, the templates of
blind2 to blind15 (blind15's module is loaded by this set's test and by a
throwaway script only to check that nothing is shared with it; of its
contents only what is listed below was ever printed), any git history; ``reliability.score`` was never called and the detector was
never run on these templates.
tests/test_consistency_templates_blind17.py imports the harness module to
check the ``blind17`` wiring (the harness's lists are never printed or
inspected), and loads blind16's and blind15's modules to check that nothing
is shared with them (the brief's pairs Mohammed/Muhammad, Young/Yang and
Tchaikovsky/Chaikovsky, and every pair named in blind16, were deliberately not
used).  The author ran only the well-formedness test of this set, which runs
no detector, and throwaway scripts in /tmp counting the lists.
The first full test run passed every check copied from blind16's test but
failed the check, added here, that nothing is shared with blind15 (whose
templates the author had not read): by the author's throwaway script, which
printed only the items of this set also found in blind15, 83 surname
spellings (28 of them whole pairs, such as Clark/Clarke, Choi/Choe,
Leung/Liang, Shimizu/Simizu, Nguyễn/Nguyen), 22 given names, 2
organisations, 3 roles, 5 titles, 1 place, 4 figure people's given names and
5 template sentences (a clockmaker's church clock, a goalkeeper's three
penalties, a bride and groom's ages, a crowd estimate range, a hotel's booked
rooms) were common to both -- independent choices of the most obvious
examples.  All of them were replaced (a second run found 10 more spellings,
2 given names and 2 titles, also replaced); the checks were not changed.
Seen by accident in that way: the shared items just listed, which are thus
also blind15's, and the first six of blind15's invented surnames in
alphabetical order, printed by pytest's assertion message
('Arrizabalaga', 'Asante', 'Babatunde', 'Barrientos', 'Beauchamp',
'Blackmore').  One conflict template was reworded before any run because its
restatement made the second number a part of the first ("N of them in one
valley alone"), and one name template because "knighted" does not fit a
woman.
The copied test's own parts were adapted to this set: the counts, the
languages table, the seed of the exhaustive check, the sets checked for
sharing, and extra restatement cues for the wordings used here.

The helpers for spelling numbers and for the mechanical misspellings
(``_change``, ``_swap``, ``_drop``, ``_double``, ``spell``, ``value_of``,
``_pair``, ``_round_pair``, ``_styled``), ``name_context``,
``name_near_context``, the context-function signatures and ``_figures`` (all
its families) are blind16's, copied unchanged with ``sed``.  All people,
places, organisations, titles, roles, name pairs and sentences are new.
This set has 69 name templates (119 transliteration people from some 75
languages, 55 invented people for the mechanical variants), 89 figure
templates (written as 43 restated in the same words and 46 in other words;
by the test's count of the word after each number, 44 and 45; all 26 figure
families), 50 name near-misses and 68 figure near-misses -- each list longer
than blind16's (64, 82, 48, 59).

Conventions (those of the harness, as in blind3 to blind16): a template is a
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
    ("Theodoric", "Quennell", "m"), ("Lavinia", "Rotherwick", "f"), ("Isambard", "Bellingham", "m"),
    ("Arabella", "Gosforth", "f"), ("Cuthbert", "Ravenscroft", "m"), ("Mehitabel", "Tolliver", "f"),
    ("Evander", "Ashcombe", "m"), ("Perpetua", "Kinsella", "f"), ("Aloysius", "Polglase", "m"),
    ("Eglantine", "Stanforth", "f"), ("Benedict", "Sansovino", "m"), ("Grizelda", "Underhill", "f"),
    ("Ptolemy", "Fotheringay", "m"), ("Honoria", "Blackstock", "f"), ("Cyprian", "Oakenshaw", "m"),
    ("Rowena", "Hebblethwaite", "f"), ("Aldous", "Merriweather", "m"), ("Sybilla", "Corcoran", "f"),
    ("Fitzroy", "Dunsmore", "m"), ("Jemima", "Wigglesworth", "f"), ("Oswald", "Halloran", "m"),
    ("Leticia", "Quintanilla", "f"), ("Barnard", "Kettlewell", "m"), ("Ophelia", "Raynsford", "f"),
    ("Septimus", "Gallimore", "m"), ("Drusilla", "Fanshawe", "f"), ("Erasmus", "Vanterpool", "m"),
    ("Lucinda", "Hazeldine", "f"), ("Augustin", "Montferrand", "m"), ("Imelda", "Castellanos", "f"),
    ("Chukwudi", "Anyanwu", "m"), ("Oluwaseun", "Adeyemo", "f"), ("Rafferty", "Gilchrist", "m"),
    ("Verity", "Scattergood", "f"), ("Magnus", "Halvorsen", "m"), ("Annabel", "Crutchley", "f"),
    ("Desmond", "Ollerenshaw", "m"), ("Priscilla", "Gathercole", "f"), ("Anselm", "Brockhurst", "m"),
    ("Felicitas", "Morgenstern", "f"), ("Quentin", "Auchterlonie", "m"), ("Tabitha", "Lanyon", "f"),
    ("Cosimo", "Bellavista", "m"), ("Hyacinth", "Pargeter", "f"), ("Emrys", "Trelawney", "m"),
    ("Columbine", "Ashdown", "f"), ("Lazarus", "Winterbottom", "m"), ("Petronella", "Scarisbrick", "f"),
    ("Ulysses", "Harrowby", "m"), ("Bathsheba", "Cholmondeley", "f"), ("Sylvester", "Pocklethwaite", "m"),
    ("Wilfreda", "Brackenbury", "f"), ("Ambrosio", "Valderrama", "m"), ("Genevieve", "Featherby", "f"),
    ("Thelonius", "Mardlestone", "m"),
]

# (first name, surname, transliteration/spelling variant, "m"/"f"): one name, two
# romanisations, spellings or written forms, from some 75 languages (see the comments).
TRANSLITERATIONS_PEOPLE = [
    # Finnish / Estonian (a/o with and without dots, õ)
    ("Aino", "Mäkinen", "Makinen", "f"), ("Jukka", "Leppänen", "Leppanen", "m"), ("Tõnu", "Põldma", "Poldma", "m"),
    ("Kadri", "Kõiv", "Koiv", "f"),
    # Albanian (ç, ë; Hoxha written Hodja)
    ("Arben", "Hoxha", "Hodja", "m"), ("Drita", "Çela", "Cela", "f"), ("Fatmir", "Kryeziu", "Krieziu", "m"),
    # Croatian / Bosnian / Slovenian
    ("Ivana", "Knežević", "Knezevic", "f"), ("Emir", "Hadžić", "Hadzic", "m"), ("Tomislav", "Šarić", "Saric", "m"),
    ("Urška", "Žagar", "Zagar", "f"),
    # Maltese (ċ, ġ, ż written or not)
    ("Karmenu", "Ċaruana", "Caruana", "m"), ("Marija", "Żammit", "Zammit", "f"),
    # Welsh / Scottish Gaelic / Breton (native and anglicised forms)
    ("Dafydd", "Llywelyn", "Llewellyn", "m"), ("Angharad", "Prydderch", "Protheroe", "f"),
    ("Mòrag", "MacAoidh", "Mackay", "f"), ("Ruairidh", "MacLeòid", "MacLeod", "m"),
    ("Gwenaëlle", "Le Bihan", "Lebihan", "f"),
    # Basque / Catalan / Galician (Basque and Castilian spellings)
    ("Itziar", "Etxeberria", "Echeverría", "f"), ("Gorka", "Goikoetxea", "Goicoechea", "m"),
    ("Núria", "Pujol", "Puyol", "f"), ("Xosé", "Castiñeira", "Castineira", "m"),
    # Italian (apostrophe and spacing of particles)
    ("Giuseppina", "D'Agostino", "Dagostino", "f"), ("Salvatore", "Di Stefano", "DiStefano", "m"),
    # Dutch / Flemish / Afrikaans (ij and y, spacing of particles)
    ("Pieter", "Dijkstra", "Dykstra", "m"), ("Marloes", "Van den Broek", "Vandenbroek", "f"),
    ("Riaan", "Du Plessis", "Duplessis", "m"),
    # Norwegian / Danish / Swedish / Icelandic (ø, æ, ö, q, ð)
    ("Sigrid", "Bjørnstad", "Bjornstad", "f"), ("Håkon", "Sæther", "Saether", "m"), ("Mette", "Sørensen", "Soerensen", "f"),
    ("Torbjörn", "Sjöqvist", "Sjoquist", "m"), ("Ragnheiður", "Sigurðardóttir", "Sigurdardottir", "f"),
    # German / Swiss (ß and ss)
    ("Jörg", "Strauß", "Strauss", "m"),
    # Zulu / Xhosa (older and newer spellings)
    ("Nomvula", "Mthembu", "Mtembu", "f"), ("Themba", "Shabalala", "Tshabalala", "m"),
    # Wolof / Senegalese French / Akan
    ("Moustapha", "Ndiaye", "N'Diaye", "m"), ("Awa", "Gueye", "Guèye", "f"), ("Yaw", "Agyeman", "Agyemang", "m"),
    # Yoruba / Hausa / Igbo (tone marks, hooked letters)
    ("Ngozi", "Nwọsụ", "Nwosu", "f"), ("Adewale", "Ọlátúnjí", "Olatunji", "m"), ("Sani", "Ƙaura", "Kaura", "m"),
    # Swahili / Somali / Amharic / Tigrinya
    ("Zuhura", "Bakari", "Bakary", "f"), ("Ayaan", "Cabdulle", "Abdulle", "f"), ("Mulugeta", "Wondimu", "Wendimu", "m"),
    ("Almaz", "Gebreyesus", "Gebre-Yesus", "f"),
    # Tagalog / Filipino (particles joined or spaced)
    ("Maricel", "Dela Cruz", "Delacruz", "f"), ("Rogelio", "De los Santos", "Delos Santos", "m"),
    # Khmer / Lao
    ("Sokha", "Phoeun", "Phoeurn", "m"), ("Bounmy", "Phommachanh", "Phommachan", "m"),
    ("Khamla", "Souvannavong", "Souvanavong", "f"),
    # Javanese / Indonesian (Dutch-era oe and u)
    ("Slamet", "Soetrisno", "Sutrisno", "m"), ("Endang", "Soekarni", "Sukarni", "f"),
    # Malayalam / Tamil Brahmin / Marathi / Gujarati / Bengali (anglicised and Sanskritised forms)
    ("Rajeev", "Nair", "Nayar", "m"), ("Meenakshi", "Iyengar", "Ayyangar", "f"),
    ("Suhas", "Gaikwad", "Gaekwad", "m"), ("Bhavna", "Mehta", "Maheta", "f"), ("Sourav", "Banerjee", "Bandyopadhyay", "m"),
    ("Ananya", "Chatterjee", "Chattopadhyay", "f"),
    # Sinhala / Sri Lankan Tamil
    ("Dilani", "Jayawardena", "Jayewardene", "f"), ("Selvi", "Thangarajah", "Thangaraja", "f"),
    # Punjabi / Urdu
    ("Manpreet", "Sidhu", "Siddhu", "f"), ("Junaid", "Hashmi", "Hashemi", "m"),
    # Persian / Dari
    ("Golnar", "Tabatabaei", "Tabatabai", "f"), ("Kourosh", "Mohajer", "Muhajir", "m"),
    # Hebrew (hyphen and space, German and modern spellings)
    ("Noa", "Ben-David", "Ben David", "f"), ("Avner", "Segal", "Siegel", "m"),
    # Arabic (Maghrebi French transcription, al-/el-, hyphens, doubled letters)
    ("Karim", "Benchekroun", "Ben Chekroun", "m"), ("Nadia", "El-Khoury", "Al-Khouri", "f"),
    ("Amr", "Abdel-Fattah", "Abd al-Fattah", "m"), ("Noura", "Al-Qasimi", "Al Qassimi", "f"),
    # Greek (ch/h, c/k)
    ("Chrysanthi", "Papanikolaou", "Papanicolaou", "f"), ("Dimitris", "Chatzidakis", "Hatzidakis", "m"),
    # Armenian (Western and Eastern) / Georgian (German-style transcription)
    ("Hagop", "Kevorkian", "Gevorgyan", "m"), ("Manana", "Kapanadze", "Kapanadse", "f"),
    ("Levan", "Javakhishvili", "Dschawachischwili", "m"),
    # Turkish / Hungarian / Romanian (ö, ğ, ű, ș)
    ("Serkan", "Karagöz", "Karagoz", "m"), ("Gülşen", "Aydoğdu", "Aydogdu", "f"), ("Gergely", "Szűcs", "Szucs", "m"),
    ("Ionuț", "Mureșan", "Muresan", "m"),
    # Polish / Czech / Lithuanian / Latvian
    ("Bożena", "Łukasiewicz", "Lukasiewicz", "f"), ("Zdeněk", "Procházka", "Prochazka", "m"),
    ("Rūta", "Žemaitytė", "Zemaityte", "f"), ("Kārlis", "Bērziņš", "Berzins", "m"),
    # Russian (ye/e, French-style ou) / Belarusian Lacinka / Chechen
    ("Arkady", "Yefimov", "Efimov", "m"), ("Svetlana", "Vasilyeva", "Vassilieva", "f"),
    ("Ales", "Žybul", "Zhybul", "m"), ("Ruslan", "Khadzhiev", "Hajiyev", "m"),
    # Tatar / Uyghur / Tajik / Kyrgyz / Turkmen / Kazakh / Uzbek (Cyrillic and Latin)
    ("Ildar", "Galiullin", "Galiulin", "m"), ("Dilnur", "Abdurehim", "Abdurahim", "f"),
    ("Rustam", "Rahmonov", "Rakhmonov", "m"), ("Aizhan", "Sadyrbaeva", "Sadyrbayeva", "f"),
    ("Maral", "Orazowa", "Orazova", "f"), ("Aigerim", "Nurpeisova", "Nurpeissova", "f"),
    ("Sherzod", "Xoʻjayev", "Khodjaev", "m"),
    # Mongolian / Kurdish (Kurmanji Latin) / Hmong (RPA)
    ("Sarnai", "Batsaikhan", "Batsaihan", "f"), ("Rojda", "Xelîl", "Khalil", "f"), ("Tou", "Thao", "Thoj", "m"),
    # Chinese (Cantonese and Mandarin; Wade-Giles and pinyin)
    ("Kar-wai", "Tsang", "Zeng", "m"), ("Siu-ming", "Kwok", "Guo", "m"), ("Shu-fen", "Hsiao", "Xiao", "f"),
    # Korean (McCune-Reischauer and Revised Romanisation)
    ("Min-seo", "Ryu", "Yoo", "f"),
    # Japanese (wapuro double vowels, Kunrei-shiki)
    ("Soichiro", "Ōtsuka", "Ootsuka", "m"), ("Sayaka", "Tsutsumi", "Tutumi", "f"),
    # Vietnamese / Thai (diacritics; RTGS and other systems)
    ("Thu", "Trịnh", "Trinh", "f"), ("Tuấn", "Đặng", "Dang", "m"), ("Malai", "Sukprasert", "Sukprasoet", "f"),
    ("Wichai", "Boonmee", "Bunmi", "m"),
    # Maori / Hawaiian / Samoan (macrons, okina, apostrophe)
    ("Wiremu", "Pōmare", "Pomare", "m"), ("Kalani", "Kaʻahumanu", "Kaahumanu", "m"), ("Sione", "Fa'asavalu", "Faasavalu", "m"),
    # Quechua / Aymara (modern and Spanish-era spelling)
    ("Wayra", "Quispe", "Kispe", "f"), ("Eusebio", "Huanca", "Wanka", "m"),
    # Portuguese / Spanish / French (accents, anglicised)
    ("Thiago", "Araújo", "Araujo", "m"), ("Graça", "Magalhães", "Magalhaes", "f"), ("Begoña", "Ibáñez", "Ibanez", "f"),
    ("Hélène", "Dupré", "Dupree", "f"), ("Loïc", "Bélanger", "Belanger", "m"),
    # Irish (Gaelic and anglicised forms)
    ("Aoife", "Ní Cheallaigh", "Kelly", "f"), ("Donncha", "Ó Dálaigh", "O'Daly", "m"),
]
TRANSLITERATIONS = [(surname, variant) for _, surname, variant, _ in TRANSLITERATIONS_PEOPLE]

# Pairs of real, different surnames that look alike (two people, each introduced in full).
LOOKALIKE_SURNAMES = [
    ("Seymour", "Seamer"), ("Whyte", "White"), ("Matheson", "Mathieson"), ("Stevens", "Stephens"), ("Philpott", "Philpot"),
    ("MacIver", "McIver"), ("Laing", "Lang"), ("Rennie", "Renny"), ("Haig", "Hague"), ("Boyce", "Boyse"),
    ("Sandeman", "Sandiman"), ("Aitken", "Aiken"), ("Lyons", "Lyon"), ("Rogers", "Rodgers"),
    ("Simmons", "Symons"), ("Burke", "Bourke"), ("Macaulay", "McAuley"), ("Frazer", "Fraser"),
    ("Barnett", "Barnet"), ("Gibbons", "Gibbens"),
]
# (surname, place with a similar name)
PLACE_SURNAMES = [
    ("Okeford", "Okeford Fitzpaine"), ("Winslow", "Winslow Ridge"), ("Buckland", "Buckland Monachorum"),
    ("Appleby", "Appleby-in-Westmorland"), ("Carlton", "Carlton Colville"), ("Stanford", "Stanford-le-Hope"),
    ("Brompton", "Brompton Regis"), ("Ashburton", "Ashburton Creek"), ("Wickham", "Wickhambrook"),
    ("Rowley", "Rowley Regis"),
]
# (surname, company named like a person)
COMPANY_SURNAMES = [
    ("Pickersgill", "Pickersgills Removals"), ("Haworth", "Haworths Motor Repairs"),
    ("Rawcliffe", "Rawcliffes Creamery"), ("Oddie", "Oddies Ironmongers"), ("Sugden", "Sugdens Timber Merchants"),
    ("Lumb", "Lumbs Coaches"), ("Kershaw", "Kershaws Builders Merchants"), ("Duckworth", "Duckworths Printers"),
]
# (surname, product named like a person)
PRODUCT_SURNAMES = [
    ("Kendrick", "the Kendrik robot vacuum"), ("Maitland", "the Maitlan espresso machine"),
    ("Sheridan", "the Sheriden smartwatch"), ("Prescott", "the Prescot electric scooter"),
    ("Fairbairn", "the Fairburn hearing aid"), ("Winthrop", "the Winthorp sofa bed"),
    ("Alderton", "the Aldertone soundbar"),
]
# (surname, ship named like a person)
SHIP_SURNAMES = [
    ("Buchanan", "the cable ship Buchannan Endeavour"), ("Urquhart", "the dredger Urquart"),
    ("Carnegie", "the museum ship Carnegy"), ("Abercrombie", "the sail training ship Abercromby"),
    ("Lamont", "the pilot cutter Lamonte Bay"),
]
GIVEN_NAMES = ["Bevis", "Celestine", "Dashiell", "Esmeralda", "Florence", "Gulliver", "Hortense", "Ianthe",
               "Josephine", "Kester", "Lucasta", "Montague", "Nerissa", "Osbert", "Prudence", "Quincy", "Rosalie",
               "Silvanus", "Thomasina", "Ulric", "Viola", "Wystan", "Yseult", "Zephyrine"]
PLACES = ["Glenarrow", "Westmoor Sands", "Llanfair Uchaf", "Rookhaven", "Little Swaffield",
          "San Pedro de la Sierra", "Cragside Bridge", "Ballinmore", "Fernleigh", "Tollbridge Green",
          "Kestrel Point", "Upper Dunsford"]
ORGANISATIONS = ["the beekeepers' guild", "the cave diving club", "the tenants' union", "the air ambulance charity",
                 "the youth orchestra", "the cyclists' touring club", "the heritage railway",
                 "the food bank network", "the river trust", "the amateur dramatic society",
                 "the chamber of commerce", "the seed library"]
ROLES = ["a life member of", "the vice-president of", "the press officer for", "a volunteer with", "the president of",
         "an organiser at", "the coordinator of", "a steward of"]
TITLES_M = ["Reverend", "Bishop", "Archdeacon", "Rector", "Dean", "Provost", "Governor"]
TITLES_F = ["Reverend", "Bishop", "Archdeacon", "Rector", "Dean", "Provost", "Governor"]
FIGURE_PEOPLE = ["Cassius Ashgrove", "Adaora Fenchurch", "Leopold Strandberg", "Marisol Okonjo",
                 "Tiberius Langstaff", "Soraya Pennington", "Ewan Kamara-Bligh", "Assunta Rees",
                 "Bertrand Mwangi", "Hildegard Oyarzun"]


# The context functions: the kit's (session 25; this set carried a verbatim copy of them before).
name_context, name_near_context, figure_context, figure_near_context = contexts(globals(), buildings=False)


# --------------------------------------------------------- name templates

NAME_TEMPLATES = [
    ("The beekeeper [[{full}]] lost every hive on the estate to a hornet invasion.",
     "Gardeners in {town} have offered [[{var}]] spare swarms to start again."),
    ("A harbourmaster, [[{full}]], turned away a superyacht that refused to pay the mooring fee.",
     "The owner later apologised to [[{var}]] in writing."),
    ("The stonemason [[{full}]] has carved a new gargoyle for the town hall in {town}.",
     "Its face, [[{var}]] admits, is modelled on a former mayor."),
    ("[[{full}]], a falconer, is using hawks to keep gulls away from the fish market.",
     "Traders say the birds handled by [[{var}]] have halved their losses."),
    ("The puppeteer [[{full}]] performed for children at the hospital on {day}.",
     "\"We laughed all afternoon,\" a nurse said of [[{var}]]'s visit."),
    ("According to the cheesemaker [[{full}]], the drought has cut milk yields on the hill farms.",
     "According to [[{var}]], prices will have to rise."),
    ("The paramedic [[{full}]] delivered a baby on the hard shoulder of the motorway.",
     "Mother and daughter are doing well, [[{var}]] told reporters."),
    ("The lifeguard [[{full}]] pulled three teenagers from a rip current at {town}.",
     "Their parents presented [[{var}]] with a hamper on {day}."),
    ("The clockmaker [[{full}]] has got the town-hall clock ticking again after sixty silent years.",
     "When it struck noon, the crowd below applauded [[{var}]]."),
    ("The cellist [[{full}]] played an outdoor recital in the rain at {town}.",
     "Nobody left, and [[{var}]] played two encores."),
    ("[[{full}]] ({role} {org}) has been arrested on suspicion of fraud.",
     "Lawyers for [[{var}]] said the allegations would be firmly denied."),
    ("The cheesemonger's apprentice, [[{full}]], won gold at the world cheese awards.",
     "The judges described [[{var}]]'s washed-rind cheese as exceptional."),
    ("The mountain rescue volunteer [[{full}]] was airlifted to hospital after a fall on {day}.",
     "Colleagues say [[{var}]], who has been on a hundred call-outs, is in good spirits."),
    ("The thatcher [[{full}]] is one of only a handful left in the county.",
     "Apprentices queue for a place in [[{var}]]'s workshop."),
    ("Speaking on {day}, [[{full}]], {role} {org}, warned that volunteers were exhausted.",
     "The warning from [[{var}]] came after the busiest summer on record."),
    ("The park ranger [[{full}]] spotted a lynx on a trail camera above {town}.",
     "Wildlife experts are now checking the footage sent in by [[{var}]]."),
    ("The volcanologist [[{full}]] predicted the eruption three days before it began.",
     "Villagers credit [[{var}]] with saving their lives."),
    ("A barber, [[{full}]], has been giving free haircuts to job seekers in {town}.",
     "\"A good haircut is half an interview,\" [[{var}]] said."),
    ("The tailor [[{full}]] made the suit worn by the president at the inauguration.",
     "Orders at [[{var}]]'s shop have trebled since."),
    ("The ornithologist [[{full}]] recorded a bird never before seen in the country.",
     "Hundreds of birdwatchers descended on {town} after [[{var}]] posted a photograph."),
    ("It was [[{full}]], a retired surveyor, who noticed that the bridge was sinking.",
     "Engineers later confirmed what [[{var}]] had seen."),
    ("The wrestler [[{full}]] has retired after twenty years in the ring.",
     "Fans chanted [[{var}]]'s name as the final bell rang."),
    ("[[{full}]] — a pharmacist in {town} — spotted a prescription forgery ring.",
     "Police praised [[{var}]] for keeping records of every suspicious script."),
    ("A documentary about the florist [[{full}]] opens in cinemas in {month}.",
     "The film follows [[{var}]] through a year of weddings and funerals."),
    ("The sculptor [[{full}]] has unveiled a bronze of a coal miner outside the station.",
     "[[{var}]], whose grandfather worked underground, cast it in a single pour."),
    ("The cyclist [[{full}]] broke the hour record on {day}.",
     "The previous holder was the first to congratulate [[{var}]]."),
    ("The ferry's cook, [[{full}]], was honoured for keeping passengers fed during a three-day storm.",
     "Passengers wrote to the company about [[{var}]]'s soups."),
    ("Judges have shortlisted the novelist [[{full}]] for the country's top literary prize.",
     "It is the second nomination for [[{var}]]."),
    ("The ice-cream maker [[{full}]] has invented a flavour based on seaweed.",
     "Customers in {town}, [[{var}]] says, are divided."),
    ("A rare-book dealer, [[{full}]], spotted a stolen atlas at an online auction.",
     "The library has thanked [[{var}]] for its return."),
    ("The groundsman [[{full}]] worked through the night to save the pitch from flooding.",
     "The club has named a stand after [[{var}]]."),
    ("The refugee doctor [[{full}]] has passed the exams needed to practise again.",
     "Patients in {town} will start seeing [[{var}]] in {month}."),
    ("The ventriloquist [[{full}]] has been booked for the royal variety show.",
     "Producers say [[{var}]]'s act was the highlight of the auditions."),
    ("The whistleblower [[{full}]] gave evidence to the inquiry on {day}.",
     "Ministers have been urged to protect [[{var}]] from reprisals."),
    ("The rower [[{full}]] has crossed the Pacific single-handed.",
     "Crowds at the marina cheered as [[{var}]] stepped ashore."),
    ("The lock-keeper [[{full}]] has retired after forty years on the canal.",
     "Boaters left flowers at the lock for [[{var}]]."),
    ("The headline speaker at the conference, [[{full}]], cancelled at the last minute.",
     "Organisers of {org} said [[{var}]] had been taken ill."),
    ("The seamstress [[{full}]] has sewn a quilt from the uniforms of a closed hospital.",
     "The quilt made by [[{var}]] now hangs in the town museum."),
    ("In the shoot-out the goalkeeper [[{full}]] kept out three penalties.",
     "Team-mates carried [[{var}]] off the pitch on their shoulders."),
    ("The dog handler [[{full}]] and a spaniel found a missing child in the woods near {town}.",
     "[[{var}]] said the dog deserved all the credit."),
    ("The conductor [[{full}]] stopped the concert to scold a heckler.",
     "The audience sided with [[{var}]] and gave a standing ovation."),
    ("The teenager [[{full}]] has become the youngest person to sail around the world alone.",
     "Thousands waited at the harbour to welcome [[{var}]] home."),
    ("The prison governor [[{full}]] has resigned over conditions in the jail.",
     "In {her} letter, [[{var}]] blamed years of cuts."),
    ("The veterinary nurse [[{full}]] has been bitten by a snake smuggled in a suitcase.",
     "Doctors treating [[{var}]] flew in antivenom from abroad."),
    ("The ski instructor [[{full}]] was buried by an avalanche and dug out alive on {day}.",
     "Rescuers reached [[{var}]] after forty minutes."),
    ("The night-shift cleaner [[{full}]] found a winning lottery ticket in a bin at the office.",
     "Colleagues say [[{var}]] handed it straight to the manager."),
    ("The playwright [[{full}]] has written a play about the closure of the steelworks in {town}.",
     "Former steelworkers will appear alongside the actors, [[{var}]] said."),
    ("The fruit farmer [[{full}]] planted a thousand apple trees of old varieties.",
     "In ten years, [[{var}]] hopes, the orchard will supply the whole county."),
    ("The mayor has given the freedom of the town to the nurse [[{full}]].",
     "{hon} [[{var}]] worked at the hospital in {town} for forty-one years."),
    ("The head of {org}, [[{full}]], has been honoured for services to charity.",
     "[[{var}]] will receive the medal at a ceremony in {month}."),
    ("The train driver [[{full}]] stopped a runaway carriage before it reached the station.",
     "Rail bosses have recommended [[{var}]] for a bravery award."),
    ("The forensic scientist [[{full}]] identified the remains using a new DNA test.",
     "Detectives said [[{var}]]'s work had solved a thirty-year-old case."),
    ("The jazz pianist [[{full}]] has died aged ninety-four.",
     "Musicians in {town} will play [[{var}]]'s songs at a tribute concert."),
    ("The judge at the flower show, [[{full}]], disqualified a prize dahlia as shop-bought.",
     "The exhibitor has accused [[{var}]] of bias."),
    ("The asylum seeker [[{full}]] has won a place at medical school.",
     "Teachers say [[{var}]] learnt English in eighteen months."),
    ("The bus driver [[{full}]] has been praised for talking a man down from a bridge.",
     "The man has since written to thank [[{var}]]."),
    ("The archaeologist [[{full}]] has found a Bronze Age boat in a peat bog.",
     "It will take [[{var}]]'s team two years to lift and preserve it."),
    ("The marathon runner [[{full}]] collapsed a few metres from the finish.",
     "Another runner helped [[{var}]] across the line."),
    ("Doctors have named the surgeon [[{full}]] as the pioneer of a new heart operation.",
     "Hospitals abroad have asked [[{var}]] to train their teams."),
    ("The firefighter [[{full}]] was among the first into the burning tower.",
     "Survivors told the inquiry that [[{var}]] led them down the stairs.",
     "Some of them had never met a firefighter before."),
    ("The former miner [[{full}]] has been elected to parliament for {town}.",
     "In a maiden speech, [[{var}]] spoke about the closure of the pits."),
    ("The schoolgirl [[{full}]] has spotted a supernova with a home-made telescope.",
     "Astronomers have named it after [[{var}]], the youngest discoverer on record."),
    ("The gardener [[{full}]] has grown a pumpkin the size of a small car.",
     "It took a forklift and [[{var}]]'s whole family to move it."),
    ("The cathedral organist [[{full}]] has played at {her} last service after fifty years.",
     "The choir sang a piece written for [[{var}]]."),
    ("Campaigners led by [[{full}]] have saved the last cinema in {town}.",
     "[[{var}]] says the first film will be shown in {month}."),
    ("The new chaplain at the prison, [[{full}]], started work on {day}.",
     "Inmates say {hon} [[{var}]] has already visited every wing."),
    ("[[{full}]] was given a lifetime award by {org} on {day}.",
     "In a short speech, {title} [[{var}]] thanked {her} family."),
    ("The retired army officer [[{full}]] has led a campaign to restore the war memorial in {town}.",
     "Veterans marched behind {title} [[{var}]] at the rededication."),
    ("[[{full}]], {role} {org}, is stepping down after twelve years.",
     "A farewell dinner for [[{var}]] will be held in {month}."),
]

NAME_NEAR_MISSES = [
    ("{a} and {b} are the two finalists in the national baking competition.",
     "{sb} baked a sourdough; {sa} made a tower of choux buns."),
    ("The surgeons {a} and {b} carried out the first double hand transplant in the country.",
     "{sa} operated on the left hand and {sb} on the right."),
    ("{a} will face {b} in the chess final on {day}.",
     "{sb} won their only previous game; {sa} is the younger player."),
    ("The detectives {a} and {b} were both commended for the investigation.",
     "{sa} traced the stolen car and {sb} found the witness."),
    ("{a} has been appointed headteacher, replacing {b}.",
     "{sb} retires in {month}; {sa} starts in September."),
    ("The sprinters {a} and {b} finished first and second.",
     "{sa} won by a hundredth of a second from {sb}."),
    ("{a} and {b} have launched rival bids to buy the football club.",
     "{sb} is a local builder; {sa} made a fortune in software."),
    ("The councillors {a} and {b} clashed over the new car park.",
     "{sa} called it essential; {sb} called it a waste of money."),
    ("{a} accused {b} of plagiarism at the poetry festival.",
     "{sb} denies copying any lines from {sa}."),
    ("The climbers {a} and {b} reached the summit on the same day by different routes.",
     "{sb} took the north face and {sa} the ridge."),
    ("{a} and {r}, a twin, both qualified as pilots this year.",
     "{fa} flies for a cargo airline and {fr} for the air ambulance."),
    ("{a} has taken over the bakery from {r}, a father-in-law.",
     "{fr} {sa} still comes in at four every morning to light the ovens."),
    ("{a} and {r}, a niece, are walking the coast path together for {org}.",
     "{fr} carries the map; {fa} carries the sandwiches."),
    ("{a} is standing in the seat once held by {r}, a great-uncle.",
     "{fr} {sa} served for twenty years."),
    ("{a} and {r}, a brother-in-law, run competing fish-and-chip shops on the same street.",
     "{fa} says {fr} uses the wrong batter."),
    ("The farm owned by {r} has passed to a grandchild, {a}.",
     "{fa} will keep the dairy herd that {fr} built up."),
    ("A rockfall has blocked the lane to {place}.",
     "{c}, who keeps sheep on the hill, said {sc} heard the boulders come down."),
    ("{c} grew up in {place} and now teaches at the village school.",
     "{sc} says the school roll has doubled."),
    ("The pub in {place} has reopened as a community shop.",
     "{c}, who organised the buyout, said {sc} had knocked on every door."),
    ("Bell-ringers from {place} have rung a peal lasting three hours.",
     "{c}, the tower captain, said {sc} was proud of the band."),
    ("Flood barriers at {place} held on {day}.",
     "{c}, the parish clerk, said {sc} had never seen the river so high."),
    ("{c} has painted every house in {place}.",
     "{sc} will exhibit the paintings at the library in {town}."),
    ("{company} has won a contract to serve the new hospital.",
     "{d}, a shop steward, said {sd} welcomed the news."),
    ("{d} has no connection with {company}, despite the name.",
     "{sd} has asked the firm to stop using the family crest."),
    ("The owner of {company} has sold the business to its staff.",
     "{d}, who has worked there for thirty years, said {sd} was delighted."),
    ("{company} has been fined for dumping waste in the canal.",
     "{d}, who found the waste, said {sd} reported it the same day."),
    ("A lorry belonging to {company} overturned near {town}.",
     "{d}, a witness, said {sd} helped the driver out of the cab."),
    ("{e} designed {product} in a garden shed.",
     "{se} says the idea came from a broken kettle."),
    ("{product} has been recalled after complaints of overheating.",
     "{e}, a fire officer, said {se} had dealt with two fires caused by it."),
    ("{e} has won a court case against the makers of {product}.",
     "{se} said the device had set fire to a kitchen curtain."),
    ("Reviewers have compared {product} with more expensive rivals.",
     "{e}, a columnist, said {se} preferred the cheaper model."),
    ("{e} has started a repair café to fix items such as {product}.",
     "{se} says most faults take ten minutes to mend."),
    ("{ship} was launched at the yard in {town} on {day}.",
     "{f}, the welder who built the hull, said {sf} was in tears as she slid down the slipway."),
    ("{f} has written a history of {ship}.",
     "{sf} interviewed every surviving member of the crew."),
    ("{ship} rescued two yachtsmen in a gale off {town}.",
     "{f}, one of the yachtsmen, said {sf} owed the crew a lifetime of gratitude."),
    ("A painting of {ship} by {f} sold at auction on {day}.",
     "{sf} painted it from a photograph."),
    ("{ship} has been sold for scrap.",
     "{f}, who served aboard for a decade, said {sf} would campaign to save the bell."),
    ("Archdeacon {sa} has been suspended by the diocese.",
     "Archdeacon {sa} had sold church silver to a scrap dealer."),
    ("Rector {sb} has taken charge of the cathedral choir school.",
     "Rector {sb} was a trawlerman for twenty years."),
    ("Dean {sa} has banned tourists from the cathedral tower.",
     "Dean {sa} said the stairs were no longer safe."),
    ("Reverend {sb} has opened the church hall as a warm space.",
     "Reverend {sb} serves soup there every afternoon."),
    ("Provost {sa} has retired after thirty years at the college in {town}.",
     "Provost {sa} plans to write a crime novel."),
    ("Governor {sb} has called for a ban on e-scooters.",
     "Governor {sb} was hit by one on the pavement."),
    ("{a} and {b} were both nominated for the award, and {sa} won it.",
     "{sb} was the first to applaud."),
    ("{a} has bought the vineyard from {b}.",
     "{sa} plans to plant new vines; {sb} is moving abroad."),
    ("{c}, the landlord of the inn at {place}, has been fined for serving after hours.",
     "{sc} says the clock was wrong."),
    ("Staff at {company} have voted to strike.",
     "{d}, their union representative, said {sd} would meet managers on {day}."),
    ("{product} has sold out in its first week.",
     "{e}, a retail analyst, said {se} was not surprised."),
    ("{ship} was delayed by fog for a day.",
     "{f}, a passenger bound for {town}, said {sf} missed a wedding."),
    ("The neighbours {a} and {b} have both entered the giant vegetable contest.",
     "{sa} grows leeks and {sb} grows onions."),
]


# ------------------------------------------------------- figure templates

FIGURE_TEMPLATES = [
    # restated in the same words
    ("Volunteers planted [[{th1}]] saplings on the moor over the winter.",
     "Sheep have already nibbled the tops off many of the [[{th2}]] saplings."),
    ("The lifeboat station answered [[{c1}]] call-outs last summer.",
     "Crews say the [[{c2}]] call-outs were a record for a single season."),
    ("The ambulance service dealt with [[{hh1}]] heatstroke cases during the heatwave.",
     "Most of the [[{hh2}]] heatstroke cases involved elderly people living alone."),
    ("The price of olive oil has risen [[{pc1}]] in a year.",
     "Shoppers say a rise of [[{pc2}]] in a year is hard to swallow."),
    ("The oldest tortoise at the zoo is [[{age1}]] years old.",
     "Keepers believe that at [[{age2}]] years old she may be the oldest in Europe."),
    ("Firefighters battled the moorland blaze for [[{dy1}]] days.",
     "Smoke drifted over {town} for all [[{dy2}]] days of the fire."),
    ("The motorway was gridlocked for [[{hr1}]] hours after a lorry shed its load.",
     "Some drivers sat in their cars for [[{hr2}]] hours without water."),
    ("The cargo of bananas sat at the port for [[{wk1}]] weeks.",
     "After [[{wk2}]] weeks on the quay the fruit had to be destroyed."),
    ("The village pub had been shut for [[{yr1}]] years before the community bought it.",
     "Regulars say the [[{yr2}]] years without a pub were miserable."),
    ("The independent candidate polled [[{vt1}]] votes in the by-election.",
     "With [[{vt2}]] votes she beat both main parties."),
    ("Pilgrims walk [[{km1}]] kilometres from the coast to the shrine.",
     "Many do the [[{km2}]] kilometres barefoot."),
    ("The museum paid [[{usd1}]] for the dinosaur skeleton.",
     "Critics say [[{usd2}]] for a skeleton is obscene."),
    ("The mayor's official car cost [[{eur1}]] of public money.",
     "Opposition councillors asked who approved [[{eur2}]] of public money for a car."),
    ("A retired teacher left [[{gbp1}]] to the donkey sanctuary in her will.",
     "The sanctuary will put the [[{gbp2}]] to use on a new stable block."),
    ("The train reached [[{spd1}]] km/h on the new line during trials.",
     "Engineers said [[{spd2}]] km/h was well within the track's limits."),
    ("Customs officers found [[{kg1}]] kilograms of ivory in a shipping container.",
     "The [[{kg2}]] kilograms of ivory came from several elephants."),
    ("The crossing from the mainland takes [[{mn1}]] minutes by hovercraft.",
     "Islanders say [[{mn2}]] minutes by hovercraft beats an hour on the ferry."),
    ("The water in the hot spring stays at [[{tc1}]] degrees all year.",
     "Bathers say [[{tc2}]] degrees is perfect in winter."),
    ("The gymnast scored [[{pts1}]] points across the four apparatus.",
     "Judges said [[{pts2}]] points was the best score of her career."),
    ("The estate has set aside [[{ha1}]] hectares for rewilding.",
     "Beavers will be released on the [[{ha2}]] hectares next spring."),
    ("Gardeners in {town} recorded [[{mm1}]] millimetres of rain in a single afternoon.",
     "Drains could not cope with [[{mm2}]] millimetres of rain in a few hours."),
    ("A cup of coffee at the new airport costs [[{pr1}]] before tax.",
     "Travellers complain that [[{pr2}]] before tax is daylight robbery."),
    ("The skydiver jumped from [[{ft1}]] feet over the bay.",
     "Jumping from [[{ft2}]] feet gave her a minute of free fall."),
    ("The fire crew pumped [[{lt1}]] litres of water out of the flooded cellar.",
     "The owner said the [[{lt2}]] litres of water had ruined his wine collection."),
    ("The refugees walked [[{mi1}]] miles to reach the border.",
     "Children made the [[{mi2}]] miles on foot, some without shoes."),
    ("The trawler landed [[{tn1}]] tonnes of mackerel on {day}.",
     "Buyers at the auction snapped up the [[{tn2}]] tonnes within an hour."),
    ("The school trip to the science museum included [[{c1}]] pupils.",
     "All [[{c2}]] pupils had to be counted back on to the coach."),
    ("The new prison will hold [[{hh1}]] inmates.",
     "Local people fear the [[{hh2}]] inmates will strain the town's services."),
    ("The food bank handed out [[{th1}]] parcels in {month}.",
     "Volunteers packed the [[{th2}]] parcels in a church hall."),
    ("Support for the ruling party has fallen to [[{pc1}]] in the latest poll.",
     "At [[{pc2}]] in the latest poll, the party is at its lowest since its founding."),
    ("The oldest serving firefighter in the brigade has been in the job for [[{yr1}]] years.",
     "In [[{yr2}]] years he has never missed a shift."),
    ("The hunger strike lasted [[{dy1}]] days.",
     "After [[{dy2}]] days without food, the prisoner was taken to hospital."),
    ("The storm caused [[{usd1}]] of damage to the harbour.",
     "Insurers will pay out on the [[{usd2}]] of damage within a month."),
    ("The petition to save the swimming pool gathered [[{vt1}]] signatures.",
     "The [[{vt2}]] signatures were handed in at the town hall on {day}."),
    ("The giant catfish landed by an angler weighed [[{kg1}]] kilograms.",
     "A catfish of [[{kg2}]] kilograms is a national record."),
    ("The operation to separate the twins took [[{hr1}]] hours.",
     "Over [[{hr2}]] hours, twenty doctors and nurses took turns at the table."),
    ("The power went off for [[{mn1}]] minutes during the cup final.",
     "Viewers missed the winning goal in those [[{mn2}]] minutes of darkness."),
    ("The new border fence runs for [[{km1}]] kilometres.",
     "Wildlife groups say the [[{km2}]] kilometres of fence cut migration routes."),
    ("The recycling plant processed [[{tn1}]] tonnes of glass in {month}.",
     "Most of the [[{tn2}]] tonnes of glass came from bottle banks."),
    ("The bride was [[{age1}]] years old when she married for the first time.",
     "Guests said [[{age2}]] years old was never too late."),
    ("Sales of electric cars rose [[{pc1}]] in {month}.",
     "A jump of [[{pc2}]] in a single month surprised the industry."),
    ("The open day at the observatory drew [[{th1}]] visitors.",
     "The [[{th2}]] visitors queued for up to an hour to look through the telescope."),
    ("The ice hockey team has lost [[{c1}]] games in a row.",
     "Fans say [[{c2}]] games in a row is a disgrace."),
    # restated in other words
    ("The fire destroyed [[{c1}]] homes on the estate.",
     "The families from those [[{c2}]] houses are staying in a hotel."),
    ("The hospital trust has a waiting list of [[{th1}]] patients.",
     "Each of the [[{th2}]] people waiting will get a letter."),
    ("The factory cut [[{hh1}]] jobs on {day}.",
     "The [[{hh2}]] redundancies are the biggest in the town's history."),
    ("The exam pass rate at the college was [[{pc1}]].",
     "In other words, [[{pc2}]] of students passed."),
    ("The airline lost [[{usd1}]] in the last quarter.",
     "The loss, [[{usd2}]], was blamed on fuel prices."),
    ("The race covers [[{km1}]] kilometres of mountain trail.",
     "Runners have twelve hours to finish the [[{km2}]] km."),
    ("The storm's winds reached [[{spd1}]] km/h over the islands.",
     "Gusts of [[{spd2}]] kilometres an hour brought down power lines."),
    ("The black bear weighed [[{kg1}]] kilograms when it was caught.",
     "Rangers fitted a collar to the [[{kg2}]] kg animal before releasing it."),
    ("The thermometer at the airport showed [[{tc1}]] degrees on {day}.",
     "That reading, [[{tc2}]]°C, broke the record for the month."),
    ("The storm dropped [[{mm1}]] mm of rain on the valley.",
     "Nobody in the valley could remember a soaking of [[{mm2}]] millimetres."),
    ("The kite surfer was lifted [[{ft1}]] feet into the air by a gust.",
     "Footage shows him hanging [[{ft2}]] ft above the beach."),
    ("The wildfire has burnt [[{ha1}]] hectares of heathland.",
     "Firefighters say the [[{ha2}]] ha blaze is now under control."),
    ("The leaking pipe wasted [[{lt1}]] litres of drinking water a day.",
     "Engineers say the daily loss of [[{lt2}]] could supply a small village."),
    ("The new railway line is [[{mi1}]] miles long.",
     "Trains will run the length of the [[{mi2}]]-mile route in under an hour."),
    ("The ship was carrying [[{tn1}]] tonnes of grain when it ran aground.",
     "Salvage teams are trying to unload the [[{tn2}]]-tonne cargo before it spoils."),
    ("The winning candidate's majority was [[{vt1}]] votes.",
     "She said her majority of [[{vt2}]] was a mandate for change."),
    ("A litre of petrol now costs [[{pr1}]] at the pump.",
     "Hauliers say fuel at [[{pr2}]] a litre will put them out of business."),
    ("The flight from the capital to the island takes [[{mn1}]] minutes.",
     "The [[{mn2}]]-min hop is the shortest scheduled flight in the country."),
    ("The emergency department had a wait of [[{hr1}]] hours on {day}.",
     "Patients said the [[{hr2}]]-hr wait was the worst they had known."),
    ("The ferry service was suspended for [[{dy1}]] days.",
     "Islanders ran short of milk during the [[{dy2}]]-day suspension."),
    ("The maternity unit was closed for [[{wk1}]] weeks.",
     "Expectant mothers had to travel to {town} throughout the [[{wk2}]]-week closure."),
    ("The chief executive led the company for [[{yr1}]] years.",
     "Shareholders thanked him for a [[{yr2}]]-year tenure of steady growth."),
    ("The climber who reached the summit on {day} was [[{age1}]].",
     "The mountaineer, aged [[{age2}]], said she had trained for a year."),
    ("Inflation in the country reached [[{pc1}]] in {month}.",
     "Prices are now rising at an annual rate of [[{pc2}]]."),
    ("The festival sold [[{th1}]] tickets this year.",
     "Ticket sales of [[{th2}]] mean the festival will break even."),
    ("The club has signed [[{c1}]] new players this summer.",
     "The newcomers, [[{c2}]] in number, trained together for the first time on {day}."),
    ("The charity rehomed [[{hh1}]] greyhounds last year.",
     "Each of the [[{hh2}]] dogs was checked by a vet."),
    ("The philanthropist gave [[{usd1}]] to the children's hospital.",
     "Her donation of [[{usd2}]] will pay for a new cancer ward."),
    ("The village borrowed [[{eur1}]] to repair the church roof.",
     "The loan, [[{eur2}]] over twenty years, will be repaid from tourist fees."),
    ("The footballer was fined [[{gbp1}]] for breaking the club's rules.",
     "It is the largest penalty, at [[{gbp2}]], ever imposed by the club."),
    ("The quiz team from {town} finished with [[{pts1}]] points.",
     "That score, [[{pts2}]], earned them a place in the national final."),
    ("The speed camera caught a driver doing [[{spd1}]] km/h outside the school.",
     "Magistrates said his speed of [[{spd2}]] on a school road was indefensible."),
    ("The pipeline will stretch [[{km1}]] kilometres across the desert.",
     "Building the [[{km2}]]-km link will take three years."),
    ("Inside the greenhouse the temperature reached [[{tc1}]] degrees.",
     "Tomato plants wilted in the [[{tc2}]]-degree heat."),
    ("The earthquake killed [[{c1}]] people in the mountain villages.",
     "The victims, [[{c2}]] men, women and children, were buried on {day}."),
    ("The city's marathon had [[{th1}]] entrants.",
     "A field of [[{th2}]] made it the biggest race in the region."),
    ("The refugee camp houses [[{hh1}]] families.",
     "Aid workers say they number [[{hh2}]] and more arrive daily."),
    ("Members cast [[{vt1}]] ballots in the union election.",
     "The turnout, [[{vt2}]] members, was the highest in a decade."),
    ("The bridge repairs will cost [[{usd1}]].",
     "Engineers say the bill, [[{usd2}]], could rise further."),
    ("The weightlifter raised [[{kg1}]] kilograms in the snatch.",
     "Her lift of [[{kg2}]] kg set a world record."),
    ("Rescuers took [[{dy1}]] days to reach the trapped miners.",
     "The miners survived those [[{dy2}]] days on biscuits and water dripping from the rock."),
    ("The brewery's new tank holds [[{lt1}]] litres of beer.",
     "When full, the [[{lt2}]] l tank weighs more than a lorry."),
    ("The vineyard covers [[{ha1}]] hectares of hillside.",
     "Its [[{ha2}]] ha of vines produce a million bottles a year."),
    ("The strike by bin collectors lasted [[{wk1}]] weeks.",
     "Rubbish piled up in the streets throughout the [[{wk2}]]-week dispute."),
    ("The fraudster was jailed for [[{yr1}]] years.",
     "He will serve at least half of his [[{yr2}]]-year sentence."),
    ("The river's salmon population has fallen by [[{pc1}]] since {prev}.",
     "Anglers blame the decline of [[{pc2}]] on sewage."),
]

FIGURE_NEAR_MISSES = [
    ("The organisers expect about {th1} people at the carnival; last year {th2} came.",),
    ("Between {hh2} and {hh1} jobs are at risk, the union says.",),
    ("The death toll, first put at {c1}, was revised down to {c2} after some of the missing were found.",),
    ("The port handled {tn1} tonnes of cargo in {year} and {tn2} tonnes in {prev}.",),
    ("The tunnel is {km1} km long, {km2} km of it under the river.",),
    ("At the wedding on {day} the bride was {age1} and the groom {age2}.",),
    ("Of the {th1} people who applied, {th2} were offered places.",),
    ("The central bank had forecast growth of {pc1}; the economy grew by {pc2}.",),
    ("Campaigners say {th1} people joined the march; the police counted {th2}.",),
    ("The government pledged {usd1} in aid; {usd2} has been delivered so far.",),
    ("Up to {c1} wolves may roam the forest, rangers say.",
     "Cameras have confirmed {c2}."),
    ("The men's race is {mi1} miles and the women's {mi2} miles.",),
    ("In {year} the library lent {th1} books, compared with {th2} in {prev}.",),
    ("About {c1} cars were caught up in the pile-up; {c2} drivers needed hospital treatment.",),
    ("The ruling party won {vt1} votes in the north and {vt2} in the south.",),
    ("The arena holds {th1}; {th2} tickets were sold for the opening night.",),
    ("{org} estimates the clean-up will cost {usd1}.",
     "{person}, the environment minister, says it will cost {usd2}."),
    ("The oldest volunteer at the food bank is {age1}; the youngest is {age2}.",),
    ("Rain gauges on the coast recorded {mm1} mm in {month}; those inland recorded {mm2} mm.",),
    ("Rail fares were {pr1} at peak times and {pr2} off-peak.",),
    ("The speed limit drops from {spd1} km/h to {spd2} km/h at the edge of the village.",),
    ("The ward's longest wait on {day} was {hr1} hours; the average was {hr2} hours.",),
    ("The nature reserve covers {ha1} hectares, of which {ha2} hectares are wetland.",),
    ("The quarry produced {tn1} tonnes of stone in its best year and {tn2} tonnes last year.",),
    ("The plane's ceiling is {ft1} feet, but on {day} it flew at {ft2} feet to stay below a storm.",),
    ("The school hopes to raise {gbp1} for a new sports hall and has reached {gbp2}.",),
    ("The doctor has practised medicine for {yr1} years, the last {yr2} in {town}.",),
    ("The tank holds {lt1} litres when full; on {day} it held {lt2} litres.",),
    ("The chief executive earns {eur1} a year and her deputy {eur2}.",),
    ("The first act ran for {mn1} minutes and the second for {mn2}.",),
    ("The champions finished on {pts1} points, the runners-up on {pts2}.",),
    ("Estimates of the size of the crowd at the rally ran from {th2} to {th1}.",),
    ("Wages rose {pc1} in the capital and {pc2} in the provinces.",),
    ("It was {tc1} degrees at lunchtime, but the temperature had fallen to {tc2} degrees by evening.",),
    ("Perhaps {c1} passengers were on board, though the crew list names only {c2}.",),
    ("The surgery treated {hh1} patients in {month}, {hh2} of them children.",),
    ("The university expected {c1} applicants for the course; {c2} applied.",),
    ("The fine can be as much as {eur1}; the company was ordered to pay {eur2}.",),
    ("The coastal path runs for {mi1} miles, but only {mi2} miles are open this winter.",),
    ("The robber was sentenced to {yr1} years and the getaway driver to {yr2}.",),
    ("The first weather balloon rose to {ft1} feet; a second burst at {ft2} feet.",),
    ("{person} says {c1} staff have left this year; the company puts the number at {c2}.",),
    ("Planners predict {th1} vehicles a day will use the bypass, compared with {th2} on the old road.",),
    ("The adult seal weighs {kg1} kilograms and her pup {kg2}.",),
    ("The first search lasted {hr1} hours; a second, in {month}, took {hr2} hours.",),
    ("The auction raised {usd1} in total, {usd2} of it from a single painting.",),
    ("The prize fund is now {eur1}, having started at {eur2}.",),
    ("Teachers at the secondary school struck for {dy1} days and those at the primary for {dy2}.",),
    ("{org} reports that {pc1} of rivers are polluted; the regulator says {pc2}.",),
    ("The ceremony lasted {mn1} minutes, of which the speeches took {mn2}.",),
    ("Frost lasted {wk1} weeks in the north and {wk2} weeks on the coast.",),
    ("The conference hotel has {hh1} rooms, {hh2} of which were booked by delegates.",),
    ("Gusts hit {spd1} km/h on the bridge and {spd2} km/h in the town centre.",),
    ("Over the whole winter the catchment received {mm1} mm of rain, with {mm2} mm falling in {month} alone.",),
    ("The freighter is rated for {tn1} tonnes but left port with {tn2} tonnes aboard.",),
    ("The boxer weighed {kg1} kilograms at his peak and {kg2} kilograms as a teenager.",),
    ("An initial tally of {c1} votes for the motion was corrected to {c2} after a recount.",),
    ("The developer was given permission for {hh1} flats and has built {hh2} of them.",),
    ("The target was to cut emissions by {pc1}; the cut achieved was {pc2}.",),
    ("The house was valued at {gbp1} in {year} and at {gbp2} in {prev}.",),
    ("The bill was projected at {usd1} when the work began, and the first phase alone has cost {usd2}.",),
    ("Nearly {th1} fans watched the final on screens in the park, while {th2} were inside the stadium.",),
    ("The trail is {km1} km for the full route and {km2} km for the short loop.",),
    ("The motion passed by {vt1} votes to {vt2}.",),
    ("The mother is {age1} and her son {age2}.",),
    ("The highest peak in the range rises to {ft1} feet; the pass below it is at {ft2} feet.",),
    ("The strike at the depot lasted {wk1} weeks, and talks to end it took {wk2} of them.",),
    ("The airport wants {dy1} days' notice of a protest; campaigners gave {dy2}.",),
]

#: read by the harness and the tests as attributes of this module
_KIT_EXPORTS = (value_of,)
