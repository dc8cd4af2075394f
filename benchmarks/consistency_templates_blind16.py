"""Blind16: a sixteenth independent held-out set of injected internal-consistency templates.

Used by ``benchmarks/consistency_injection.py --split blind16`` (all templates of
this module, with the context functions of this module).

Written on 2026-11-24 (started 15:19:18 UTC, ``date -u``) by an independent
tester, on branch ``cblind16`` (worktree /work/wt/cblind16) from base commit
6f0bebd4dd8ea4a25fcb00a55513c0d4af1e6e12 (``git rev-parse HEAD``), from the
brief's definition of the two kinds only: ``name_inconsistency`` (the same
person introduced by full name and later referred to by a variant of the
surname: a letter changed, doubled or dropped, two letters swapped, or a
transliteration/spelling variant -- Arabic, Russian, Ukrainian, Belarusian,
Chinese (pinyin/Wade-Giles, Cantonese/Mandarin), Korean, Japanese (macrons,
Kunrei-shiki/Hepburn), Hindi, Bengali, Urdu, Punjabi, Tamil, Sinhala, Nepali,
Greek, Persian, Hebrew, Yiddish, Turkish, Azerbaijani, Vietnamese, Polish,
Czech, Slovak, Hungarian, Romanian, Serbian, Bulgarian, Macedonian, German,
Danish, Swedish, Icelandic, Lithuanian, Latvian, Portuguese, Spanish, French,
Irish, Thai, Georgian, Armenian, Swahili, Amharic, Tigrinya, Indonesian,
Malay, Yoruba, Hausa, Igbo, Somali, Pashto, Burmese, Kazakh, Uzbek,
Mongolian, Tibetan/Dzongkha, Kurdish; near-misses: two different people with
similar names, both introduced in full, relatives sharing a surname, a place,
company, product or ship named like a person, a person with a title then the
title and surname only, spelt consistently) and ``conflicting_figures`` (one
quantity stated as fact with two different numbers in one article, in varied
wording -- digits and number words; counts, money, percentages, measures,
durations, ages, speeds, distances, prices, scores, votes, areas, weights,
margins, capacities, temperatures, rainfall, altitudes, volumes; near-misses:
hedged or estimated figures, ranges, updates and revisions, different
occasions/places/groups/years, parts of a whole, forecasts or targets against
outcomes, two named sources that disagree).  The figure templates are about
half restated in the same words as the first mention (the same unit or noun
after the number) and half in other words: another noun ("stores" ...
"branches", "nurses" ... "staff", "passengers" ... "holidaymakers", "migrants"
... "detainees", "residents" ... "elderly people", "patients" ... "people",
"people homeless" ... "displaced"), a nominalised verb ("will invest" ... "Its
investment", "fell" ... "That slide", "seized" ... "The haul", "rose" ... "The
increase"), a pronoun or possessive ("His tally", "Its capacity", "Its weekly
output", "Their total", "her salary", "the ship's", "the centre's", "the
pilot's"), an appositive ("The vehicles, N in all,", "The survivors, N of
them,"), "That figure", "that loss", "That deluge, N mm", "That peak, NC", a
hyphenated compound ("-kilometre crossing", "-year rule", "-hour search",
"-year-old", "-vote lead", "-kilo animal", "-minute ride", "-mile course",
"-day stoppage", "-litre load", "-week wait", "-foot climb", "-hectare
reservoir"), "kilograms" ... "kilos", "millimetres" ... "mm", "degrees" ...
"C", and a rate stated as a level (unemployment rose to X ... "X of adults
now jobless"; turnout ... "of the electorate had cast a ballot").
Fresh: this set never went through the detector; it is to be scored once on the code at the end of session 19 as the "before" of session 20's rounds, and never used to tune.

What the author read: the brief; ``date -u`` and ``git rev-parse HEAD`` of the
new worktree; ``ls`` of benchmarks/ and tests/ (file names only); ``wc -l`` and
``grep -n`` of section line numbers in blind15's template module (to copy its
machinery section with ``sed``); benchmarks/consistency_templates_blind15.py
(whole file: header, people lists, helpers, context functions and all four
template lists -- none of its sentences, people, places, organisations,
titles, roles or name pairs is reused here); tests/consistency_template_checks.py
and tests/test_consistency_templates_blind15.py (whole files); ``grep -n -A11
"def load_benchmark" tests/conftest.py``; in benchmarks/consistency_injection.py
only the output of ``grep -n "blind15\\|BLIND15\\|def sets_for\\|choices=\\|^SPLITS"``
(before the wiring) and of ``grep -n "blind16"`` (after it).  Seen by accident:
the subject line of the base commit, printed by ``git worktree add`` ("quality.md
re-run on the final code (python benchmarks/quality.py): every AUC, ECE,
interval and ablation figure unchanged; the dominance table is brought up to
date (conflicting_figures is now non-zero on one Webis article, a genuine
conflict found by an earlier session's rules, so max_dominance would also drop
it)"), which names no rule, list or score of the detector; blind15's own header
(read as allowed), which quotes an earlier subject line about the detector's
people nouns' written forms being precomputed; and, in the ``ls`` of
benchmarks/ and tests/, the names of other files there (date template sets up
to blind41, other benchmark scripts and round tests), none opened.  The
``sed`` wiring of ``blind16`` was scripted and checked with ``grep -n`` only;
the harness was only byte-compiled (``python -m py_compile``, its
``__pycache__`` deleted), never run.
Not read, grepped, imported or run: src/reliability/, features/, docs/,
README.md, benchmarks/results/, the body of benchmarks/consistency_injection.py,
any other tests/test_consistency* file or test about names, the templates of
blind2 to blind14, any git history; ``reliability.score`` was never called
and the detector was never run on these templates.
tests/test_consistency_templates_blind16.py imports the harness module to
check the ``blind16`` wiring (the harness's lists are never printed or
inspected), and loads blind15's module to check that nothing is shared with
it (earlier sets could not be checked, as their templates were not to be read;
the brief's pairs Mohammed/Muhammad, Young/Yang and Tchaikovsky/Chaikovsky,
and every pair named in blind15, were deliberately not used).  The author ran
only the well-formedness test of this set, which runs no detector, and
throwaway scripts in /tmp counting the lists and restatement kinds.  The
first test run failed twice and the set was fixed (not the checks): ten
invented people were added to keep transliteration people at most 70 percent
of all people, and one relatives near-miss was reworded so that its first
sentence no longer reads as a titled name ("The {sa} sisters" became "two
siblings").  The copied test's own parts were adapted to this set: the counts,
the languages table, the seed of the exhaustive check, and extra restatement
cues for the wordings used here.

The helpers for spelling numbers and for the mechanical misspellings
(``_change``, ``_swap``, ``_drop``, ``_double``, ``spell``, ``value_of``,
``_pair``, ``_round_pair``, ``_styled``), ``name_context``,
``name_near_context``, the context-function signatures and ``_figures`` (all
its families) are blind15's, copied unchanged with ``sed``.  All people,
places, organisations, titles, roles, name pairs and sentences are new.  This
set has 64 name templates (109 transliteration people from some 55 languages,
50 invented people for the mechanical variants), 82 figure templates
(written as 38 restated in the same words and 44 in other words; by the test's
count of the word after each number, 38 and 44; 26 figure families), 48
name near-misses and 59 figure near-misses.

Conventions (those of the harness, as in blind3 to blind15): a template is a
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
    ("Ambrose", "Wainwright", "m"), ("Philippa", "Greenhalgh", "f"), ("Obadiah", "Mortlake", "m"),
    ("Henrietta", "Saltonstall", "f"), ("Leopoldo", "Carrasquillo", "m"), ("Wilhelmina", "Ottoway", "f"),
    ("Fergus", "Macpherson", "m"), ("Rosalind", "Thistlewood", "f"), ("Emeka", "Nwachukwu", "m"),
    ("Beatrix", "Cavendish", "f"), ("Ezekiel", "Pocklington", "m"), ("Delphine", "Vaucheret", "f"),
    ("Tobias", "Grimshaw", "m"), ("Seraphina", "Holloway", "f"), ("Alasdair", "Strachan", "m"),
    ("Winifred", "Applegarth", "f"), ("Benedikt", "Hollerbach", "m"), ("Folasade", "Oyelaran", "f"),
    ("Caspian", "Radleigh", "m"), ("Isolde", "Fenwick", "f"), ("Jasper", "Worthington", "m"),
    ("Cordelia", "Ashworth", "f"), ("Lorcan", "Mulcahy", "m"), ("Octavia", "Prendergast", "f"),
    ("Mortimer", "Sheringham", "m"), ("Ottilie", "Bramwell", "f"), ("Rodrigo", "Valdivieso", "m"),
    ("Harriet", "Coggeshall", "f"), ("Barnabas", "Featherstone", "m"), ("Eulalia", "Montesinos", "f"),
    ("Silas", "Haddington", "m"), ("Ysolde", "Carmichael", "f"), ("Florian", "Weissmuller", "m"),
    ("Nkechi", "Okafor", "f"), ("Aurelio", "Santangelo", "m"), ("Philomena", "Dunstable", "f"),
    ("Gideon", "Lockhart", "m"), ("Matilda", "Hargreaves", "f"), ("Leandro", "Bettencourt", "m"),
    ("Cressida", "Wolstenholme", "f"), ("Peregrine", "Blenheimer", "m"), ("Clemency", "Aldridge", "f"),
    ("Lancelot", "Trevithick", "m"), ("Georgiana", "Pettifer", "f"), ("Eberhard", "Kesselring", "m"),
    ("Amarachi", "Eze-Okoye", "f"), ("Hieronymus", "Dalrymple", "m"), ("Marigold", "Fitzwarren", "f"),
    ("Ignacio", "Arrieta", "m"), ("Temperance", "Goodyear", "f"),
]

# (first name, surname, transliteration/spelling variant, "m"/"f"): one name, two
# romanisations or spellings, from some 55 languages (see the comments).
TRANSLITERATIONS_PEOPLE = [
    # Arabic
    ("Samir", "Mansour", "Mansur", "m"), ("Hala", "Youssef", "Yusuf", "f"), ("Fadi", "Saleh", "Salih", "m"),
    ("Rim", "Darwish", "Derwich", "f"), ("Omar", "Suleiman", "Sulayman", "m"),
    # Russian
    ("Dmitri", "Vorobyov", "Vorobiev", "m"), ("Olga", "Solovyova", "Soloveva", "f"), ("Yuri", "Zhukov", "Joukov", "m"),
    ("Nikolai", "Tsvetkov", "Zwetkow", "m"),
    # Ukrainian
    ("Oksana", "Shevchuk", "Szewczuk", "f"), ("Bohdan", "Kovalenko", "Kowalenko", "m"),
    ("Mykola", "Hrytsenko", "Gritsenko", "m"),
    # Belarusian
    ("Volha", "Lukashevich", "Lukaševič", "f"),
    # Chinese (pinyin vs Wade-Giles; Cantonese vs Mandarin)
    ("Jian", "Xu", "Hsu", "m"), ("Ling", "Qian", "Chien", "f"), ("Hao", "Zheng", "Cheng", "m"),
    ("Yan", "Jiang", "Chiang", "f"), ("Chi-keung", "Wong", "Huang", "m"), ("Hui", "Zhao", "Chao", "f"),
    ("Feng", "Qiu", "Chiu", "m"),
    # Korean
    ("Jae-won", "Jung", "Chung", "m"), ("Hye-jin", "Kang", "Gang", "f"), ("Sung-ho", "Bae", "Pae", "m"),
    ("Eun-ji", "Jeon", "Chun", "f"),
    # Japanese (macrons written or not, Kunrei-shiki vs Hepburn)
    ("Yuki", "Katō", "Kato", "f"), ("Hiroshi", "Saitō", "Saito", "m"), ("Daiki", "Tsuchiya", "Tutiya", "m"),
    ("Mai", "Fujii", "Huzii", "f"), ("Takumi", "Kōno", "Kohno", "m"),
    # Hindi / Bengali / Urdu / Punjabi
    ("Rohit", "Chaudhary", "Choudhury", "m"), ("Priya", "Srivastava", "Shrivastava", "f"),
    ("Arjun", "Bhattacharya", "Bhattacharjee", "m"), ("Nasreen", "Chowdhury", "Choudhry", "f"),
    ("Faisal", "Siddiqui", "Siddiqi", "m"), ("Gurpreet", "Dhillon", "Dhilon", "f"), ("Manoj", "Tripathi", "Tripathy", "m"),
    # Tamil / Sinhala / Nepali
    ("Karthik", "Subramanian", "Subramaniam", "m"), ("Lakshmi", "Krishnan", "Kirushnan", "f"),
    ("Nuwan", "Wickramasinghe", "Wickremesinghe", "m"), ("Sunita", "Adhikari", "Adhikary", "f"),
    # Greek
    ("Yannis", "Papadopoulos", "Papadopulos", "m"), ("Sofia", "Georgiou", "Yeorgiou", "f"),
    ("Christos", "Karamanlis", "Caramanlis", "m"),
    # Persian
    ("Dariush", "Rezaei", "Rezai", "m"), ("Maryam", "Karimi", "Kareemi", "f"), ("Farhad", "Ghorbani", "Qorbani", "m"),
    # Hebrew / Yiddish
    ("Yael", "Shapiro", "Shapira", "f"), ("Moshe", "Weiss", "Vays", "m"), ("Ariel", "Goldstein", "Goldshtein", "m"),
    ("Chaim", "Rabinowitz", "Rabinovich", "m"),
    # Turkish / Azerbaijani
    ("Mehmet", "Yıldız", "Yildiz", "m"), ("Ayşe", "Çelik", "Celik", "f"), ("Murat", "Doğan", "Dogan", "m"),
    ("Rəşad", "Hüseynov", "Huseynov", "m"), ("Leyla", "Əliyeva", "Aliyeva", "f"),
    # Vietnamese
    ("Hoa", "Phạm", "Pham", "f"), ("Hương", "Dương", "Duong", "f"), ("Khanh", "Hoàng", "Hoang", "m"),
    # Polish / Czech / Slovak
    ("Krzysztof", "Wiśniewski", "Wisniewski", "m"), ("Małgorzata", "Dąbrowska", "Dabrowska", "f"),
    ("Pavel", "Novotný", "Novotny", "m"), ("Jana", "Růžičková", "Ruzickova", "f"), ("Marek", "Kováč", "Kovac", "m"),
    # Hungarian
    ("László", "Horváth", "Horvath", "m"), ("Erzsébet", "Tóth", "Toth", "f"),
    # Romanian
    ("Mihai", "Lăzărescu", "Lazarescu", "m"), ("Elena", "Bărbulescu", "Barbulescu", "f"),
    # Serbian / Bulgarian / Macedonian
    ("Nikola", "Petrović", "Petrovic", "m"), ("Milica", "Jovanović", "Jovanovic", "f"),
    ("Georgi", "Shishkov", "Chichkov", "m"), ("Boris", "Trajkovski", "Trajkovsky", "m"),
    # German / Danish / Swedish / Icelandic / Lithuanian / Latvian
    ("Klaus", "Müller", "Mueller", "m"), ("Søren", "Kjærgaard", "Kjaergaard", "m"), ("Åsa", "Åström", "Astrom", "f"),
    ("Björn", "Guðmundsson", "Gudmundsson", "m"), ("Rasa", "Kazlauskienė", "Kazlauskiene", "f"),
    ("Jānis", "Kalniņš", "Kalnins", "m"),
    # Portuguese / Spanish / French / Irish
    ("Joana", "Gonçalves", "Goncalves", "f"), ("Iñaki", "Muñoz", "Munoz", "m"), ("Anaïs", "Lefèvre", "Lefebvre", "f"),
    ("Séamus", "Ó Súilleabháin", "O'Sullivan", "m"),
    # Thai
    ("Somchai", "Srisuk", "Srisook", "m"), ("Pimchanok", "Chaiyaphum", "Chaiyapoom", "f"),
    # Georgian
    ("Giorgi", "Gelashvili", "Gelaschwili", "m"), ("Ketevan", "Lomidze", "Lomidse", "f"),
    # Armenian
    ("Tigran", "Sargsyan", "Sarkissian", "m"), ("Lusine", "Grigoryan", "Grigorian", "f"),
    # Swahili
    ("Juma", "Seif", "Saif", "m"), ("Neema", "Athumani", "Othman", "f"),
    # Amharic / Tigrinya
    ("Abebe", "Gebremedhin", "Gebremedhen", "m"), ("Selam", "Haile", "Hayle", "f"), ("Tsegaye", "Kebede", "Kebbede", "m"),
    # Indonesian (old and new spelling) / Malay
    ("Joko", "Santoso", "Santosa", "m"), ("Sri", "Wahyuni", "Wahjuni", "f"), ("Hafiz", "Ismail", "Ismael", "m"),
    # Yoruba (tone marks written or not) / Hausa / Igbo
    ("Bolaji", "Àkàndé", "Akande", "m"), ("Hauwa", "Ɓello", "Bello", "f"), ("Chidi", "Nwankwọ", "Nwankwo", "m"),
    # Somali (Somali orthography vs English)
    ("Hodan", "Cismaan", "Osman", "f"), ("Cabdi", "Xuseen", "Hussein", "m"),
    # Pashto
    ("Nargis", "Yousafzai", "Yusufzai", "f"), ("Ahmad", "Popalzai", "Popalzay", "m"),
    # Burmese
    ("Thiha", "Htwe", "Htway", "m"),
    # Kazakh / Uzbek / Mongolian
    ("Daulet", "Zhakupov", "Jakupov", "m"), ("Gulnara", "Tursunova", "Tursunowa", "f"),
    ("Nurlan", "Abdrakhmanov", "Abdrahmanov", "m"), ("Ganzorig", "Dorjsuren", "Dorjsüren", "m"),
    # Tibetan / Bhutanese / Kurdish
    ("Pema", "Tsering", "Tshering", "f"), ("Shvan", "Barzani", "Barzanî", "m"),
]
TRANSLITERATIONS = [(surname, variant) for _, surname, variant, _ in TRANSLITERATIONS_PEOPLE]

# Pairs of real, different surnames that look alike (two people, each introduced in full).
LOOKALIKE_SURNAMES = [
    ("Phillips", "Philips"), ("Mathews", "Matthews"), ("Gray", "Grey"), ("Nicholson", "Nicolson"),
    ("Jeffries", "Jefferies"), ("Brown", "Browne"), ("Greene", "Green"), ("Cook", "Cooke"), ("Hurst", "Hearst"),
    ("Laurence", "Lawrence"), ("Neal", "Neill"), ("Schmidt", "Schmitt"), ("Jensen", "Jenson"),
    ("Nielsen", "Nilsson"), ("Crowe", "Crow"), ("Hawkins", "Hawkings"), ("Harvey", "Hervey"),
    ("Collins", "Collings"), ("Walsh", "Welsh"), ("Hughes", "Hewes"),
]
# (surname, place with a similar name)
PLACE_SURNAMES = [
    ("Sherborne", "Sherburn-in-Elmet"), ("Thornbury", "Thornborough"), ("Marlow", "Marlow Bottom"),
    ("Chesham", "Chesham Bois"), ("Beverley", "Beverly Minster"), ("Ingleby", "Ingleby Greenhow"),
    ("Stanway", "Stanway Cross"), ("Kirkwood", "Kirkwood Fell"), ("Hawkshaw", "Hawkshead"),
    ("Langley", "Langley Marish"),
]
# (surname, company named like a person)
COMPANY_SURNAMES = [
    ("Pilkington", "Pilkingtons Glaziers"), ("Sutcliffe", "Sutcliffes Funeral Directors"),
    ("Ormerod", "Ormerods Haulage"), ("Greenwood", "Greenwoods Outfitters"),
    ("Entwistle", "Entwistles Garden Centre"), ("Hollingworth", "Hollingworths Bakery"),
    ("Ackroyd", "Ackroyds Plumbing"), ("Bamforth", "Bamforths Opticians"),
]
# (surname, product named like a person)
PRODUCT_SURNAMES = [
    ("Ashby", "the Ashbee air fryer"), ("Calloway", "the Callaway e-bike"), ("Delaney", "the Delany baby monitor"),
    ("Everett", "the Everet dishwasher"), ("Farrell", "the Farel solar lantern"),
    ("Garrick", "the Garrik gaming headset"), ("Holbrook", "the Holbrooke treadmill"),
]
# (surname, ship named like a person)
SHIP_SURNAMES = [
    ("Mackenzie", "the ferry Mackenzy Star"), ("Lindsay", "the trawler Lindsey Rose"), ("Ogilvie", "the tug Ogilvy"),
    ("Fairweather", "the schooner Fayreweather"), ("Dunbar", "the research vessel Dunbarre"),
]
GIVEN_NAMES = ["Alaric", "Bettina", "Clement", "Dorothea", "Edmund", "Felicity", "Gareth", "Hester", "Ivo",
               "Juliana", "Kasimir", "Leonie", "Malachy", "Nell", "Orlando", "Posy", "Reuben", "Sabine",
               "Tristram", "Una", "Valentin", "Wanda", "Xanthe", "Zebedee"]
PLACES = ["Hollowmere", "Kilbarrack Strand", "Pen-y-Groes Cross", "Saltmarsh Quay", "Nether Wenlow",
          "Santa Lucia del Monte", "Brackenridge", "Oakhurst Down", "Dunmallow", "Larchfield",
          "Eastwick Ferry", "Porthcarrow"]
ORGANISATIONS = ["the ramblers' association", "the lifeboat institution", "the housing federation",
                 "the wildlife hospital", "the county music service", "the bus users' group",
                 "the allotment society", "the blood donor service", "the coastal path partnership",
                 "the friends of the library", "the farmers' cooperative", "the canal restoration society"]
ROLES = ["a spokesperson for", "the treasurer of", "a founder of", "the secretary of", "a patron of",
         "the director of", "a governor of", "the vice-chair of"]
TITLES_M = ["Professor", "Inspector", "Major", "Colonel", "Father", "Senator", "Alderman"]
TITLES_F = ["Professor", "Inspector", "Major", "Colonel", "Sister", "Senator", "Alderman"]
FIGURE_PEOPLE = ["Ottoline Marchbank", "Casimir Oyelowo", "Rosamund Tregarthen", "Idris Vandermeer",
                 "Beatriz Holmstrom", "Anatole Kirkpatrick", "Zainab Fairclough", "Lysander Mbeki",
                 "Henrike Castlemaine", "Duncan Achebe-Ward"]


# The context functions: the kit's (session 25; this set carried a verbatim copy of them before).
name_context, name_near_context, figure_context, figure_near_context = contexts(globals(), buildings=False)


# --------------------------------------------------------- name templates

NAME_TEMPLATES = [
    ("The lighthouse keeper [[{full}]] has kept a weather diary every day for thirty years.",
     "Climate researchers have asked to borrow [[{var}]]'s notebooks."),
    ("[[{full}]], a postal worker in {town}, has been delivering letters on horseback since the floods washed the road away.",
     "Residents say [[{var}]] has never missed a round."),
    ("The violin maker [[{full}]] has finished an instrument from a tree felled by the storm.",
     "A young soloist will play [[{var}]]'s violin at the festival in {month}."),
    ("A fisherman, [[{full}]], hauled up a medieval sword in {her} nets off {town}.",
     "Archaeologists have thanked [[{var}]] for handing it in."),
    ("The head teacher [[{full}]] has banned mobile phones from the playground.",
     "Parents are divided over the rule, but [[{var}]] says results have improved."),
    ("The mountaineer [[{full}]] reached the summit without bottled oxygen on {day}.",
     "Sherpas who climbed with [[{var}]] described the final ridge as treacherous."),
    ("[[{full}]], {role} {org}, resigned on {day} after a row about funding.",
     "Members have asked [[{var}]] to reconsider."),
    ("The choirmaster [[{full}]] took a village choir to the final of a national competition.",
     "The singers presented [[{var}]] with a framed score afterwards."),
    ("The blacksmith [[{full}]] forged new gates for the cathedral close.",
     "Each of the gates took [[{var}]] three months."),
    ("A planning inspector, [[{full}]], has rejected the wind farm proposed for the hills above {town}.",
     "The developer says it will challenge [[{var}]]'s decision in court."),
    ("The marine biologist [[{full}]] has filmed a giant squid at a depth of a kilometre.",
     "The footage shot by [[{var}]] is being studied around the world."),
    ("The wicketkeeper [[{full}]] took six catches in the first innings.",
     "The opposing captain called [[{var}]] the best gloveman in the country."),
    ("The translator [[{full}]] has won a prize for an English version of a forgotten epic.",
     "Scholars praised [[{var}]] for keeping the rhythm of the original."),
    ("A taxi driver, [[{full}]], returned a bag containing a fortune in cash to a tourist.",
     "The grateful tourist offered [[{var}]] a reward, which was refused."),
    ("The archivist [[{full}]] found a letter from a famous poet tucked inside a ledger.",
     "Experts have confirmed the handwriting, [[{var}]] said on {day}."),
    ("The rugby coach [[{full}]] has been sacked after five straight defeats.",
     "Players said they were sorry to see [[{var}]] go."),
    ("[[{full}]] was elected mayor of {town} on {day} by a single vote.",
     "Opponents have demanded a recount, but [[{var}]] has already moved into the mayor's parlour."),
    ("The midwife [[{full}]] has delivered more than two thousand babies in {town}.",
     "Some of them came back to the hospital to celebrate [[{var}]]'s retirement."),
    ("The geologist [[{full}]] warned a year ago that the cliff path was unsafe.",
     "After the landslip, councillors admitted they should have listened to [[{var}]]."),
    ("The street artist [[{full}]] painted a mural of nurses on the side of the hospital car park.",
     "The health trust has asked [[{var}]] to paint another."),
    ("The antiques dealer [[{full}]] has been charged with selling forged furniture.",
     "Lawyers for [[{var}]] say the pieces were sold in good faith."),
    ("The shepherd [[{full}]] walked the flock over the pass after the snow closed the road.",
     "It took [[{var}]] and two dogs a whole day."),
    ("[[{full}]], who coaches the girls' football team in {town}, has been named volunteer of the year.",
     "The team sang outside [[{var}]]'s house on {day}.",
     "The award comes with a cheque for the club."),
    ("The pilot [[{full}]] landed the light aircraft in a field after the engine failed.",
     "The farmer who owns the field gave [[{var}]] a cup of tea."),
    ("The museum curator [[{full}]] has returned a looted bronze to its country of origin.",
     "Officials there have invited [[{var}]] to the handover ceremony in {month}."),
    ("The poet [[{full}]] has been chosen to write verses for the coronation.",
     "[[{var}]] said {she} had started work on a first draft."),
    ("The potter [[{full}]] lost a whole year's work when a kiln exploded.",
     "Neighbours in {town} have raised money to help [[{var}]] start again."),
    ("The trade unionist [[{full}]] led the bus drivers' strike into its third week.",
     "Managers said they would meet [[{var}]] on {day}."),
    ("The astronaut [[{full}]] spoke to pupils in {town} from the space station.",
     "Children asked [[{var}]] how to brush teeth without gravity."),
    ("The bookbinder [[{full}]] has repaired a fourteenth-century psalter for the abbey.",
     "Monks say [[{var}]]'s work will let them use it again at Easter."),
    ("The coroner [[{full}]] has criticised the hospital for failing to spot an infection.",
     "The hospital says it accepts [[{var}]]'s conclusions."),
    ("The snooker player [[{full}]] made a maximum break in the qualifying round.",
     "The crowd rose to [[{var}]] as the final black dropped."),
    ("The tree surgeon [[{full}]] climbed a burning oak to rescue a kitten.",
     "Firefighters said [[{var}]] had taken an enormous risk."),
    ("A chess prodigy, [[{full}]], has become the youngest grandmaster in the country's history.",
     "Older players queued to shake [[{var}]]'s hand."),
    ("The investigative journalist [[{full}]] has exposed a ring of fake care homes.",
     "Police have interviewed [[{var}]] as a witness."),
    ("The film director [[{full}]] won the top prize at the festival on {day}.",
     "The jury said [[{var}]] had made the most daring film of the year."),
    ("The ferry engineer [[{full}]] kept the vessel's pumps running during the storm.",
     "Passengers say [[{var}]] saved the ship."),
    ("The gamekeeper [[{full}]] has been convicted of poisoning birds of prey.",
     "The judge told [[{var}]] that the crime was deliberate and cruel."),
    ("The sommelier [[{full}]] identified a counterfeit wine at a charity auction in {town}.",
     "The auctioneers withdrew the lot after [[{var}]] raised the alarm."),
    ("[[{full}]] has been appointed chief executive of {org}.",
     "Staff welcomed the appointment, saying [[{var}]] knew the organisation well."),
    ("The carpenter [[{full}]] has built a replica of a Viking longship in a barn.",
     "[[{var}]] plans to sail it across the North Sea next summer."),
    ("The racing pigeon trainer [[{full}]] lost forty birds in a freak hailstorm.",
     "Fellow fanciers have offered [[{var}]] chicks to rebuild the loft."),
    ("The cook [[{full}]] has fed the homeless of {town} every Christmas for a decade.",
     "This year [[{var}]] is expecting three hundred guests."),
    ("The tennis umpire [[{full}]] was abused by a player after an overrule.",
     "Tournament officials fined the player and backed [[{var}]]."),
    ("The priest [[{full}]] has walked the length of the country to raise money for the church roof.",
     "Parishioners lined the lane to welcome {title} [[{var}]] home."),
    ("The inventor [[{full}]] has designed a cheap water filter made from clay and rice husks.",
     "Aid agencies have ordered thousands of [[{var}]]'s filters."),
    ("The swimmer [[{full}]] crossed the channel in under ten hours on {day}.",
     "A support boat followed [[{var}]] all the way.",
     "Jellyfish stings were the worst part, the swimmer said."),
    ("The librarian [[{full}]] has been suspended for refusing to remove a book from the shelves.",
     "Readers in {town} have signed a petition supporting [[{var}]]."),
    ("The polar explorer [[{full}]] has reached the pole on skis, alone and unsupported.",
     "A plane will collect [[{var}]] when the weather clears."),
    ("The diplomat [[{full}]] was expelled from the capital on {day}.",
     "The foreign ministry said {hon} [[{var}]] had been engaged in activities incompatible with {her} status."),
    ("[[{full}]], a builder, found a hoard of Roman coins while digging foundations in {town}.",
     "The coroner will decide whether [[{var}]] may keep a share of the value."),
    ("The jeweller [[{full}]] has been robbed at gunpoint for the second time this year.",
     "[[{var}]] says {she} will close the shop in {month}."),
    ("The zookeeper [[{full}]] hand-reared a baby rhino rejected by its mother.",
     "The calf follows [[{var}]] around the enclosure."),
    ("The composer [[{full}]] has written an opera about the closure of the coal mines.",
     "Former miners were in the audience to cheer [[{var}]] on the opening night."),
    ("The physiotherapist [[{full}]] has been treating the national team since {month}.",
     "Several players credited [[{var}]] with getting them fit for the final."),
    ("The locksmith [[{full}]] was called to free a child trapped in a bank vault.",
     "The boy's mother hugged [[{var}]] when the door swung open."),
    ("The auditor [[{full}]] found that millions had gone missing from the pension fund.",
     "Trustees say they were never shown [[{var}]]'s warnings."),
    ("The boxer [[{full}]] won the title on a split decision on {day}.",
     "Fans in {town} gave [[{var}]] a parade through the streets."),
    ("The cartographer [[{full}]] has mapped every footpath in the national park.",
     "Walkers say the maps drawn by [[{var}]] are the most accurate ever produced."),
    ("The organ donor's family met the surgeon, [[{full}]], on {day}.",
     "They thanked [[{var}]] for giving three strangers a new life."),
    ("Officers arrested [[{full}]] at the airport on {day}.",
     "Prosecutors say [[{var}]] was trying to leave the country with stolen paintings."),
    ("[[{full}]] has served as the school's caretaker for thirty-seven years.",
     "Former pupils returned to {town} to thank {hon} [[{var}]]."),
    ("The glassblower [[{full}]] made a chandelier of two thousand pieces for the opera house.",
     "Technicians needed a crane to hang [[{var}]]'s creation."),
    ("The new head of the fire service, [[{full}]], took up the post on {day}.",
     "Crews say they hope {title} [[{var}]] will fight the closure of two stations."),
]

NAME_NEAR_MISSES = [
    ("{a} and {b} are both running for the leadership of the party.",
     "{sa} launched a campaign on {day}; {sb} will do so next week."),
    ("The architects {a} and {b} designed rival plans for the new library.",
     "The council chose {sb}'s design over {sa}'s."),
    ("The jockeys {a} and {b} dead-heated in the big race at {town}.",
     "{sb} and {sa} will share the prize money."),
    ("{a} and {b} met at university and now run a veterinary practice in {town}.",
     "{sa} treats the farm animals and {sb} the household pets."),
    ("The linesman {a} and the referee {b} disagreed over the offside call.",
     "{sb} overruled {sa}, and the goal stood."),
    ("{a} has replaced {b} as the lead singer of the band.",
     "{sb} left to start a family; {sa} was the backing vocalist."),
    ("The barristers {a} and {b} faced each other in the libel trial.",
     "{sa} represented the newspaper and {sb} the footballer."),
    ("{a} and {b} have been picked for the national rowing squad.",
     "{sb} rows at bow, with {sa} at stroke."),
    ("The scientists {a} and {b} share this year's award from {org}.",
     "{sa} works on vaccines; {sb} studies soil bacteria."),
    ("{a} and {b}, neighbours in {town}, have fallen out over a hedge.",
     "{sb} says the hedge blocks the light; {sa} says it was there first."),
    ("{a} and {r}, a sibling, are both nurses at the county hospital.",
     "{fa} works nights and {fr} works days."),
    ("{a} has followed {r}, a parent, into the family undertaking business.",
     "{fr} {sa} still drives the hearse on Saturdays."),
    ("{a} and {r}, a cousin, rowed across the Atlantic together.",
     "{fr} did the navigating and {fa} the cooking."),
    ("{a} has broken the county record set by {r}, a grandparent, in 1968.",
     "{fr} was at the track to watch."),
    ("{a} and {r}, two siblings, opened a tea room on the seafront.",
     "{fa} bakes and {fr} serves."),
    ("{a} has inherited the farm from {r}, a relative.",
     "{fr} {sa} ran it for fifty years."),
    ("The road to {place} has been closed by a landslide.",
     "{c}, who farms nearby, said {sc} had warned the council about the bank."),
    ("{c} was born in {place} and has written a history of the village.",
     "{sc} will sign copies at the church fete."),
    ("The post office in {place} is to close in {month}.",
     "{c}, the postmaster, said {sc} would fight the decision."),
    ("Morris dancers from {place} performed at the festival in {town}.",
     "{c}, their leader, said {sc} had been dancing since childhood."),
    ("A new footbridge at {place} was opened by {c} on {day}.",
     "{sc} cut the ribbon with garden shears."),
    ("{company} has gone into administration, with the loss of forty jobs.",
     "{d}, a former employee, said {sd} was owed three months' wages."),
    ("{d} has complained to trading standards about {company}.",
     "{sd} says the firm overcharged for a repair."),
    ("{company} sponsors the under-twelves team coached by {d}.",
     "{sd} says the new kit has made all the difference."),
    ("{d} and {company} have nothing in common but a name.",
     "{sd} gets post meant for the firm every week."),
    ("A fire destroyed the warehouse of {company} overnight.",
     "{d}, who lives next door, said {sd} was woken by the smoke alarm."),
    ("{e} has reviewed {product} for a technology website.",
     "{se} found the battery life disappointing."),
    ("{product} has been named product of the year.",
     "{e}, who chaired the judging panel, said {se} was impressed by the price."),
    ("{e} bought {product} in the sales.",
     "{se} says it has already broken twice."),
    ("A safety warning has been issued about {product}.",
     "{e}, a consumer lawyer, said {se} had received dozens of complaints."),
    ("{e} is the engineer behind a rival to {product}.",
     "{se} says the rival will be cheaper and quieter."),
    ("{ship} ran aground on a sandbank off {town} on {day}.",
     "{f}, the coastguard on duty, said {sf} had never seen a tide so low."),
    ("{f} has been given command of {ship}.",
     "{sf} joined the company as a deckhand twenty years ago."),
    ("{ship} brought home the body of a sailor lost at sea.",
     "{f}, the sailor's friend, said {sf} had waited on the quay all night."),
    ("A model of {ship} built by {f} has gone on display in the museum.",
     "{sf} spent four winters making it."),
    ("The name of {ship} was chosen by pupils at a school where {f} teaches.",
     "{sf} says the children voted by a show of hands."),
    ("Professor {sa} has been awarded a knighthood for work on malaria.",
     "Professor {sa} said the honour belonged to the whole laboratory."),
    ("Inspector {sb} has taken over the investigation into the burglaries.",
     "Inspector {sb} has appealed for dashcam footage."),
    ("Colonel {sa} will lead the parade through {town} on {day}.",
     "Colonel {sa} served two tours abroad."),
    ("Senator {sb} has voted against the budget.",
     "Senator {sb} called it reckless."),
    ("Alderman {sa} opened the new market hall on {day}.",
     "Alderman {sa} bought the first bunch of flowers."),
    ("Major {sb} has written a memoir of the peacekeeping mission.",
     "Major {sb} will donate the profits to veterans."),
    ("{a} and {b} were both on the shortlist for the prize, which went to {sb}.",
     "{sa} said {sb} deserved it."),
    ("{a} has sold the bookshop to {b}.",
     "{sb} plans to keep the name; {sa} is retiring to the coast."),
    ("{c}, who runs the pub in {place}, has been named landlord of the year.",
     "{sc} has owned it for twelve years."),
    ("Shareholders of {company} met in {town} on {day}.",
     "{d}, a small investor, told them {sd} wanted a bigger dividend."),
    ("{product} goes on sale in {month}.",
     "{e}, an industry analyst, said {se} expected strong demand."),
    ("{ship} was escorted into harbour by a pod of dolphins.",
     "{f}, a passenger, said {sf} had filmed the whole thing."),
]


# ------------------------------------------------------- figure templates

FIGURE_TEMPLATES = [
    # restated in the same words
    ("The hospital cancelled [[{c1}]] operations during the junior doctors' walkout.",
     "Patients whose [[{c2}]] operations were called off have been offered new dates."),
    ("The ice storm brought down [[{th1}]] trees across the county.",
     "Contractors are still clearing the [[{th2}]] trees from minor roads."),
    ("A lottery player from {town} scooped [[{usd1}]] in {month}.",
     "The winner says [[{usd2}]] in prize money will not change anything."),
    ("The cold snap lasted [[{dy1}]] days in the north.",
     "Gritters worked around the clock for all [[{dy2}]] days."),
    ("Membership of the allotment society has grown by [[{pc1}]] since the pandemic.",
     "That growth of [[{pc2}]] since the pandemic has created a long waiting list."),
    ("The oldest competitor at the swimming gala is [[{age1}]] years old.",
     "At [[{age2}]] years old, he still trains every morning."),
    ("The charity fun run attracted [[{th1}]] runners on {day}.",
     "Each of the [[{th2}]] runners received a medal."),
    ("The fire engine took [[{mn1}]] minutes to arrive.",
     "Neighbours fought the flames with buckets for [[{mn2}]] minutes before help came."),
    ("The champion marrow at the county show weighed [[{kg1}]] kilograms.",
     "A marrow of [[{kg2}]] kilograms had never been seen at the show before."),
    ("The police car was travelling at [[{spd1}]] km/h when it crashed.",
     "Investigators say [[{spd2}]] km/h on a wet road was reckless."),
    ("The church sold its old rectory for [[{gbp1}]] at auction.",
     "Parishioners felt [[{gbp2}]] at auction was too little for such a house."),
    ("A loaf of bread costs [[{pr1}]] at the village bakery.",
     "Shoppers say [[{pr2}]] at a village bakery is a fair price."),
    ("The motorway was closed for [[{wk1}]] weeks while the bridge was rebuilt.",
     "Hauliers say the [[{wk2}]] weeks of diversions cost them dearly."),
    ("The visiting team scored [[{pts1}]] points in the second half.",
     "Those [[{pts2}]] points were enough to win the cup."),
    ("The new concert hall has [[{hh1}]] seats.",
     "Tickets for all [[{hh2}]] seats sold out within an hour."),
    ("The hot-air balloon drifted up to [[{ft1}]] feet before the pilot could bring it down.",
     "Air traffic controllers said a balloon at [[{ft2}]] feet was a danger to airliners."),
    ("The tanker spilled [[{lt1}]] litres of diesel into the river.",
     "Fish died for miles downstream of the [[{lt2}]] litres of diesel."),
    ("The hermit has lived alone on the island for [[{yr1}]] years.",
     "After [[{yr2}]] years alone he says he has no wish to return to the mainland."),
    ("The wildfire destroyed [[{ha1}]] hectares of pine forest.",
     "Replanting the [[{ha2}]] hectares of forest will take a generation."),
    ("The government will spend [[{usd1}]] on flood defences.",
     "Critics say [[{usd2}]] on flood defences is far too little."),
    ("The storm brought [[{mm1}]] millimetres of rain to the mountains overnight.",
     "Rivers burst their banks after the [[{mm2}]] millimetres of rain."),
    ("The thermometer in the town square reached [[{tc1}]] degrees on {day}.",
     "Schools sent pupils home early because [[{tc2}]] degrees was too hot for lessons."),
    ("The new cycle path is [[{km1}]] kilometres long.",
     "Cyclists can now ride the [[{km2}]] kilometres from the station to the coast without meeting a car."),
    ("The amendment passed by a majority of [[{c1}]] votes.",
     "Its supporters said a majority of [[{c2}]] votes was a turning point."),
    ("The mobile library lent [[{th1}]] books in its first year.",
     "Staff said the [[{th2}]] books had been borrowed by readers of all ages."),
    ("House prices in {town} rose by [[{pc1}]] over the year.",
     "Estate agents say [[{pc2}]] over a single year is unheard of."),
    ("Police seized [[{tn1}]] tonnes of illegal fireworks from a warehouse.",
     "The [[{tn2}]] tonnes of fireworks will be destroyed at a quarry."),
    ("The power cut lasted [[{hr1}]] hours.",
     "Freezers in the town's shops thawed during the [[{hr2}]] hours without power."),
    ("The stranded hikers walked [[{mi1}]] miles before they found shelter.",
     "Rescuers praised them for covering [[{mi2}]] miles in a blizzard."),
    ("Inspectors found [[{c1}]] breaches of hygiene rules at the takeaway.",
     "The owner has been fined for the [[{c2}]] breaches of the rules."),
    ("The siege of the embassy lasted [[{dy1}]] days.",
     "The hostages were released unharmed after [[{dy2}]] days in captivity."),
    ("The charity shop collected [[{hh1}]] coats for its winter appeal.",
     "The [[{hh2}]] coats went to families in temporary housing."),
    ("The national airline will buy [[{c1}]] new aircraft.",
     "Delivery of the [[{c2}]] new aircraft begins next year."),
    ("Patients at the walk-in clinic waited an average of [[{hr1}]] hours on {day}.",
     "One man said [[{hr2}]] hours in a corridor was humiliating."),
    ("The typhoon's gusts reached [[{spd1}]] km/h at the coast.",
     "Winds of [[{spd2}]] km/h tore roofs off houses across the region."),
    ("The barge delivered [[{tn1}]] tonnes of sand to the building site.",
     "Builders used the [[{tn2}]] tonnes of sand for the foundations."),
    ("The new fire chief earns [[{eur1}]] a year.",
     "Unions have questioned whether [[{eur2}]] a year is justified."),
    ("Sea temperatures off the reef hit [[{tc1}]] degrees in {month}.",
     "Divers reported widespread bleaching while the water stayed at [[{tc2}]] degrees."),
    # restated in other words
    ("The supermarket chain is closing [[{c1}]] stores.",
     "Workers at the [[{c2}]] branches were told on {day}."),
    ("The earthquake left [[{th1}]] people homeless.",
     "Aid agencies are struggling to shelter the [[{th2}]] displaced."),
    ("The hospital employs [[{hh1}]] nurses.",
     "Every one of its [[{hh2}]] staff will get a pay rise."),
    ("Unemployment in the region rose to [[{pc1}]] in {month}.",
     "With [[{pc2}]] of adults now jobless, ministers have promised help."),
    ("Turnout in the referendum was [[{pc1}]].",
     "Officials said [[{pc2}]] of the electorate had cast a ballot."),
    ("The firm will invest [[{usd1}]] in a new steelworks.",
     "Its [[{usd2}]] investment is the biggest in the industry for decades."),
    ("The currency fell [[{pc1}]] against the dollar on {day}.",
     "That slide, [[{pc2}]] in a day, was its worst since the crisis."),
    ("Border guards seized [[{kg1}]] kilograms of heroin from a lorry.",
     "The haul, [[{kg2}]] kilos in total, was hidden in pallets of tiles."),
    ("The glider climbed to [[{ft1}]] feet over the ridge.",
     "The pilot's [[{ft2}]]-foot climb is a club record."),
    ("The city has bought [[{c1}]] electric buses.",
     "The vehicles, [[{c2}]] in all, will run on the busiest routes."),
    ("The winger has scored [[{c1}]] tries for the club.",
     "His tally of [[{c2}]] is the best in the league."),
    ("The liner was carrying [[{hh1}]] passengers when it lost power.",
     "The ship's [[{hh2}]] holidaymakers spent two nights in the dark."),
    ("The new road tunnel is [[{km1}]] kilometres long.",
     "Drivers will save an hour by using the [[{km2}]]-kilometre crossing."),
    ("The council has approved [[{hh1}]] affordable homes on the old gasworks.",
     "Builders say the scheme, [[{hh2}]] flats and houses in all, will take four years."),
    ("The ferry company carried [[{th1}]] foot passengers in {month}.",
     "That figure, [[{th2}]], is the highest in its history."),
    ("The flood appeal has raised [[{gbp1}]].",
     "Organisers say the [[{gbp2}]] collected will repair the village hall."),
    ("The university's vice-chancellor is paid [[{gbp1}]] a year.",
     "Students have protested against her salary of [[{gbp2}]]."),
    ("The governor served for [[{yr1}]] years.",
     "His [[{yr2}]]-year rule ended with his arrest."),
    ("The rescue team searched the mountain for [[{hr1}]] hours.",
     "Their [[{hr2}]]-hour search ended when the walker was found alive."),
    ("The new finance minister is [[{age1}]].",
     "Colleagues describe the [[{age2}]]-year-old as ambitious."),
    ("The challenger won [[{vt1}]] votes in the run-off.",
     "That tally of [[{vt2}]] gave him the seat."),
    ("The mayor was re-elected by a margin of [[{vt1}]] votes.",
     "Opponents say her [[{vt2}]]-vote lead was built on postal ballots."),
    ("The brewery produces [[{hh1}]] barrels a week.",
     "Its weekly output of [[{hh2}]] is all sold locally."),
    ("Lifeboat crews rescued [[{c1}]] people from the capsized ferry.",
     "The survivors, [[{c2}]] of them, were taken to a sports hall."),
    ("The hailstorm caused [[{usd1}]] in damage to crops.",
     "Farmers say that loss of [[{usd2}]] will put some of them out of business."),
    ("The new lake covers [[{ha1}]] hectares.",
     "The [[{ha2}]]-hectare reservoir will supply three towns."),
    ("The landscape painting sold for [[{eur1}]] at auction in {town}.",
     "The price, [[{eur2}]], was a record for the artist."),
    ("The arena can seat [[{th1}]] fans.",
     "Its capacity of [[{th2}]] will rise when the new stand opens."),
    ("The detention centre holds [[{hh1}]] migrants.",
     "Inspectors found the centre's [[{hh2}]] detainees had no access to lawyers."),
    ("The elephant at the sanctuary weighs [[{kg1}]] kilograms.",
     "Vets had to sedate the [[{kg2}]]-kilo animal to treat its foot."),
    ("The train from the airport to the city centre takes [[{mn1}]] minutes.",
     "Passengers say the [[{mn2}]]-minute ride is worth the fare."),
    ("The court sentenced the smuggler to [[{yr1}]] years in prison.",
     "Lawyers will appeal against the [[{yr2}]]-year term."),
    ("A return ticket to the island costs [[{pr1}]].",
     "Islanders want that [[{pr2}]] fare cut."),
    ("The surgery saw [[{c1}]] patients on {day}.",
     "The doctor said treating [[{c2}]] people in a day was unsafe."),
    ("The region recorded [[{mm1}]] millimetres of rain in {month}.",
     "That deluge, [[{mm2}]] mm, made it the wettest month on record."),
    ("The side collected [[{pts1}]] points over the season.",
     "Their total of [[{pts2}]] was a club best."),
    ("The ultramarathon route covers [[{mi1}]] miles of desert.",
     "Only a third of the runners finished the [[{mi2}]]-mile course."),
    ("The strike at the port lasted [[{dy1}]] days.",
     "The [[{dy2}]]-day stoppage left shelves empty across the islands."),
    ("The heatwave pushed temperatures to [[{tc1}]] degrees on {day}.",
     "That peak, [[{tc2}]]C, was the highest ever recorded in the country."),
    ("The landfill site takes in [[{tn1}]] tonnes of waste a week.",
     "Its weekly intake of [[{tn2}]] is expected to double."),
    ("The tanker lorry was carrying [[{lt1}]] litres of milk when it overturned.",
     "Its entire [[{lt2}]]-litre load poured into the ditch."),
    ("The rail link will take [[{wk1}]] weeks to repair.",
     "Commuters face a [[{wk2}]]-week wait for normal services."),
    ("Fares on the city's trams rose [[{pc1}]] in {month}.",
     "The [[{pc2}]] increase is the steepest in a decade."),
    ("The care home has [[{c1}]] residents.",
     "Relatives of the home's [[{c2}]] elderly people were told of the closure by letter."),
]

FIGURE_NEAR_MISSES = [
    ("Around {th1} people are believed to have watched the parade, though only {th2} tickets were sold for the stands.",),
    ("Between {c2} and {c1} homes could be affected by the new flight path, the airport says.",),
    ("The number of injured, first reported as {c1}, was later corrected to {c2}.",),
    ("The airport handled {th1} flights in {year}, up from {th2} in {prev}.",),
    ("The pipeline will run for {km1} km, of which {km2} km will be under the sea.",),
    ("The captain is {age1}; the youngest member of the squad is {age2}.",),
    ("Of the {hh1} homes in the village, {hh2} have no broadband.",),
    ("Economists had predicted a {pc1} rise in prices; the actual figure was {pc2}.",),
    ("Organisers claimed {th1} marchers; police estimated {th2}.",),
    ("The charity received {usd1} in pledges, but only {usd2} has arrived so far.",),
    ("As many as {hh1} species may live in the cave, scientists say.",
     "So far they have catalogued {hh2}."),
    ("The senior course is {km1} km and the junior course {km2} km.",),
    ("The town had {th1} residents in {year}, against {th2} in {prev}.",),
    ("Perhaps {c1} fishing boats were damaged; insurers have assessed {c2} of them.",),
    ("The incumbent won {vt1} votes; her nearest rival took {vt2}.",),
    ("The ground has room for {th1}, but only {th2} came to the midweek match.",),
    ("A study by {org} estimates the bill at {usd1}.",
     "{person}, the transport minister, puts it at {usd2}."),
    ("The elder of the two elephants is {age1}, the younger {age2}.",),
    ("Upland gauges logged {mm1} mm of rain on {day}, while the lowlands saw {mm2} mm.",),
    ("Bus fares were {pr1} before the subsidy and {pr2} after it.",),
    ("The speed limit is {spd1} km/h on the motorway and {spd2} km/h on the ring road.",),
    ("Ambulances waited {hr1} hours outside the hospital at the winter peak and {hr2} hours in the summer.",),
    ("The country park covers {ha1} hectares, {ha2} of them woodland.",),
    ("The mine produced {tn1} tonnes of copper in {year}, compared with {tn2} tonnes in {prev}.",),
    ("The airliner was cleared to climb to {ft1} feet but levelled off at {ft2} feet because of turbulence.",),
    ("The club aims to raise {gbp1} for a new pavilion and has collected {gbp2} so far.",),
    ("The headmistress has taught for {yr1} years, {yr2} of them at this school.",),
    ("The rainwater tank can hold {lt1} litres; after the dry spell it held {lt2} litres.",),
    ("The goalkeeper earns {eur1} a month and the reserve keeper {eur2}.",),
    ("The first half of the debate lasted {mn1} minutes and the second {mn2}.",),
    ("The home side finished with {pts1} points and the visitors with {pts2}.",),
    ("Estimates of the number of seals on the sandbank range from {hh2} to {hh1}.",),
    ("Rents in the capital rose {pc1}, while in rural areas they rose {pc2}.",),
    ("The air was {tc1} degrees at noon and {tc2} degrees by midnight.",),
    ("Divers believed about {c1} people were trapped in the hull; {c2} were brought out alive by dawn.",),
    ("The clinic saw {hh1} patients in {month}, {hh2} of them with flu.",),
    ("The college expected {c1} new students but only {c2} enrolled.",),
    ("The maximum penalty is {eur1}; the firm was fined {eur2}.",),
    ("The ridge walk is {mi1} miles in total; most people do only the first {mi2} miles.",),
    ("The gang leader was jailed for {yr1} years and his driver for {yr2}.",),
    ("The weather balloon reached {ft1} feet, while the kite flown beside it stopped at {ft2} feet.",),
    ("{person} said {c1} complaints had been made; the company says it received {c2}.",),
    ("Engineers forecast the new road will carry {th1} vehicles a day; the old one carried {th2}.",),
    ("The bull weighs {kg1} kilograms and the calf {kg2}.",),
    ("Crews spent {hr1} hours at the first fire and {hr2} hours at the second.",),
    ("The telethon raised {usd1} in all, {usd2} of it in the first hour.",),
    ("The jackpot now stands at {eur1}, up from {eur2} last week.",),
    ("The walkout lasted {dy1} days at the depot and {dy2} days at the head office.",),
    ("{org} says {pc1} of beaches fail the standard; the water company says {pc2}.",),
    ("The headline act played for {mn1} minutes; the support band managed {mn2}.",),
    ("The region endured {wk1} weeks of frost in {year} and {wk2} weeks in {prev}.",),
    ("The hostel has {hh1} beds, and {hh2} were occupied on {day}.",),
    ("Winds reached {spd1} km/h on the summit but only {spd2} km/h in the valley.",),
    ("Gauges on the moor measured {mm1} mm over the weekend, and those in the city {mm2} mm.",),
    ("The cargo ship can carry {tn1} tonnes but was loaded with {tn2} tonnes when it sailed.",),
    ("The heavyweight weighed in at {kg1} kilograms; his opponent at {kg2}.",),
    ("The first survey counted {c1} nests; a revised count, after double counting was found, gave {c2}.",),
    ("The developer promised {hh1} homes; {hh2} have been built so far.",),
    ("The plant's target was {pc1} recycled material; it reached {pc2}.",),
]

#: read by the harness and the tests as attributes of this module
_KIT_EXPORTS = (value_of,)
