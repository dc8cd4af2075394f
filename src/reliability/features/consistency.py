"""Internal consistency beyond dates: one person named two ways, one quantity given two values.

``name_inconsistency`` counts surnames used alone ("Yang said") that match no
name the article introduced but differ by one or two letters from the surname
of a person it did introduce ("Benjamin Young"): a sign of careless copying or
machine translation. ``conflicting_figures`` counts a quantity stated as fact
with two different numbers ("12 people were killed" ... "15 people were
killed"; "The fire destroyed 43 homes" ... "the 61 homes lost in the fire"): a
count is keyed by what is counted and what happened to it, and two statements
are compared unless one is hedged, an update, a plan, a part, or about another
occasion, place or source (see features/consistency.md); a measure (money,
percentages, distances, durations, changes by direction) is keyed by its unit
and by what it is of, the same share of one whole ("22 percent of the vote")
is compared when restated, and one person's age given twice ("a 78-year-old
teacher" ... "the 55-year-old", "who is 49" ... "At 24, he is") is a conflict
when the article gave no other age. A definite or possessive reference ("the 57
guns", "Those 70,800 jobs", "Her 21,094 votes", "the $362 million deal", "the
loss of 4,500 jobs") conflicts with the only earlier count of its kind: the same
noun, or one class of lexicons/counted_classes.tsv (firearms/guns, workers/jobs,
contract/deal, arrests/arrested ...). Each finding carries both spans as evidence.

Both run in one pass over the article's words with set look-ups.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import compress
from operator import add, itemgetter

from reliability.article import Article
from reliability.features.base import PHRASES, Measurement, Span, load_lexicon

__all__ = ["extract_consistency", "edit_distance"]

_SPEECH_VERBS = frozenset(
    "said says told added explained explains noted argued argues warned stressed insisted "
    "emphasized emphasised recalled wrote writes continued concluded replied asked".split()
)
_TITLES = frozenset(
    "mr mrs ms dr prof professor sen senator rep gen general president minister mayor governor gov "
    "judge justice chairman chairwoman secretary chancellor commissioner councilman councilwoman "
    "sheriff detective sergeant sgt captain capt officer coach bishop rev father premier ambassador "
    # British, military, religious and honorific titles (not those that are also common surnames: "Major",
    # "Constable", "Marshall"; nor "Dean", a given name)
    "councillor cllr alderman alderwoman inspector superintendent supt lieutenant lt colonel col corporal cpl "
    "admiral commander cmdr dame sir baroness rabbi imam sheikh cardinal pastor "
    # church, college and school offices told before a surname ("Provost Hazeldine", "Rector Dunsmore",
    # "Headteacher Okafor"; not "Dean", a given name, "Abbot" and "Deacon", surnames, nor "Prior" or "Principal",
    # ordinary words)
    "provost rector vicar chaplain archdeacon archbishop reverend monsignor abbess canon curate "
    "headteacher headmaster headmistress coroner".split()
)
_ABBREVIATED_TITLES = frozenset("mr mrs ms dr prof sen rep gen gov sgt capt rev cllr supt lt col cpl cmdr".split())
# (names20) Titles read only abbreviated, before a period: "Insp. Aberneth", "Det. Okafor", "Maj. Dalyell",
# "Fr. Keane" (the full "Major" is a surname too; none of these is a word of its own in running prose).
_ABBREVIATED_ONLY = frozenset("insp det maj brig adm cdr fr".split())
# Lone-word contexts that make a capitalised word a person, not a place or an organisation:
# the words after it ("Yang has", "Yang, who", "Yang blamed") ...
_PERSON_AFTER = frozenset(
    # (lead25) "read", "slept", "wore" ...: what people do, not teams, firms or places ("Nwachuku read for twenty
    # minutes", "Okafor slept in her car")
    "read slept wore woke sang swam rode forgave forgot understood ate hid "
    "has had have was is will would could should can did does now then also who first later later "
    "still never again once remains became "
    # irregular pasts of what people do ("Zaitsev spoke", "Lowenthal left"; not "took", "won", "led": teams do too)
    "spoke told left wrote thought knew felt met sought fled gave "
    # (names20) more of them ("Ismael put it simply", "Okafor sat on the panel", "Diallo kept watch")
    "put sat stood kept heard saw chose got began wept "
    # (lead24) more ("Etheredge sent a letter to parents", "Etheredge taught there")
    "sent taught swore rang drove flew lent meant "
    # (names20) modals and negated auxiliaries ("Entwisle must now rest", "Entwisle wasn't there"; not "isn't",
    # as not "is": "Texas isn't")
    "might must wasn't hasn't hadn't didn't doesn't won't wouldn't couldn't can't shouldn't "
    "wasn\u2019t hasn\u2019t hadn\u2019t didn\u2019t doesn\u2019t won\u2019t wouldn\u2019t couldn\u2019t can\u2019t "
    "shouldn\u2019t "
    # a relative clause of a person's own ("Cholmondeley, whose grandfather worked underground")
    "whose".split()
)
_COMPASS = frozenset("north south east west northern southern eastern western new".split())
# Institutions, never a person's surname ("World Health Organization" ... "Organisation").
_INSTITUTIONS = frozenset(
    "organization organisation organizations organisations association university college institute "
    "party council committee foundation agency ministry department commission bureau observatory "
    "army forces front command brigade brigades militia navy police government".split()
)
# Place nouns before "of" that make the capitalised word after it a place ("the towns of Suran and Halfaya").
_PLACE_OF = frozenset(
    "town towns city cities village villages province provinces district districts region regions county "
    "counties port island islands suburb suburbs neighbourhood neighbourhoods neighborhood neighborhoods".split()
)
_PARTICLES = frozenset("bin ibn al el de del della da di van von der la le".split())
# ... and the words after which a capitalised word names a place ("outside Austin", "in Paris").
_LOCATIVE = frozenset("in at from outside near into across toward towards around through via inside".split())
_AT_SOMEBODY = frozenset(
    "glared glares glaring stared stares staring looked looks looking gazed gazes gazing glanced glances glancing "
    "smiled smiles smiling grinned grins grinning winked winks frowned frowns scowled scowls laughed laughs laughing "
    "shouted shouts shouting yelled yells yelling screamed screams screaming snapped snaps swore swears sneered "
    "jeered jeers jeering waved waves waving pointed points pointing nodded nods lunged lunges "
    # (lead24) more verbs aimed at somebody: "fans booed at Marchetti", "she hissed at Okafor"
    "hooted hoots hooting booed boos booing hissed hisses hissing barked barks barking snarled snarls snarling "
    "bellowed bellows bellowing sniped snipes sniping".split()
)
# (lead24) ... and "at" after one of these nouns or particles of a phrase aimed at somebody ("hurled abuse at
# Marchetti", "hooted encouragement at Torhurst", "took aim at Okafor", "poked fun at Reyes", "pointed the finger
# at Nair", "lashed out at Wu", "hit back at Mendes"): not things thrown or fired at a place ("rockets at Sderot").
_AT_SOMEBODY_OBJECTS = frozenset(
    "abuse insults insult encouragement criticism questions accusations fun aim swipe dig jab jibe jibes barb barbs "
    "blame finger fingers scorn obscenities slurs expletives taunts".split()
)
_OUT_OR_BACK_AT = frozenset(
    "lashed lashes lashing lash hit hits hitting struck strikes striking fired fires firing snapped snaps "
    "shot shoots".split()
)
# (lead24) A sentence adverb set off by commas after a sentence's first word: "Etheredge, however, disagreed".
_ADVERB_ASIDES = (", however,", ", though,", ", meanwhile,", ", too,", ", instead,", ", for one,", ", in turn,",
                  ", for her part,", ", for his part,", ", nevertheless,", ", by contrast,", ", in contrast,")
# (lead24) What is given to somebody: "the job went to Etheredge" names a person, not a place.
_AWARDED = frozenset(
    "job award prize title contract honour honor medal trophy post role nomination vote votes seat money credit "
    "gold silver bronze cup crown".split()
)
# (lead24) A caption's aside right after a name: "Etheredge (pictured) received the award".
_CAPTION_ASIDES = (" (pictured", " (left)", " (right)", " (centre)", " (center)", " (above)", " (below)", " (inset)",
                   " (top)", " (main)", " (second left)", " (second right)")
# (lead24) A caption's label before a colon ("Pictured: Chedderton at work", "Above: Pomare rehearsing"): the
# capitalised word after it does not open a sentence.
_CAPTION_LABELS = frozenset("pictured above below left right inset top main photo photograph picture".split())
# (lead24) The second part of a compound adjective made from a name ("the Okonjo-led troop", "the Ruiz-era
# reforms", "a Mendes-designed stadium"): the first part is the name.
_NAME_COMPOUND_TAILS = frozenset(
    "led era appointed designed trained inspired style backed owned founded chaired brokered authored penned "
    "coached sponsored funded run built produced directed".split()
)
# ... but not a nation, a people, a bloc or an age, the commonest first parts ("the Saudi-led coalition", "Soviet-era
# flats", "Roman-era ruins", "Iranian-backed militias"): never read as a name there.
_GROUP_ENDINGS = ("ian", "ese", "ish", "ean", "ic")
_GROUP_HEADS = frozenset(
    "american mexican african german french dutch greek thai arab saudi iraqi israeli pakistani afghan somali yemeni "
    "qatari kuwaiti emirati omani bahraini bangladeshi nepali soviet roman western eastern northern southern nato "
    "us uk un eu gop republican democrat democratic labour tory state government army police military church "
    "royal imperial colonial".split()
)
_MOVED = frozenset(
    "moved move moves moving flew fly flies travelled traveled travel went go goes returned return relocated "
    "drove driven sailed emigrated immigrated headed".split()
)
# ... and the nouns of a way somewhere, after which "to" and a capitalised word name a place ("the road to Dalston").
_ROUTE = frozenset(
    "road roads route routes way journey trip trips flight flights train trains bus buses ferry ferries line "
    "motorway highway railway path track tunnel bridge border crossing pipeline".split()
)
# The kinds of vessel before a capitalised word that names the vessel ("the schooner Fayreweather", "the tanker
# Marlow"): a ship's name, not a person's.
_VESSELS = frozenset(
    "ship schooner yacht tanker trawler freighter liner ferry frigate destroyer submarine barge tug tugboat cutter "
    "sloop ketch steamer steamship lifeboat cruiser warship carrier clipper galleon brig dinghy catamaran "
    "dredger whaler collier icebreaker narrowboat houseboat gunboat corvette dhow "
    # (names20) the generic nouns ("the survey vessel Fayreweather", "the fishing boat Marlow")
    "vessel boat".split()
)
# What a person sends or says, after which "from" and a capitalised word name its sender, a person as after a
# speech verb, not a place ("The warning from Anyanwu came after ...", "a letter from Hargreaves").
_MESSAGES = frozenset(
    "warning warnings message messages letter letters statement statements appeal appeals plea pleas email emails "
    "call calls reply replies response apology apologies criticism praise comment comments remarks tribute tributes "
    "request requests invitation complaint complaints testimony evidence".split()
)
_PLACE_AFTER = frozenset(
    "city county state province town village airport river street road avenue valley region district area "
    "residents council".split()
)
# Transliterations that change a name's first letters: Zhang/Chang, Zhou/Chou, Tsai/Cai,
# Tchaikovsky/Chaikovsky, Qureshi/Kureshi, Qaddafi/Gaddafi, Osman/Usman.
_INITIALS = (("tch", "ch"), ("zh", "ch"), ("ts", "c"), ("tz", "c"), ("qu", "k"), ("q", "g"), ("o", "u"))
# Capitalised words that open a sentence or name a role, never a person's name.
_NOT_PERSON = frozenset(
    "the a an he she they it we i you this that these those but and or so then there here his her "
    # (lead24) determiners that open a sentence before a name ("Both Etheredge and the chairman signed")
    "both neither either "
    # (lead24) ... and question auxiliaries and focus words ("Is Etheredge the best head?", "Even Etheredge was surprised")
    "is was did does has had could should would even only ask "
    "their its our my your one who what when where why how if as at in on of for to by with from "
    "after before while since however meanwhile also later earlier today yesterday tomorrow "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december mr mrs ms dr prof north south east west new "
    "united state states house white senate congress police army president minister officials "
    "according said says under during among despite without within about against between like unlike "
    "including beyond behind inside outside across near".split()
) | _TITLES
# Role nouns ("Aides said", "Analysts say"): a capitalised one opens a sentence, it is no surname.
_ROLE_WORDS = frozenset(
    term
    for lexicon, categories in (("attribution_roles", ("person", "person_modified")), ("anonymous_sources", ("source_noun",)))
    for category in categories
    for term in load_lexicon(lexicon).terms[category]
    if " " not in term
)
# Quantities worth comparing: a count of people or things and what happened to them.
_OUTCOMES = frozenset(
    "killed dead died injured wounded hurt arrested detained missing evacuated displaced deployed "
    "sent fired dismissed infected hospitalized hospitalised rescued".split()
)
_HEDGED = frozenset(
    "about around nearly almost approximately roughly some over under more less least up estimated "
    "reportedly possibly perhaps likely could may might as most fewer".split()
)
_UPDATED = frozenset(
    "rose risen climbed increased updated revised now toll reached initially originally preliminary latest final "
    "partial provisional unofficial incomplete"
    .split()
)
_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "dozen": 12, "twenty": 20, "fifty": 50, "hundred": 100,
}
# For a definite reference, every count word: "two" ... "ninety-nine" (not "one": "one of the",
# "the one"), "dozen", "hundred".
_COUNT_WORDS = {
    **{word: value for value, word in enumerate(_ONES) if value >= 2},
    **{tens: 20 + 10 * step for step, tens in enumerate(_TENS)},
    **{f"{tens}-{_ONES[one]}": 20 + 10 * step + one for step, tens in enumerate(_TENS) for one in range(1, 10)},
    "dozen": 12, "hundred": 100,
}
_MULTIPLIERS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# consist21: a count word before "dozen" or "hundred" multiplies it ("two dozen protesters" is 24, "four hundred
# pupils" 400), as a digit before "thousand" does; only a count word of its range ("two" ... "twelve" dozen, "two"
# ... "nineteen" hundred), never a vague one ("several dozen", "dozens", "hundreds": no count word before them).
_COUNT_MULTIPLIERS = {"dozen": (12, 12), "hundred": (100, 19)}


def _count_multiplier(article: Article, index: int) -> int:
    """The factor ("dozen": 12, "hundred": 100) of the word after the count word at ``index``, or 1: "two
    dozen", "four hundred"."""
    lower = article.lower_words
    following = index + 1
    if following >= len(lower) or lower[following] not in _COUNT_MULTIPLIERS \
            or article.norm[article.word_ends[index]:article.word_starts[following]] != " ":
        return 1
    factor, largest = _COUNT_MULTIPLIERS[lower[following]]
    return factor if 2 <= _COUNT_WORDS.get(lower[index], 0) <= largest else 1


_VAGUE_MULTIPLIED = frozenset("several few many some".split())  # "several dozen", "a few hundred": no count


def _multiplied(article: Article, index: int) -> bool:
    """Whether the word at ``index`` is the "dozen" or "hundred" of a count read before it ("two dozen") or of a
    vague one ("several dozen"): no number of its own."""
    lower = article.lower_words
    return index > 0 and lower[index] in _COUNT_MULTIPLIERS and (
        lower[index - 1] in _VAGUE_MULTIPLIED or _count_multiplier(article, index - 1) > 1)
# The outcome and number words are found in the shared pass over the words (one
# dictionary look-up per word serves every lexicon), not in passes of their own.
# A count word joined to a unit or a span of time ("the twenty-eight-metre crater", "the sixty-day strike") is a
# number word too (read by ``_value_at`` and ``_suffix``; the units are those of ``_MEASURE_SUFFIXES`` and
# ``_DURATION_UNITS``).
_JOINED_UNITS = ("kilometre kilometer km mile metre meter foot yard acre hectare tonne ton kilogram kilogramme kg "
                 "kilo centimetre centimeter cm millimetre millimeter mm degree "  # round 11: every measure suffix
                 "minute hour day week month year point strong "
                 "ft ha mi hr min").split()  # (consist18: the abbreviations, "the twenty-three-hr wait")
PHRASES.register("consistency", (
    [(word, "consistency:outcome", "outcome", False) for word in sorted(_OUTCOMES)]
    + [(word, "consistency:number_word", "number_word", False) for word in sorted(_COUNT_WORDS)]
    + [(f"{word}-{unit}", "consistency:number_word", "number_word", False)
       for word in sorted(_COUNT_WORDS) for unit in _JOINED_UNITS]
))


def edit_distance(first: str, second: str, limit: int = 3) -> int:
    """Levenshtein distance, stopping early once it exceeds ``limit``.

    Examples
    --------
    >>> edit_distance("young", "yang"), edit_distance("smith", "smyth"), edit_distance("young", "smith")
    (2, 1, 3)
    """
    if abs(len(first) - len(second)) > limit:
        return limit
    previous = list(range(len(second) + 1))
    for row, left in enumerate(first, start=1):
        current = [row]
        for column, right in enumerate(second, start=1):
            current.append(min(previous[column] + 1, current[column - 1] + 1,
                               previous[column - 1] + (left != right)))
        if min(current) >= limit:
            return limit
        previous = current
    return min(previous[-1], limit)


_INITIAL_PREFIXES = tuple(written for written, _ in _INITIALS)


_UMLAUTS = str.maketrans({"\u00fc": "ue", "\u00f6": "oe", "\u00e4": "ae", "\u00df": "ss"})


def _canonical(word: str) -> str:
    """The name with a transliterated opening, umlauts and a final "ff" normalised: "zhang" -> "chang",
    "tsai" -> "cai", "m\u00fcller" -> "mueller", "petroff" -> "petrov"."""
    if not word.isascii():
        word = word.translate(_UMLAUTS)
    if word.endswith("ff") and len(word) > 4:
        word = word[:-2] + "v"
    if not word.startswith(_INITIAL_PREFIXES):
        return word
    for written, canonical in _INITIALS:
        if word.startswith(written):
            return canonical + word[len(written):]
    return word


# (not a vowel, y or s: "Phillipa" after "John Phillips" is his wife, "Roberts" another family)
_VOWELS_AND_S = frozenset("aeiouys")


def _end_slip(known: str, variant: str) -> bool:
    """A slip at the end of a name of five letters or more: the last letter doubled ("Harringtonn"),
    dropped ("Rosentha"; not an ending -n, -s or -i: "Syrian"/"Syria", "Israeli"/"Israel", except a final n of
    a name of eight letters or more not ending in "-an": "Quarrington"/"Quarringto"), the last two
    swapped ("Gallaghre"), on six letters or more the last vowel changed ("Esposito"/"Esposita") or
    s for z ("Gonzalez"/"Gonzales"), and on eight or more the last consonant changed ("Coggeshall"/"Coggeshalr")."""
    short, long = sorted((known, variant), key=len)
    if len(short) < 5:
        return False
    if len(long) == len(short) + 1:
        if not long.startswith(short):
            return False
        # (a final n dropped from a long name not ending in "-an", a demonym's ending: "Pemberton"/"Pemberto")
        return long[-1] == short[-1] or (len(known) > len(variant) and (
            long[-1] not in "nsi" or (long[-1] == "n" and len(long) >= 8 and long[-2] != "a")))
    if len(long) != len(short) or long[:-2] != short[:-2]:
        return False
    if long[-2] == short[-2] and len(short) >= 8 and long[-1] not in _VOWELS_AND_S and short[-1] not in _VOWELS_AND_S:
        return True  # on eight letters or more, the last consonant changed ("Coggeshall"/"Coggeshalr")
    if long[-2:] == short[-1] + short[-2]:
        return long[-1] != long[-2]
    return long[-2] == short[-2] and len(short) >= 6 and (
        (long[-1] in "aeiou" and short[-1] in "aeiou") or long[-1] + short[-1] in ("sz", "zs"))


def _skeleton(word: str) -> str:
    """The first letter and the consonants after it, doubled letters once: "mohammed" -> "mhmd"."""
    letters = [word[0]] + [letter for letter in word[1:] if letter not in "aeiouy"]
    return "".join(letter for position, letter in enumerate(letters) if position == 0 or letter != letters[position - 1])


def _similar_spelling(first: str, second: str) -> bool:
    """Two edits that keep the name's sound: only vowels differ, or two neighbouring letters swapped."""
    if _skeleton(first) == _skeleton(second):
        return True
    if len(first) != len(second):
        return False
    differ = [position for position in range(len(first)) if first[position] != second[position]]
    return (len(differ) == 2 and differ[1] == differ[0] + 1
            and first[differ[0]] == second[differ[1]] and first[differ[1]] == second[differ[0]])


_SOUND_ALIKE = frozenset(("dt", "td", "sz", "zs", "ck", "kc", "fv", "vf", "bp", "pb", "gk", "kg", "ie", "ei", "mn", "nm", "vw", "wv", "rl", "lr"))
# ... of them, the final consonants a name's end does not tell apart (voiced and voiceless pairs, c/k, and the
# nasals m/n): one for the other in the last letter is one name spelt two ways (not r/l or w/v; vowels are read
# apart).
_FINAL_DEVOICING = _SOUND_ALIKE - frozenset(("ie", "ei", "vw", "wv", "rl", "lr"))


def _similar_letters(first: str, second: str) -> bool:
    """One edit that keeps the name's sound: a letter more or fewer, or one vowel or sound-alike consonant
    for another ("Schmidt"/"Schmitt"; not "Matter"/"Master"), or any letter inside a long name."""
    if len(first) != len(second):
        return True
    for position, (left, right) in enumerate(zip(first, second)):
        if left != right:
            # ... or, in a long name (seven letters or more), any letter inside it ("Pemberton"/"Pemderton"),
            # from the second on eight letters or more ("Sheringham"/"Skeringham")
            return (left in "aeiouy" and right in "aeiouy") or left + right in _SOUND_ALIKE or (
                len(first) >= 7 and (1 if len(first) >= 8 else 2) <= position < len(first) - 1)
    return True


_POSSESSIVE_ENDINGS = ("'s", "\u2019s")


def _bare(word: str) -> tuple[str, bool]:
    """The word without stray mis-decoded characters ("Trumpâ") and a possessive ("Yang's"); whether it had one."""
    if not word.isascii():
        word = word.rstrip("\u00e2\u00c2\u20ac\u2122")
    if word.endswith(_POSSESSIVE_ENDINGS):
        return word[:-2], True
    return word, False


# ---- transliteration variants of one surname ("Mohammed"/"Muhammad", "Xu"/"Hsu", "Shevchenko"/"Schewtschenko")
#
# A name romanised by two systems differs in ways an edit distance over-counts: a sound written with one,
# two or four letters ("ch"/"tsch"), a vowel written two ways ("u"/"ou", "i"/"ey"), a doubled letter, a
# particle. The key below writes every name in one normalised spelling, after published romanisation
# tables (sources in benchmarks/results/names_round14_dev.md): two names with the same key are two
# spellings of one name.  Short names whose spellings no rule joins ("Lee"/"Yi", "Park"/"Pak") come from
# lexicons/name_romanisations.tsv.

# Letters outside ASCII: Cyrillic after the BGN/PCGN romanisation of Russian and Ukrainian, the Latin
# letters that Unicode does not decompose into a base letter and a mark ("ø", "ł", "ß").
_CYRILLIC_LATIN = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґўђјљњћџ",
    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya ye i yi g u dj j lj nj c dz".split(),
))
_FOLDED_LETTERS = str.maketrans({
    **{letter: latin.strip("-") for letter, latin in _CYRILLIC_LATIN.items()},
    "\u00f8": "o", "\u00e6": "ae", "\u0153": "oe", "\u00df": "ss", "\u0142": "l", "\u0111": "d", "\u00f0": "d",
    "\u00fe": "th", "\u0131": "i", "\u0127": "h", "\u0259": "a",  # Azerbaijani schwa: "Məmmədov"/"Mammadov"
    # the hooked and open letters of West African orthographies (Hausa "Ɓello"/"Bello", "Ƙaura"/"Kaura"; Akan, Ewe
    # and Yoruba-area "ɛ", "ɔ", "ŋ", "ɖ", "ʋ"), which names drop when written in English-language copy
    "\u0253": "b", "\u0257": "d", "\u0199": "k", "\u01b4": "y", "\u0192": "f", "\u0256": "d", "\u028b": "v",
    "\u025b": "e", "\u0254": "o", "\u014b": "ng", "\u0272": "ny", "\u0263": "gh",
})
# One spelling per sound, longest written form first: German "tsch"/"sch", English "tch"/"ch"/"sh", pinyin
# "zh" (Wade-Giles "ch"), Polish "sz", "kh" (Russian "х", Arabic "خ"), "ph", Arabic "dh"/"gh" written
# without the h, "ts"/"tz" (pinyin "c"), "ck", "mps" ("Thompson"/"Thomson"), "dt" ("Schmidt"/"Schmitt").
_SOUND_SPELLINGS_WITH_H = (
    ("tsch", "C"), ("sch", "S"), ("tch", "C"), ("ch", "C"), ("zh", "C"), ("sh", "S"), ("kh", "X"), ("ph", "f"),
    ("dh", "d"), ("gh", "g"),
)
_SOUND_SPELLINGS = (("cz", "C"), ("sz", "S"), ("ts", "c"), ("tz", "c"), ("ck", "k"), ("mps", "ms"), ("dt", "t"))
# After the first letter: q as k, w as v ("Kowalenko"/"Kovalenko"), z as s ("Kuznetsov"/"Kusnetsov"), x as
# ks; every vowel (y included: "Mikhailov"/"Mikhaylov", "Meyer"/"Maier") as one vowel.
_INNER_LETTERS = str.maketrans({"q": "k", "w": "v", "z": "s", "x": "ks", "e": "a", "i": "a", "o": "a", "u": "a",
                                "y": "a"})
_FIRST_LETTER = str.maketrans({"q": "k", "g": "k", "e": "a", "i": "a", "o": "a", "u": "a", "w": "v"})
# Openings that romanisations write alike: a hard c as k ("Karimov"/"Carimov"; "ch" is read before), and i, j or
# y before a vowel as y ("Yakovleva"/"Iakovleva"/"Jakovleva", "Yusupov"/"Iusupov").
_HARD_C = frozenset("aoulr")
_GREEK_SOFT_G = ("ge", "gi")
# (before the consonants that open a Japanese syllable: not "Cohr", which is "Carr"'s key then)
_LONG_O = re.compile(r"oh(?=[bdfgjkmnpstwz])")
_GLIDES = frozenset("iyj")
_REPEATS = re.compile(r"(.)\1+")
_VOWEL_LETTERS = frozenset("aeiou")
# Dutch "ij" before a consonant, English "y" ("Dijkstra"/"Dykstra"); a hard c inside a name (before a, o, u, l, r
# or k, after the sound spellings have written "ch" as one letter), as k
_DUTCH_IJ = re.compile(r"ij(?![aeiou])")
_INNER_HARD_C = re.compile(r"c(?=[aoulrk])")
_INNER_J = re.compile(r"(?<=[aeiou])j(?=[aeiou])")
_ARABIC_ARTICLE = ("al-", "el-", "ul-")



def _has_articled_name(text: str) -> bool:
    """Whether the text writes an Arabic article in lower case before a capital ("al-Maliki", "el-Sisi"): "l-" is
    found in C and only its few places are read (a pattern opening with a look-behind was tried at every position
    of every article: the name pass took 0.232 ms per Webis article, 0.186 with this, `benchmarks/extractor_time.py`)."""
    position = text.find("l-")
    while position >= 0:
        if (position >= 1 and text[position - 1] in "aeu" and text[position + 2:position + 3].isupper()
                and (position < 2 or not (text[position - 2].isalnum() or text[position - 2] in "-_"))):
            return True
        position = text.find("l-", position + 2)
    return False
_ROMANISED = {
    term: f"#{group}"
    for group, terms in load_lexicon("name_romanisations").terms.items()
    for term in terms
}


_SOUTH_SLAVIC = re.compile("[\u0107\u010d\u0161\u017e]")  # "ć", "č", "š", "ž"


def _folded(word: str) -> str:
    """The name in lower-case ASCII letters, or "" when it has letters no table romanises (Chinese characters,
    Hangul, emoji): "Nguy\u1ec5n" -> "nguyen", "\u0428\u0435\u0432\u0447\u0435\u043d\u043a\u043e" -> "shevchenko"."""
    word = word.lower()
    if "\u0111" in word and _SOUTH_SLAVIC.search(word):
        # (names20) South Slavic "đ" is written "dj" in English-language copy ("Đurić"/"Djuric", "Đoković"/"Djokovic"),
        # told by a letter of that alphabet beside it (Vietnamese "Đặng" stays "Dang")
        word = word.replace("\u0111", "dj")
    word = unicodedata.normalize("NFKD", word.translate(_FOLDED_LETTERS))
    word = "".join(character for character in word if not unicodedata.combining(character))
    return word if word.isascii() else ""


def _prepared(word: str) -> str:
    """The name (lower case) in ASCII, without an Arabic article, hyphens, apostrophes, a final silent letter
    ("Abdullah"/"Abdulla", "Browne"/"Brown"), with Wade-Giles "hs" as pinyin "x" and "ye" as "e"."""
    if not word.isascii():
        word = _folded(word)
    if word.startswith(_ARABIC_ARTICLE):
        word = word[3:]
    if word[1:2] == "'":
        word = word[0] + word[2:]  # "O'Sullivan"; not a contraction ("He'll") or a compound ("Mirasolo-a")
    if not word.isalpha():
        return ""
    if word.startswith("hs"):
        word = "x" + word[2:]  # Wade-Giles "hs", pinyin "x"
    elif word.startswith("ye"):
        word = word[1:]  # "Yefremov"/"Efremov", "Yelena"/"Elena"
    if word.endswith("ff"):
        word = word[:-2] + "v"  # "Petroff"/"Petrov"
    elif len(word) >= 6 and word.endswith("vic"):
        word += "h"  # (lead25) the South Slavic "-vić" written "-vic" as "-vich" is: "Petrovic"/"Petrovich"
    elif len(word) > 3 and word[-1] in "eh" and word[-2] in ("aeiou" if word[-1] == "h" else "bcdfgklmnprstvz"):
        word = word[:-1]  # "Abdullah"/"Abdulla", "Browne"/"Brown"
        if word[-1] == "e" and len(word) > 3 and word[-2] in "bcdfgklmnprstvz":
            word = word[:-1]  # (lead24) Persian "-eh" as "-e": "Karimzadeh"/"Karimzade", both "karimzad"
    return word


# (lead24) The lexicon's spellings as ``_prepared`` leaves them, so that a final silent letter it drops ("Reece" is
# prepared "reec") still finds the group.
_ROMANISED.update({_prepared(term): group for term, group in list(_ROMANISED.items()) if _prepared(term) not in _ROMANISED})


def _french_key(prepared: str) -> str:
    """The key of a name read as a French romanisation (of Russian, Arabic or Ukrainian): "ch" as English "sh",
    "tch" as "ch", "j" as "zh" ("Chahine"/"Shaheen", "Chevtchouk"/"Shevchuk", "Joukova"/"Zhukova"); "" when
    the name has none of these letters (its key is its only one)."""
    if "ch" not in prepared and "j" not in prepared:
        return ""
    word = prepared.replace("dj", "\x00").replace("tch", "\x01").replace("ch", "sh").replace("j", "zh")
    return _transliteration_key(word.replace("\x01", "ch").replace("\x00", "dj"))


def _transliteration_key(prepared: str) -> str:
    """One spelling for the romanisations of a name (from ``_prepared``): "mohammed" and "muhammad" ->
    "mahamad", "xu" and "hsu" -> "xa", "shevchenko" and "schewtschenko" -> "SavCanka"; a short name with
    variants no rule joins ("lee"/"yi") -> its group in lexicons/name_romanisations.tsv.

    Examples
    --------
    >>> key = lambda name: _transliteration_key(_prepared(name))
    >>> key("yusuf") == key("youssef"), key("xu") == key("hsu"), key("ivanov") == key("ivanova")
    (True, True, False)
    """
    word = prepared
    if not word:
        return ""
    if word in _ROMANISED:
        return _ROMANISED[word]
    if "d" in word and ("dj" in word or "dzh" in word):
        word = word.replace("dzh", "j").replace("dj", "j")  # "Khodjaev"/"Khodzhaev", "Djafari"/"Jafari"
    if "x" in word and "xh" in word:
        word = word.replace("xh", "j")  # Albanian "xh": "Hoxha"/"Hodja", "Xhafer"/"Jafer"
    if "ij" in word:
        word = _DUTCH_IJ.sub("y", word)  # Dutch "ij" before a consonant: "Dijkstra"/"Dykstra", "Rijken"/"Ryken"
    if "j" in word[1:]:
        word = word[0] + _INNER_J.sub("y", word[1:])  # j between vowels as y: "Pujol"/"Puyol", "Bojan"/"Boyan"
    if "tx" in word:
        word = word.replace("tx", "ch")  # Basque and Catalan "tx": "Goikoetxea"/"Goicoechea", "Etxeberria"/"Echeverria"
    if word.startswith(_GREEK_SOFT_G) and word[2:3] in _VOWEL_LETTERS:
        word = word[1:]  # Greek g before e or i: "Georgiou"/"Yeorgiou" ("ye" is read as "e"), "Giannis"/"Yiannis"
    elif word.startswith("chr"):
        word = word[1:]  # Greek chi: "Christodoulou"/"Hristodoulou"
    elif word.startswith("qi"):
        word = "ch" + word[1:]  # pinyin q, Wade-Giles ch: "Qian"/"Chien"
    if "oh" in word:
        word = _LONG_O.sub("o", word)  # Japanese long o: "Ohno"/"Ono", "Kohno"/"Kono"
    if word[0] in _GLIDES and word[1:2] in _VOWEL_LETTERS:
        word = "y" + word[1:]  # "Iakovleva", "Jakovleva" -> "yakovleva"
    if "h" in word:
        for written, sound in _SOUND_SPELLINGS_WITH_H:
            if written in word:
                word = word.replace(written, sound)
    for written, sound in _SOUND_SPELLINGS:
        if written in word:
            word = word.replace(written, sound)
    if word[0] == "c" and word[1:2] in _HARD_C:
        word = "k" + word[1:]  # "Carimov" -> "karimov" (after "ts": "Tsai" and "Cai" stay one)
    if "c" in word[1:]:
        word = word[0] + _INNER_HARD_C.sub("k", word[1:])  # "Goicoechea"/"Goikoetxea", "Nicolić"/"Nikolić"
    word = word[0].translate(_FIRST_LETTER) + word[1:].translate(_INNER_LETTERS)
    return _REPEATS.sub(r"\1", word)


# The first letters that the romanisations of one name begin with ("Iyer"/"Aiyar", "Yefremov"/"Efremov",
# "al-Masri"/"el-Masri", "Osman"/"Usman", "Hsu"/"Xu", "Djunaedi"/"Junaedi", "Wongsawat"/"Vongsavat", Albanian
# "Xhemaili"/"Djemaili"/"Jemaili", and the
# readings of ``_other_reading``: "Xuseen"/"Hussein", "Hrytsenko"/"Gritsenko", "Huzii"/"Fujii"), by the first
# letter of one of them.
# (lead24: Somali "c" for the ayn before a vowel, "Cabdi"/"Abdi"; Maltese "x" for "sh", "Xuereb"/"Shuereb")
_OTHER_OPENINGS = {"a": "aeic", "e": "eaiyc", "i": "iaeyjc", "y": "yeijg", "j": "jyizd", "o": "ouc", "u": "uoc", "h": "hxcgfw",
                   "x": "xhdjks", "c": "ctzkshqaeiou", "t": "tcs", "z": "zcjs", "k": "kqgcx", "q": "qkgc", "g": "gqkyh", "s": "sctx", "d": "djx",
                   "w": "wvh", "v": "vwb", "b": "bv", "f": "fh"}
# ... of them, those a lone word's length is looked up under too (a vowel, h and x open words that reach the
# surnames' masks anyway: ``_CROSS_OPENINGS``): "Kassem" after "Tariq Qasim", "Iakovleva" after "Yakovleva".
_ALSO_OPENS = {"b": "v", "x": "djk", "d": "j", "q": "kgc", "k": "qgcx", "g": "kq", "h": "gfw", "c": "ksqt", "y": "ij", "i": "yj", "j": "yizcd", "z": "js", "s": "ctz", "t": "sc",
               "w": "v", "v": "wb"}
# The class of a name's last letter: a vowel or a silent h ("Abdulla"/"Abdullah"), f or v ("Petroff"/"Petrov"),
# s or z, c, k or q.
_ENDING_OF = {"e": "a", "i": "a", "o": "a", "u": "a", "y": "a", "h": "a", "v": "f", "z": "s", "c": "k", "q": "k",
              "w": "f", "j": "a"}  # (names20: a final w as v, "Worobjow"/"Vorobyov")
# (names20) ... and a surname's final w or o read as either: "-ow" is German and Polish "-ov" and English "-o" in
# West African names ("Jallow"/"Diallo")
# (lead25) ... and a final c or h read as either: the South Slavic "-vić" is written "-vic" and "-vich" ("Petrovic"/
# "Petrovich"; ``_prepared`` writes both "-vich")
_ENDINGS_READ = {"w": ("f", "a"), "o": ("a", "f"), "c": ("k", "a"), "h": ("a", "k")}
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_SILENT_E_AFTER = frozenset("bcdfgklmnprstvz")
# A word beginning with one of these may be another romanisation of a surname beginning with another
# and be in no length mask of its first letter (the earlier tests join "ts"/"c", "zh"/"ch", "q"/"k"/"g").
_CROSS_OPENINGS = frozenset("aeiouyhx")
# A word's class: its first letter and the class of its last one (one look-up per word) ...
_LETTER_PAIRS = {first + last: first + _ENDING_OF.get(last, last) for first in _LETTERS for last in _LETTERS}
# ... and a surname's: the classes of the words that may be its romanisations.
_SURNAME_CLASSES = {
    first + last: tuple(other + ending for other in _OTHER_OPENINGS.get(first, first)
                        for ending in _ENDINGS_READ.get(last, (_ENDING_OF.get(last, last),)))
    for first in _LETTERS for last in _LETTERS
}
_GROUP_SPELLINGS: dict[str, list[str]] = {}
for _spelling, _group in _ROMANISED.items():
    _GROUP_SPELLINGS.setdefault(_group, []).append(_spelling)


def _sound_classes(surname: str) -> tuple[str, ...]:
    """The classes (``_SURNAME_CLASSES``) of a surname in lower case and of its other spellings in
    lexicons/name_romanisations.tsv: a cheap pre-selection of the words whose keys are compared with its."""
    if not surname.isascii():
        surname = _folded(surname) or surname
    spellings = _GROUP_SPELLINGS.get(_ROMANISED.get(surname, ""), (surname,))
    return tuple({sound for spelling in spellings
                  for sound in _SURNAME_CLASSES.get(spelling[0] + spelling[-1], (spelling[0] + spelling[-1],))})


def _sound_class(word: str) -> str:
    """The class of the first and last letters of a lone word (bare, lower case), as ``_sound_classes``; a
    final silent e after a consonant is not its last letter in a word of six letters or more ("Hamdane"/"Hamdan",
    as ``_prepared``; not "Here's" after "Heather Heyer")."""
    if not word.isascii():
        word = _folded(word) or word
    last = word[-1]
    if last == "e" and len(word) > 5 and word[-2] in _SILENT_E_AFTER:
        last = word[-2]
    return _LETTER_PAIRS.get(word[0] + last, word[0] + last)


def _with_silent_e(surname: str, classes: tuple[str, ...]) -> tuple[str, ...]:
    """A surname's classes, and for one ending in a silent e ("Chahine") those of its letter before the e:
    a lone word's class skips that e (``_sound_class``)."""
    if surname[-1] == "e" and len(surname) > 5 and surname[-2] in _SILENT_E_AFTER:
        return classes + _SURNAME_CLASSES.get(surname[0] + surname[-2], ())
    return classes


def _consonants(word: str) -> str:
    """The word without its vowels ("iyer" -> "r")."""
    return "".join(letter for letter in word if letter not in "aeiouy")


_VOWEL_RUNS = re.compile(r"[aeiouy]+")
# Vowels that romanisations exchange: Arabic fatha as a or e ("Ahmed"/"Ahmad"), damma as u or o
# ("Osman"/"Usman"), kasra as i or e ("Rashid"/"Rasheed"), French and English "e"/"u" ("Youssef"/"Yusuf").
# Not a for u ("Hussein" is not "Hassan").
# A final long e written "ee", "i" or "y" ("Mukherjee"/"Mukherji", "Bakri"/"Bakry"), the ending of one name.
_LONG_E_ENDINGS = frozenset(("eei", "iee", "eey", "yee", "iy", "yi"))
_LONG_U_ENDINGS = frozenset(("uoo", "oou"))
_EXCHANGED_VOWELS = frozenset(("ae", "ea", "ou", "uo", "ei", "ie", "iy", "yi", "eu", "ue"))


def _same_vowels(first: str, second: str) -> bool:
    """Whether two prepared spellings with one key have their vowels in the same places written alike or
    exchanged as romanisations do, each run of vowels with its counterpart ("ou"/"u", "e"/"a"); a j between
    vowels is the other's y ("Pujol"/"Puyol"; not "Fujii"/"Huzii", where both write a consonant)."""
    if ("j" in first and "y" in second) or ("j" in second and "y" in first):
        first, second = _INNER_J.sub("y", first), _INNER_J.sub("y", second)
    first_runs = _VOWEL_RUNS.findall(first[1:] if first[0] == "y" else first)
    second_runs = _VOWEL_RUNS.findall(second[1:] if second[0] == "y" else second)
    if len(first_runs) != len(second_runs):
        return False
    # (names20: "ya" and "ia" close one name, Russian "я": "Zhukovskaya"/"Joukovskaia")
    if first_runs and (first[-1] in "aeiouy" or second[-1] in "aeiouy") \
            and first_runs[-1].replace("y", "i") != second_runs[-1].replace("y", "i") and (
        first_runs[-1] + second_runs[-1] not in _LONG_E_ENDINGS or first[-1] not in "eiy" or second[-1] not in "eiy"
    ) and (
        # (names20: a final long u written "oo" or "u", "Naidoo"/"Naidu", "Moodoo"/"Moodu")
        first_runs[-1] + second_runs[-1] not in _LONG_U_ENDINGS or first[-1] not in "ou" or second[-1] not in "ou"
    ):
        return False  # a changed ending is another name or a relative ("Cheney"/"China", "Arabi"/"Arabiya")
    return all(
        any(left == right or left + right in _EXCHANGED_VOWELS for left in one for right in other)
        for one, other in zip(first_runs, second_runs)
    )


# Word lengths beyond this count as this in the length masks of ``_names`` (a 10 MB "word" must not
# make a 10-million-bit integer; no name is that long, and the masks only pre-select candidates).
_LENGTH_CAP = 64
_INSIDE_GAPS = frozenset((", ", ": "))
_COLON_QUOTES = frozenset((': "', ": \u201c"))
_REFLEXIVES = frozenset(("himself", "herself"))
_DASH_GAPS = frozenset((" \u2014 ", " \u2013 ", " - ", "\u2014"))
_WHO = frozenset(("who", "whose"))
_HIS_HER = frozenset(("his", "her"))
_ARTICLES = frozenset(("a", "an", "the"))


_SENTENCE_CLOSERS = frozenset('.!?"\u201d')


# An alias told as such before a full name ("Ahmad Khan Rahami, a/k/a 'Ahmad Rahimi'"): no inconsistency.
_ALIAS_BEFORE = re.compile(r"(?:a/k/a|\baka|also known as|also spel(?:led|t)|or)[\s'\"\u2018\u201c,:]*+$", re.IGNORECASE)


def _sentence_opening(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence (the text's start, or a sentence's end and a space before it)."""
    return start < 2 or text[start - 2:start - 1] in _SENTENCE_CLOSERS or text[start - 1:start] == "\n"


def _opening_participle(article: Article, index: int) -> bool:
    """Whether word ``index`` is an "-ing" form opening a sentence ("Sentencing Cai, the judge said"): no given
    name, so the capitalised word after it may be a surname alone."""
    word = article.lower_words[index]
    start = article.word_starts[index]
    following = index + 1
    return len(word) > 5 and word.endswith("ing") and (
        start < 2 or article.norm[start - 2:start - 1] in _SENTENCE_CLOSERS) and following < len(article.words) \
        and article.norm[article.word_ends[following]:article.word_ends[following] + 1] == ","  # a clause: "..., the judge"


# The words before a series of capitalised words that make it one of places or firms, not people ("The firms Mercier,
# Dior and Chanel", "The route passes Kendall, Penrith and Carlisle", "the airline serves Oslo, Bergen and Tromso").
_SERIES_OF_THINGS = frozenset("""
firms companies brands labels makers stores shops chains banks lenders insurers groups clubs teams sides countries
nations states capitals cities ports airports stations stops rivers lakes mountains islands venues hotels schools
universities colleges hospitals streets roads destinations markets
passes passing passed serves serving served links linking linked connects connecting connected visits visiting
visited covers covering toured touring
""".split())


def _series_item(article: Article, index: int, cache: dict[int, int]) -> int:
    """1 when capitalised word ``index`` is one item of a series of three or more single capitalised words joined by
    commas and a last "and" ("names four wardens: Harding, Okoye, Vandervll and Bell", "written by Smith, Adeyami and
    Jones", "Adeyami, Smith and Jones wrote"): an item of such a series is a name standing alone, mid-sentence, whatever
    stands before the series; -1 when the series is one of places or firms, told by the word before it ("flights to
    Paris, Lyon and Nice", "The firms Mercier, Dior and Chanel", "The route passes Kendall, Penrith and Carlisle") or
    by an apposition after it that names no role ("Morgen, Brandt and Weiss, the law firm,"); 0 when it is no such
    item.  Each item is one word; a run of two capitalised words ("New York, Paris and Rome") ends the series.  The
    verdict is kept in ``cache`` (one per article) for every item of the series, so each series is read once however
    many of its items are asked about."""
    if index in cache:
        return cache[index]
    text, words, starts, ends = article.norm, article.words, article.word_starts, article.word_ends
    lower = article.lower_words
    count = len(words)

    def item(position: int) -> bool:
        word = words[position]
        return word[:1].isupper() and not word.isupper() and word.replace("'", "").replace("-", "").isalpha() \
            and lower[position] not in _NOT_PERSON

    def joined(left: int, right: int) -> int:
        """The index of the item after ``left`` when ``right`` starts the link to it (", X", " and X", ", and X"),
        else -1."""
        gap = text[ends[left]:starts[right]]
        if gap == ", " and lower[right] != "and":
            return right
        if gap in (" ", ", ") and lower[right] == "and" and right + 1 < count and text[ends[right]:starts[right + 1]] == " ":
            return right + 1
        return -1

    items = [index]
    last_and = False
    position = index
    while position > 0:  # back to the series' first item
        previous = position - 1
        if lower[previous] == "and" and previous > 0 and joined(previous - 1, previous) == position and item(previous - 1):
            position, last_and = previous - 1, True
        elif joined(previous, position) == position and item(previous):
            position = previous
        else:
            break
        items.append(position)
    first = position
    position = index
    while position + 1 < count and not last_and:  # on to its last
        following = joined(position, position + 1)
        if following < 0 or not item(following):
            break
        last_and = following != position + 1
        position = following
        items.append(position)
    verdict = _series_verdict(article, first, position) if len(items) >= 3 and last_and else 0
    for position in items:
        cache[position] = verdict
    return verdict


def _series_verdict(article: Article, first: int, last: int) -> int:
    """The verdict of ``_series_item`` on a series of single capitalised words from word ``first`` to ``last``."""
    text, words, starts, ends = article.norm, article.words, article.word_starts, article.word_ends
    lower = article.lower_words
    count = len(words)
    if first > 0 and text[ends[first - 1]:starts[first]] == " " and words[first - 1][:1].isupper() \
            and lower[first - 1] not in _ROLE_WORDS and lower[first - 1] not in _TITLES:
        return 0  # the first item is a run of capitalised words ("New York, Paris and Rome"; not "Officers Doyle, ...")
    if last + 1 < count and text[ends[last]:starts[last + 1]] == " " and words[last + 1][:1].isupper():
        return 0  # the last item is a run ("Harding, Okoye and Van Dyke")
    lead = first - 1
    if lead > 0 and text[ends[lead]:starts[first]] == ": " and (lower[lead] in _PLACE_OF or lower[lead] in _SERIES_OF_THINGS):
        return -1  # "visited three towns: Suran, Halfaya and Taybeh"
    if lead >= 0 and text[ends[lead]:starts[first]] == " " and (
            lower[lead] in _LOCATIVE or lower[lead] in _PLACE_OF or lower[lead] in _SERIES_OF_THINGS
            or lower[lead] == "to" or lower[lead] == "and"):
        return -1
    if last + 3 < count and text[ends[last]:starts[last + 1]] == ", " and lower[last + 1] in _ARTICLES \
            and not any(lower[after] in _ROLE_WORDS for after in range(last + 2, min(last + 5, count))):
        return -1
    return 1


def _register_lengths(lengths: dict[str, int], known: str, surname: bool) -> None:
    """Put an introduced word's length in the bit mask of its first letter, and those of the spellings a lone word
    of the same name may open with: its transliteration-normalised form ("z", "t", "q", "o" openings), the other
    letters a surname's sound is written with (``_ALSO_OPENS``, surnames only), its folded ASCII form ("Öztürk": a
    lone "Ozturk" opens with another letter)."""
    initial = known[0]
    lengths[initial] = lengths.get(initial, 0) | 1 << min(len(known), _LENGTH_CAP)
    if initial in "ztqo":
        canonical = _canonical(known)
        lengths[canonical[0]] = lengths.get(canonical[0], 0) | 1 << min(len(canonical), _LENGTH_CAP)
    if surname and initial in _ALSO_OPENS:
        for other in _ALSO_OPENS[initial]:
            lengths[other] = lengths.get(other, 0) | 1 << min(len(known), _LENGTH_CAP)
    if not known.isascii() and (folded := _folded(known)):
        for spelling in (folded, _canonical(folded)):
            lengths[spelling[0]] = lengths.get(spelling[0], 0) | 1 << min(len(spelling), _LENGTH_CAP)


def _names(article: Article) -> tuple[
    dict[str, tuple[int, int]], set[str], list[tuple[str, int, bool, bool]], dict[str, int], dict[str, str],
    dict[str, int], list[str], dict[int, str], dict[str, list[str]]
]:
    """Return (name word -> span of its full name's first mention, surnames (last words of full names),
    lone capitalised words that an earlier full name could match, each with whether a speech verb marks it
    as a person and whether only a transliteration could match it, how often each of those and each full
    name's word occurs, each surname's first word, the surnames' lengths as bit masks by the classes of
    their first and last letters (``_fill_masks``), the surnames not yet put there, for a lone word that is
    the surname of a given name told before with another surname, that surname, by the word's index, and the
    surnames already put in the masks by the classes ``_romanised_match`` compares them under)."""
    text = article.norm
    starts = article.word_starts
    ends = article.word_ends
    words = article.words
    lower = article.lower_words
    count = len(words)
    full_names: dict[str, tuple[int, int]] = {}
    surnames: set[str] = set()
    lone: list[tuple[str, int, bool, bool, bool]] = []
    counts: dict[str, int] = {}
    openers: dict[str, str] = {}
    # A name word: capitalised (so only those words are tested), two letters or more,
    # not all capitals, and not a word that opens sentences or names a role.  (Caching the
    # verdict per distinct word was tried: faster once warm, slower over the first few
    # hundred articles of a process, which is what most runs are.)
    # (the look-up first: most capitalised words open a sentence, "The", "But", "He")
    name_words = [
        index for index in article.capitalised_indices
        if lower[index] not in _NOT_PERSON
        # (lead25) an abbreviated title written without its full stop, as British copy does ("Fr Donelly", "Insp Hale"),
        # is no given name
        and lower[index] not in _ABBREVIATED_ONLY
        and len(word := words[index]) >= 2 and not word.isupper()
        # "O'Sullivan", "Al-Assad": joined names are name words too.
        and (word.isalpha() or word.replace("'", "").replace("-", "").isalpha())
    ]
    if _has_articled_name(text):
        # (lead24) an Arabic name written with its article in lower case is a name word too ("Nouri al-Maliki" ...
        # "al-Malki", "Abdel Fattah el-Sisi" ... "al-Sisi")
        name_words = sorted({*name_words, *(
            index for index, word in enumerate(words)
            if word[:3] in _ARABIC_ARTICLE and word[3:4].isupper() and word[3:].replace("-", "").replace("'", "").isalpha())})
    is_name_word = set(name_words)
    # The lengths of the introduced words (four letters or more), as a bit mask per first
    # letter, and of their transliteration-normalised forms: a lone word is worth a closer
    # look only near one of them (two shifts and a mask, not a look-up per length).
    lengths: dict[str, int] = {}
    # For a word no introduced word's first letter and length are near (a transliteration's may be): the
    # surnames' lengths by the classes of their first and last letters (``_fill_masks``, filled only when
    # such a word comes), the surnames not yet in them, and the surnames' transliteration keys.
    masks: dict[str, int] = {}
    members: dict[str, list[str]] = {}
    pending: list[str] = []
    keys: dict[str, str] = {}
    # The given names of full names (the word before the surname), each with the surname it came with first.
    givens: dict[str, str] = {}
    repeated: dict[int, str] = {}
    prose: set[str] | None = None
    series_cache: dict[int, int] = {}
    next_free = 0
    for index in name_words:
        if index < next_free:
            continue
        last = index
        while True:
            if last + 1 in is_name_word and last - index < 3 and text[ends[last]:starts[last + 1]] == " ":
                last += 1
            elif (last + 2 in is_name_word and last - index < 2 and len(words[last + 1]) == 1 and words[last + 1].isupper()
                  and text[ends[last]:starts[last + 1]] == " " and text[ends[last + 1]:starts[last + 2]] == ". "):
                last += 2  # (lead24) a middle initial: "Rosalind J. Etheridge", "George W. Bush"
            else:
                break
        if last > index and words[index][:1].islower():
            next_free = last + 1
            continue  # (lead24) a run opened by "al-" is a place's ("in al-Gharia al-Gharbiya"), a person's has a given name
        if last == index + 1 and _opening_participle(article, index):
            continue  # "Sentencing Cai, the judge said": the name is the word after the participle
        if last > index and (lower[last] in _INSTITUTIONS or (
                last + 1 < count and lower[last + 1] in _INSTITUTIONS and words[last + 1][:1].isupper())):
            next_free = last + 1
            continue  # "the UK-based Syrian Observatory", "the Free Syrian Army": an institution, no person's name
        if last > index:
            # "Khaled Abdallah" ... "Khaled Abdullah": the given name (the word before the surname: "Broadcaster
            # Eustace Hollingworth") again with another surname. The surname is read as a lone word after the
            # first full name (the given name marks a person, as a speech verb does); two people, each with a
            # given name of their own, are not.
            family = _bare(lower[last])[0]
            given = lower[last - 1] if len(lower[last - 1]) > 1 else lower[last - 2]  # (not a middle initial)
            # (a name of two words, or three opening with a role or a sentence: "Broadcaster Eustace
            # Hollingworth"; not a run of tags or places, "Tags Syria Khan Sheikhun")
            # (after an article, a title, not a person: "the Unknown Solider"; after "in" or "the villages of",
            # a place: "Tal Shamiram" ... "in Tal Shamiran")
            if index > 0 and (lower[index - 1] in ("the", "a", "an") or lower[index - 1] in _LOCATIVE or (
                    lower[index - 1] == "of" and index > 1 and lower[index - 2] in _PLACE_OF)):
                earlier = family
            elif last == index + 1 or (last == index + 2 and (
                    lower[index] in _TITLES or lower[index] in _ROLE_WORDS or _sentence_opening(text, starts[index]))):
                earlier = givens.setdefault(given, family)
            else:
                earlier = family
            if earlier != family and last == index + 1 and family not in full_names and len(family) >= 3 \
                    and family.isalpha() and given not in _NUMBER_WORDS \
                    and _ALIAS_BEFORE.search(text, max(0, starts[index] - 20), starts[index]) is None:
                if prose is None:
                    prose = set(compress(words, map(str.islower, article.first_characters)))
                # (not an ordinary word of the article: "Four Hizballah members", "the Unknown Solider")
                if given not in prose and family not in prose and earlier not in prose:
                    lone.append((family, last, True, False, False))
                    repeated[last] = earlier  # compared with that surname only
                    next_free = last + 1
                    continue
            # "Benjamin Young", "Kim Jong Un": every word of a full name counts as introduced.
            span = (starts[index], ends[last])
            for position in range(index, last + 1):
                known = lower[position]
                full_names.setdefault(known, span)
                if len(known) >= 4:
                    # (first letter, length) of the introduced words, and of their
                    # transliteration-normalised form: which lone words need a closer look
                    # (lead24: without a possessive, "Rosalind Etheridge's school" ... "Etheredge said")
                    if known.endswith(_POSSESSIVE_ENDINGS):
                        known = known[:-2]
                    _register_lengths(lengths, known, position == last)
            surname = lower[last]
            if surname not in surnames:
                surnames.add(surname)
                pending.append(surname)
            openers.setdefault(surname, lower[index])
            next_free = last + 1
            continue
        word = lower[index]
        compound = False
        if "-" in word:
            # (lead24) "the Okonjo-led troop", "the Ruiz-era reforms": the name is the compound's first part
            head, _, tail = word.rpartition("-")
            if tail in _NAME_COMPOUND_TAILS and len(head) >= 3 and head.replace("-", "").isalpha() \
                    and not head.endswith(_GROUP_ENDINGS) and head not in _GROUP_HEADS:
                word, compound = head, True
        if index - 1 in is_name_word and text[ends[index - 1]:starts[index]] in ('" ', '\u201d '):
            # Dave "Mudcat" Saunders: a full name around a nickname.
            # (lead24: its surname is a surname too, compared with the lone words after it: "Rosalind “Ros”
            # Etheridge" ... "Etheredge said"; the evidence is the whole name)
            bare_word = _bare(word)[0]
            opening = index - 2 if index > 1 and index - 2 in is_name_word and \
                text[ends[index - 2]:starts[index - 1]] in (' "', ' \u201c') else index - 1
            full_names.setdefault(bare_word, (starts[opening], ends[index]))
            if len(bare_word) >= 4 and bare_word.isalpha() and bare_word not in surnames:
                surnames.add(bare_word)
                pending.append(bare_word)
                openers.setdefault(bare_word, lower[opening])
                _register_lengths(lengths, bare_word, True)
            continue
        # Only a word that an earlier full name's word could match (same normalised first
        # letter, a length one apart at most) has its clause read.
        if word in full_names:
            continue  # "Trump" after "Donald Trump": the usual lone surname
        # an introduced length three shorter to one longer (one letter more or fewer; a possessive adds two),
        # or a transliteration's: a surname's classes of first and last letters (a possessive's are the name's)
        romanised = False
        near = lengths.get(word[0], 0) << 3 >> min(len(word), _LENGTH_CAP)
        if not near & 0b11111 and word.isascii() and not word.startswith(_INITIAL_PREFIXES):
            # ... or two or three shorter ("Yusuf" after "Youssef"), or another first letter ("Aiyar" after "Iyer"),
            # with a surname's classes of first and last letters (a possessive's are the name's) and length
            # ("Christodoulou" after "Sofia Hristodoulou", "Chatzidakis" after "Hatzidakis": Greek chi, read as h)
            if not near & 0b1100000 and word[0] not in _CROSS_OPENINGS and word not in _ROMANISED \
                    and not (len(word) >= 7 and word.startswith("ch")) and not (word[0] == "c" and word[1:2] in _VOWEL_LETTERS):
                continue
            if pending:
                _fill_masks(pending, masks, members)
            last = word[-3] if word[-2] == "'" else word[-1]
            if last == "e" and len(word) > 5 and word[-2] in _SILENT_E_AFTER:
                last = word[-2]  # a silent e ("Hamdane"), as ``_sound_class``
            sound = _LETTER_PAIRS.get(word[0] + last, "")
            if not (masks.get(sound, 0) << 6 >> min(len(word), _LENGTH_CAP)) & 0x1FFF:
                continue
            romanised = True
        word, possessive = _bare(word)
        if len(word) < (2 if romanised else 3) or word in full_names:
            continue
        # the bare, normalised word: an introduced length one shorter to two longer
        canonical = _canonical(word)
        if not (lengths.get(canonical[0], 0) >> (min(len(canonical), _LENGTH_CAP) - 1)) & 0b1111:
            # (an introduced word two to four shorter: "Youssef" after "Yusuf", "Schewtschenko" after "Shevchenko")
            if not romanised:
                # (a word opening with a transliterated initial, "Tsai" after "Mei Cai", is compared with the
                # surnames' masks as the word its initial is read as: a surname of three letters has no length)
                if word.isascii() and not (lengths.get(word[0], 0) << 4 >> min(len(word), _LENGTH_CAP)) & 0b111 \
                        and not (len(word) <= 5 and word.startswith(_INITIAL_PREFIXES)):
                    continue
                if pending:
                    _fill_masks(pending, masks, members)
                if not (masks.get(_sound_class(word), 0) << 4 >> min(len(word), _LENGTH_CAP)) & 0x1FF:
                    continue
            romanised = True
        if romanised and (word in _NOT_PERSON or word + "'s" in surnames):
            continue  # ("Trump" after "Donald Trump's" is the same name)
        if word in _ROLE_WORDS or word in _INSTITUTIONS or not word.replace("'", "").replace("-", "").isalpha():
            continue
        gap_before = text[ends[index - 1]:starts[index]] if index > 0 else "\n"
        before = lower[index - 1] if index > 0 and gap_before == " " else ""
        if index > 0 and gap_before == ". " and (lower[index - 1] in _ABBREVIATED_TITLES or lower[index - 1] in _ABBREVIATED_ONLY):
            before = lower[index - 1]  # "Mr. Yang", "Sen. Yang", "Insp. Yang"
        after = lower[index + 1] if index + 1 < count and text[ends[index]:starts[index + 1]] in (" ", ", ") else ""
        # (not a place's: "who runs the bakery in Carlington, said": the speaker is the sentence's subject)
        speaker = (after in _SPEECH_VERBS and before not in _LOCATIVE) or (
            before in _SPEECH_VERBS and text[ends[index]:ends[index] + 1] in ".,") or (
            before == "from" and index > 1 and lower[index - 2] in _MESSAGES)
        titled = before in _TITLES or before in _ABBREVIATED_ONLY
        if before in _PARTICLES or before in _VESSELS:
            continue  # "Deir al Zour", "Osama bin Laden": the end of a name, not a surname alone; "the schooner X"
        if before == "of" and index > 1 and lower[index - 2] in _PLACE_OF:
            continue  # "the towns of Suran and Halfaya": a place
        # Mid-sentence, a capitalised word is a name; opening a sentence it must be
        # followed by what a person does ("Yang now says", "Yang, who", "Yang blamed"); after a hyphenated word
        # ("cross-examining Hatzidakis") it is mid-sentence too.
        # (names20) After a comma or a colon that follows a word in lower case, a capitalised word is mid-sentence too:
        # English capitalises neither a list's last item nor what a colon introduces in running prose ("a name is
        # engraved on its ring: Hindmrsh.", "past judges include a bishop and, now, Reddi.").
        # (lead24) a caption's label opening a sentence: "Pictured: Chedderton at work", "Above: Pomare rehearsing"
        caption = gap_before == ": " and lower[index - 1] in _CAPTION_LABELS and _sentence_opening(text, starts[index - 1])
        opening = (not before or gap_before != " " or not (before.isalpha() or before.replace("-", "").isalpha())) \
            and not ((gap_before in _INSIDE_GAPS or gap_before in _DASH_GAPS) and lower[index - 1].isalpha() and (
                words[index - 1].islower() or lower[index - 1] in _MONTHS_DAYS)) and not caption
        # (lead25) an item of a series of single capitalised words ("Harding, Okoye, Vandervll and Bell") is mid-sentence
        series = (gap_before == ", " or before == "and" or after == "and" or text.startswith(", ", ends[index])) \
            and _series_item(article, index, series_cache)
        if series < 0:
            continue
        opening = opening and not series
        if not speaker and not titled:
            if opening and not possessive and not (
                after in _PERSON_AFTER or (after.endswith("ed") and after.isalpha() and len(after) > 3)
                # ... or a verb in the present ("Mokoen expects", "Kowalsky hopes"; not "Texas is")
                or (len(after) > 4 and after[-1] == "s" and after[-2] not in "su'" and after.isalpha()
                    and after not in _PHRASE_STOP and words[index + 1].islower())
                # (names20) ... or an age in apposition ("Entwisle, 71, plans"), a colon before a quotation
                # ("Entwisle: \"It was ...\""), a reflexive ("Entwisle himself") or "and his/her" ("Entwisle and
                # his son fitted it")
                or (after.isdigit() and len(after) <= 3 and text[ends[index]:ends[index] + 2] == ", "
                    and text[ends[index + 1]:ends[index + 1] + 1] == ",")
                or text[ends[index]:ends[index] + 3] in _COLON_QUOTES
                # (lead24) ... or a caption's aside ("Etheredge (pictured) received the award"), or a sentence adverb
                # set off by commas ("Etheredge, however, disagreed")
                or text.startswith(_CAPTION_ASIDES, ends[index]) or text.startswith(_ADVERB_ASIDES, ends[index])
                or after in _REFLEXIVES
                # ... "may", an age in parentheses ("Entwisle (71) chose"), a relative clause after a dash ("Entwisle — who is
                # 71 — chose"), "for his/her part"
                or (index + 1 < count and (
                    words[index + 1] == "may"  # (the modal in lower case, not the month)
                    or (text[ends[index]:starts[index + 1]] == " (" and words[index + 1].isdigit() and len(words[index + 1]) <= 3
                     and text[ends[index + 1]:ends[index + 1] + 1] == ")")
                    or (text[ends[index]:starts[index + 1]] in _DASH_GAPS and lower[index + 1] in _WHO)
                    or (after == "for" and index + 3 < count and lower[index + 2] in _HIS_HER and lower[index + 3] == "part")))
                or (after == "and" and index + 2 < count and lower[index + 2] in _HIS_HER)
                # ... or an apposition naming a person's role ("Entwisle, a retired teacher, was"; lexicons/
                # attribution_roles.tsv: not "Carlow, a market town,")
                or (after in _ARTICLES and text[ends[index]:ends[index] + 2] == ", " and any(
                    lower[position] in _ROLE_WORDS for position in range(index + 2, min(index + 5, count))))
                # ... or any verb whose object is his or hers ("Pettigrow lost her shed", "Okafor took his seat")
                or (index + 2 < count and after.isalpha() and words[index + 1].islower() and lower[index + 2] in _HIS_HER
                    and text[ends[index]:starts[index + 1]] == " ")
            ):
                continue
            # In running prose only: not in a Title Case line ("Severs Ties"), not before
            # a name particle ("Osama bin Laden"), not after an article ("the Khan family"):
            # a person's name takes none.
            # (lead24: the article of a compound is its noun's, "the Okonjo-led troop")
            if after in _PARTICLES or (before in _ARTICLES and not compound) or (
                index + 1 < count and words[index + 1][:1].isupper() and text[ends[index]:starts[index + 1]] == " "
            ) or (not opening and not caption and not series and (words[index - 1][:1].isupper() or index - 1 in is_name_word)
                  and lower[index - 1] not in _NOT_PERSON
                  and not _opening_participle(article, index - 1)):
                continue
        # (a word only a transliteration could match: its key is compared now, so that it adds no work later)
        if romanised and not _romanised_match(word, members, keys):
            continue
        lone.append((word, index, speaker, titled, romanised))
    if not lone:
        return full_names, surnames, [], counts, openers, masks, pending, repeated, members
    # The lone words' other mentions: how often each occurs, and whether the article uses
    # it as a place anywhere ("outside Austin", "Austin city council"): then it is no person's name.
    wanted = {word for word, _, _, _, _ in lone}
    places: set[str] = set()
    # Every name word without its possessive; the counts of all of them (only those of lone
    # words and full names' words are read).
    bares = [_bare(lower[index])[0] for index in name_words]
    counts.update(Counter(bares))
    for index, word in zip(name_words, bares):
        if word in wanted:
            # (not a possessive: "outside Chernenko's campaign office" places the office, not Chernenko)
            if index > 0 and text[ends[index - 1]:starts[index]] == " " and not lower[index].endswith(_POSSESSIVE_ENDINGS) and (
                (lower[index - 1] in _LOCATIVE and not (
                    # (names20) "at" after a verb of looking, gesturing or shouting has a person after it: "the
                    # tycoon glared at Zanardeli", "she smiled at Okafor", "fans jeered at Marchetti"
                    lower[index - 1] == "at" and _aimed_at(lower, index - 1)))
                or lower[index - 1] in _COMPASS
                or (lower[index - 1] == "to" and index > 1 and (
                    lower[index - 2] in _MOVED and not (lower[index - 2] == "went" and index > 2 and lower[index - 3] in _AWARDED)
                    or lower[index - 2] in _ROUTE))  # "moved to Dallas", "the road to Dalston"; not "the job went to Etheredge"
            ):
                places.add(word)
            if index + 1 < count and text[ends[index]:starts[index + 1]] in (" ", ", ") and lower[index + 1] in _PLACE_AFTER:
                places.add(word)
    lone = [(word, index, speaker, romanised) for word, index, speaker, titled, romanised in lone
            if (speaker and index not in repeated) or titled or word not in places]
    return full_names, surnames, lone, counts, openers, masks, pending, repeated, members


def _aimed_at(lower: list[str] | tuple[str, ...], at: int) -> bool:
    """Whether the "at" at word ``at`` ends a phrase aimed at somebody ("glared at", "hurled abuse at", "took aim
    at", "lashed out at", "hit back at"): the capitalised word after it is a person, not a place."""
    if at < 1:
        return False
    before = lower[at - 1]
    return before in _AT_SOMEBODY or before in _AT_SOMEBODY_OBJECTS or (
        before in ("out", "back") and at > 1 and lower[at - 2] in _OUT_OR_BACK_AT)


def _romanised_variant(known: str, known_prepared: str, variant: str, prepared: str) -> bool:
    """Whether ``variant``, with the transliteration key of ``known``, is another romanisation of it: not
    the name without its article ("Assad" after "al-Assad"), its vowels exchanged as romanisations do
    ("Hassan" is not "Hussein"), and on a short name more than its vowels changed ("Li" is not "Lee",
    "Chan" not "Chen") unless lexicons/name_romanisations.tsv joins the two ("Choi"/"Choe")."""
    if known[3:] == variant or variant[3:] == known:
        return False
    if known_prepared in _ROMANISED:
        return True
    if not _same_vowels(known_prepared, prepared) and not (
            # (names20: the Sesotho "o" read as "w", "Moshoeshoe"/"Moshweshwe", then its vowels)
            ("w" in known_prepared or "w" in prepared)
            and _same_vowels(_SOTHO_O.sub("w", known_prepared), _SOTHO_O.sub("w", prepared))):
        return False
    return max(len(known_prepared), len(prepared)) >= 5 or _consonants(known) != _consonants(variant)


def _fill_masks(pending: list[str], masks: dict[str, int], members: dict[str, list[str]]) -> None:
    """Move the surnames of ``pending`` into ``masks``: under each of their ``_sound_classes``, a bit per length;
    and into ``members``: each surname under the classes of its bare form (without a possessive), with a
    silent e's too (``_with_silent_e``), the ones ``_romanised_match`` reads it under, in the order it came."""
    classes = map(_SURNAME_CLASSES.get, map(add, map(itemgetter(0), pending), map(itemgetter(-1), pending)))
    for known, known_classes in zip(pending, classes):
        if known_classes is None or known in _ROMANISED or known[-2] == "'":
            # other letters, other spellings in the table, or a possessive ("Yefremov's office")
            known_classes = _sound_classes(_bare(known)[0])
        if known[-1] == "e":
            known_classes = _with_silent_e(known, tuple(known_classes))
        bit = 1 << min(len(known), _LENGTH_CAP)
        for sound in known_classes:
            masks[sound] = masks.get(sound, 0) | bit
        bare = known[:-2] if known.endswith(_POSSESSIVE_ENDINGS) else known
        bare_classes = _SURNAME_CLASSES.get(bare[0] + bare[-1], ()) if bare.isascii() and bare not in _ROMANISED \
            else _sound_classes(bare)
        if bare[-1] == "e":
            bare_classes = _with_silent_e(bare, tuple(bare_classes))
        for sound in dict.fromkeys(bare_classes):
            members.setdefault(sound, []).append(known)
    pending.clear()


def _romanised_match(word: str, members: dict[str, list[str]], keys: dict[str, str]) -> list[str]:
    """The surnames with ``word``'s class of first and last letters (``members``, filled by ``_fill_masks``), a
    length within four of it and its ``_transliteration_key`` (a few a text reach this). Fills ``keys`` (the
    surnames' keys; their prepared spellings under "\x01" + surname, French keys under "\x00" + surname) as
    needed."""
    key = prepared = ""
    french: str | None = None
    matched = []
    for known in members.get(_sound_class(word), ()):
        bare = known[:-2] if known.endswith(_POSSESSIVE_ENDINGS) else known
        if bare == word or abs(len(bare) - len(word)) > 4:
            continue
        if not key:
            prepared = _prepared(word)
            key = _transliteration_key(prepared)
        if bare not in keys:
            # (the bare surname's prepared spelling too, under "\x01": the readings below start from it)
            bare_prepared = keys["\x01" + bare] = _prepared(bare)
            keys[bare] = _transliteration_key(bare_prepared)
        if not key:
            continue
        if keys[bare] == key:
            matched.append(known)
            continue
        # one of the two a French romanisation ("Chahine" after "Shaheen", "Shevchuk" after "Chevtchouk")
        if french is None:
            french = _french_key(prepared)
        french_bare = keys.get("\x00" + bare)
        if french_bare is None:
            french_bare = keys["\x00" + bare] = _french_key(keys["\x01" + bare])
        if (french and keys[bare] == french) or french_bare == key:
            matched.append(known)
            continue
        # Greek chi and Hebrew het, written "ch" or "h" at the start of a long name ("Chatzidakis"/"Hatzidakis",
        # "Chaimovich"/"Haimovich"; not "Chan"/"Han"): the "ch" spelling's key read with "h" is the other's key
        if min(len(word), len(bare)) >= 7:
            if bare.startswith("ch") and word[0] == "h":
                spelt_ch, other_key = bare, key
            elif word.startswith("ch") and bare[0] == "h":
                spelt_ch, other_key = word, keys[bare]
            else:
                spelt_ch = ""
            if spelt_ch and _transliteration_key(_prepared("h" + spelt_ch[2:])) == other_key:
                matched.append(known)
                continue
        if _other_reading(prepared, key, keys["\x01" + bare], keys[bare]):
            matched.append(known)
    return matched


# Endings of Ukrainian surnames, whose "г" is romanised "h" from Ukrainian and "g" from Russian
# ("Hrytsenko"/"Gritsenko", "Horbach"/"Gorbach" is not read: no such ending)
_UKRAINIAN_ENDINGS = ("ko", "uk", "yk", "iv", "ych", "ets")
# Japanese syllables as both romanisations write them: an optional consonant (or "ts", "ch", "sh", a doubled
# one) and y before a vowel, or a syllable-final n; possessive, so linear
_JAPANESE_SHAPE = re.compile(r"(?:(?:ts|ch|sh|kk|tt|pp|ss|[kgsztdnhbpmrwfj])?+y?+[aeiou]|n(?![aeiouy]))++")
# Kunrei-shiki (ISO 3602) spellings as Hepburn writes them: "Huzii"/"Fujii", "Tutiya"/"Tsuchiya"
_KUNREI_HEPBURN = (("sy", "sh"), ("ty", "ch"), ("zy", "j"), ("si", "shi"), ("ti", "chi"), ("tu", "tsu"),
                   ("hu", "fu"), ("zi", "ji"), ("di", "ji"), ("du", "zu"))


def _japanese_i_added(first: str, second: str) -> bool:
    """Whether two names Japanese in shape differ by an "i" after "a", "o" or "u" in the longer one: another
    syllable, so another surname ("Sato"/"Saito", "Goto"/"Goito"); a long vowel written out ("Ito"/"Itou",
    "Ono"/"Oono") is one name and stays joined."""
    short, long = sorted((first, second), key=len)
    if len(long) != len(short) + 1 or not long.isascii() or not short.isascii():
        return False
    position = next((index for index, (left, right) in enumerate(zip(short, long)) if left != right), len(short))
    return (long[position] == "i" and position > 0 and long[position - 1] in "aou" and long[:position] + long[position + 1:] == short
            and _JAPANESE_SHAPE.fullmatch(short) is not None and _JAPANESE_SHAPE.fullmatch(long) is not None)


def _hepburn(prepared: str) -> str:
    """A Japanese name in Kunrei-shiki spelt as Hepburn writes it (a Hepburn spelling is left as it is)."""
    for kunrei, hepburn in _KUNREI_HEPBURN:
        if kunrei in prepared:
            prepared = prepared.replace(kunrei, hepburn)
    return prepared


_SPANISH_ENDING = re.compile(r"[aeiou][sz]?$")
_NOT_SPANISH = re.compile(r"[kwy]|sh|th|ph|([bcdfgmnpstvz])\1")
_YOGH = re.compile(r"(?<=[ln])z(?=ie)")
_SOTHO_O = re.compile(r"(?<=[bcdfghjklmnprstz])o(?=[aei])")
_CONSONANT_J = re.compile(r"(?<=[bcdfgklmnprstvwz])j(?=[aeiou])")


_GERMAN_CH = re.compile(r"(?<![st])ch")
_SLAVIC_ENDINGS = ("ij", "yj", "ow", "ew", "ski", "sky", "in", "ov", "ev", "enko", "uk")


def _german_reading(prepared: str) -> str:
    """The name read as a German romanisation written in English: "ch" (not "sch", "tsch") as "kh" (in a name of
    seven letters or more: "Channa" is not "Khanna"), "z" as "ts", "j" as "y", a final "-ij"/"-yj" as "-y", and on
    a name with a Slavic ending an opening "s" before a vowel as "z" ("Selenskyj"; not "Sander"/"Zander"); ""
    when it has none of them."""
    slavic = prepared.endswith(_SLAVIC_ENDINGS)
    opening_s = slavic and prepared[0] == "s" and prepared[1:2] in _VOWEL_LETTERS
    if "z" not in prepared and "j" not in prepared and not opening_s and (
            len(prepared) < 7 or _GERMAN_CH.search(prepared) is None):
        return ""
    word = prepared.replace("tsch", "\x01").replace("sch", "\x02").replace("ch", "kh").replace("z", "ts")
    if opening_s:
        word = "z" + word[1:]
    word = word.replace("j", "y")
    if word.endswith(("yy", "iy")):
        word = word[:-1]
    if word.startswith("ye"):
        word = word[1:]  # as ``_prepared``: "Jelzin" read "Yeltsin", prepared "eltsin"
    return word.replace("\x01", "ch").replace("\x02", "sh")


def _without_final_w(prepared: str) -> str:
    """The spelling without a final w after an o ("jallow" -> "jallo")."""
    return prepared[:-1] if prepared.endswith("ow") else prepared


# (lead24) Egyptian "g" (and "gu" before i or e) where other romanisations of Arabic write "j"
_EGYPTIAN_G = re.compile("gu(?=[ie])|g")
# (lead24) Somali "c" for the Arabic ayn before a vowel, where English copy writes none ("Cabdi"/"Abdi",
# "Cumar"/"Umar", "Cismaan"/"Isman")
_SOMALI_OPENINGS = frozenset(("ca", "ci", "cu", "ce", "co", "ac", "ic", "uc", "ec", "oc"))
_SOMALI_SHAPE = re.compile("aa|ii|uu|x|dh|^cabd")


def _somali_c(prepared: str, other: str) -> bool:
    """Whether one of two prepared spellings is the other with the Somali "c" for the ayn before its first vowel,
    the Somali one in Somali shape (a doubled vowel, "x", "dh" or the "Cabd-" of "Cabdi", "Cabdullahi"; not
    "Carlo"/"Arlo")."""
    spelt_c, plain = (prepared, other) if prepared[0] == "c" else (other, prepared)
    if spelt_c[0] != "c" or spelt_c[1] not in "aeiou" or len(spelt_c) < 5 or _SOMALI_SHAPE.search(spelt_c) is None:
        return False
    return _transliteration_key(spelt_c[1:]) == _transliteration_key(plain)


def _other_reading(prepared: str, key: str, other: str, other_key: str) -> bool:
    """Whether two prepared spellings whose keys differ are one name read by the conventions of one language
    (both of five letters or more; a few words reach this, ``_romanised_match``'s pre-selection): Somali "x"
    for Arabic "h" ("Xuseen"/"Hussein"), Ukrainian "h" for Russian "g" on a Ukrainian surname
    ("Hrytsenko"/"Gritsenko"), Japanese Kunrei-shiki for Hepburn ("Huzii"/"Fujii", "Tutiya"/"Tsuchiya")."""
    if min(len(prepared), len(other)) < 5:
        if min(len(prepared), len(other)) == 4 and max(len(prepared), len(other)) == 5 and prepared[0] + other[0] in _SOMALI_OPENINGS:
            return _somali_c(prepared, other)  # "Cabdi"/"Abdi"
        return False
    if prepared[0] + other[0] in _SOMALI_OPENINGS and _somali_c(prepared, other):
        return True
    if ("g" in prepared and "j" in other) or ("j" in prepared and "g" in other):
        # (lead24) Egyptian Arabic "g" for the "j" of other Arabic romanisations, "gu" before i or e ("Naguib"/"Najib",
        # "Hegazy"/"Hijazi", "Ragab"/"Rajab", "Abdelgawad"/"Abdeljawad")
        spelt_g, with_j = (prepared, other_key) if "j" in other else (other, key)
        if _transliteration_key(_EGYPTIAN_G.sub("j", spelt_g)) == with_j:
            return True
    if prepared[:2] + other[:2] in ("xush", "shxu", "xesh", "shxe", "xish", "shxi"):
        # (lead24) Maltese "x" for "sh" before a vowel ("Xuereb"/"Shuereb", "Xerri"/"Sherri", "Xiberras"/"Shiberras")
        spelt_x, with_sh = (prepared, other_key) if prepared[0] == "x" else (other, key)
        if _transliteration_key("sh" + spelt_x[1:]) == with_sh:
            return True
    if min(len(prepared), len(other)) >= 6:
        # (names20) one of the two a German romanisation of Russian, Ukrainian or Persian ("Jelzin"/"Yeltsin",
        # "Chodorkowski"/"Khodorkovsky", "Selenskyj"/"Zelensky", "Chomeini"/"Khomeini"; not "Chan"/"Khan": six
        # letters or more)
        german = _german_reading(prepared)
        if german and _transliteration_key(german) == other_key:
            return True
        german = _german_reading(other)
        if german and _transliteration_key(german) == key:
            return True
    opening = prepared[0] + other[0]
    if opening in ("xh", "hx"):
        spelt_x, with_h = (prepared, other_key) if opening[0] == "x" else (other, key)
        return _transliteration_key("h" + spelt_x[1:]) == with_h
    if opening in ("hg", "gh"):
        if not (prepared.endswith(_UKRAINIAN_ENDINGS) and other.endswith(_UKRAINIAN_ENDINGS)):
            return False
        spelt_h, with_g = (prepared, other_key) if opening[0] == "h" else (other, key)
        return _transliteration_key("g" + spelt_h[1:]) == with_g
    if opening in ("dj", "jd"):
        # (names20) West African surnames as French and English write them: "Di" before a vowel for "J", and a
        # final "-ow" for "-o" ("Diallo"/"Jallow"/"Jalloh", "Diarra"/"Jarra", "Diawara"/"Jawara")
        spelt_di, with_j = (prepared, other) if opening[0] == "d" else (other, prepared)
        if spelt_di[1] != "i" or spelt_di[2] not in "ao":
            return False
        return _transliteration_key(_without_final_w("j" + spelt_di[2:])) == _transliteration_key(_without_final_w(with_j))
    if "tj" in prepared or "tj" in other:
        # (names20) Indonesian names in the spelling before 1972, "tj" for "c", "dj" for "j" and "j" for "y"
        # ("Tjahjani"/"Cahyani", "Tjokro"/"Cokro", "Djojo"/"Joyo")
        spelt_old, with_new = (prepared, other_key) if "tj" in prepared else (other, key)
        spelt_new = spelt_old.replace("tj", "c").replace("dj", "\x00").replace("j", "y").replace("\x00", "j")
        return _transliteration_key(spelt_new) == with_new
    if ("lz" in prepared or "nz" in prepared or "lz" in other or "nz" in other) and ("ly" in prepared + other or "ny" in prepared + other):
        # (names20) Scots "z" for the old letter yogh, read "y", after l or n before "ie" ("Dalziel"/"Dalyell", "Menzies"/"Menyies"; not German "Menzel")
        return _transliteration_key(_YOGH.sub("y", prepared)) == _transliteration_key(_YOGH.sub("y", other))
    if "w" in prepared or "w" in other:
        # (names20) Sesotho as Lesotho writes it, "o" before a vowel for South Africa's "w" ("Moshoeshoe"/"Moshweshwe",
        # "Mokoena"/"Mokwena", "Letsoalo"/"Letswalo")
        spelt_o, with_w = (prepared, other_key) if "w" in other else (other, key)
        if _SOTHO_O.search(spelt_o) is not None and _transliteration_key(_SOTHO_O.sub("w", spelt_o)) == with_w:
            return True
    if "y" in prepared or "y" in other:
        # (names20) German and Polish "j" after a consonant for English "y" ("Worobjow"/"Vorobyov",
        # "Grigorjew"/"Grigoryev", "Kostjuk"/"Kostyuk"; the other spelling writes the y: "Anja" is not "Ana")
        spelt_j, with_y = (prepared, other_key) if "y" in other else (other, key)
        if _CONSONANT_J.search(spelt_j) is not None:
            return _transliteration_key(_CONSONANT_J.sub("y", spelt_j)) == with_y
    if ("b" in prepared and "v" in other) or ("v" in prepared and "b" in other):
        # (names20) Spanish "b" and "v", one sound, on names of six letters or more ("Baldivieso"/"Valdivieso",
        # "Córdoba"/"Cordova", "Bargas"/"Vargas")
        # (both Spanish in shape: a vowel or a vowel and s or z at the end, no k, w, sh, th or doubled consonant
        # but ll and rr: not "Vickers"/"Bickers", "Verger"/"Berger", two English and French surnames)
        if min(len(prepared), len(other)) >= 6 and _SPANISH_ENDING.search(prepared) is not None \
                and _SPANISH_ENDING.search(other) is not None and _NOT_SPANISH.search(prepared) is None \
                and _NOT_SPANISH.search(other) is None \
                and _transliteration_key(prepared.replace("b", "v")) == _transliteration_key(other.replace("b", "v")):
            return True
    if opening in ("hw", "wh"):
        # (names20) Quechua and Nahuatl names as Spanish writes them, "hu" before a vowel for "w" ("Huanca"/"Wanka",
        # "Huaman"/"Waman")
        spelt_hu, with_w = (prepared, other_key) if opening[0] == "h" else (other, key)
        return spelt_hu[1] == "u" and spelt_hu[2] in "aei" and _transliteration_key("w" + spelt_hu[2:]) == with_w
    if opening in ("xk", "kx"):
        # (names20) Kurdish (Kurmanji) "x" for "kh" ("Xelîl"/"Khalil", "Xidir"/"Khidir")
        spelt_x, with_kh = (prepared, other_key) if opening[0] == "x" else (other, key)
        return _transliteration_key("kh" + spelt_x[1:]) == with_kh
    if opening in ("ts", "st"):
        # (names20) Nguni "Tsh" and "Sh" ("Tshabalala"/"Shabalala", "Tshabangu"/"Shabangu")
        spelt_tsh, with_sh = (prepared, other_key) if opening[0] == "t" else (other, key)
        return spelt_tsh.startswith("tsh") and _transliteration_key(spelt_tsh[1:]) == with_sh
    if _JAPANESE_SHAPE.fullmatch(prepared) is None or _JAPANESE_SHAPE.fullmatch(other) is None:
        return False
    return _transliteration_key(_hepburn(prepared)) == _transliteration_key(_hepburn(other))


# Particles that open a surname, written apart in one place and joined or hyphenated in another ("Riaan
# Duplessis" ... "Du Plessis", "Marloes Vandenbroek" ... "Van den Broek", "Salvatore Di Stefano" ... "DiStefano",
# "Rogelio De los Santos" ... "Delos Santos", "Noa Ben David" ... "Ben-David"): one surname spelt two ways.
_SURNAME_PARTICLES = frozenset("de del della dela delos di da du van von vande vanden den der ter ten le la los las ben".split())
# ... the ones a surname opens with ("ten", "der", "los" only follow another: "van der Poel", "De los Santos")
_FIRST_PARTICLES = _SURNAME_PARTICLES - {"den", "der", "ter", "ten", "los", "las"}
# ... and those a joined spelling opens with (the longest first)
_JOINED_PARTICLES = tuple(sorted(_FIRST_PARTICLES, key=len, reverse=True))


def _particle_conflicts(article: Article) -> list[Span]:
    """A surname with particles written apart in one place and joined (or hyphenated, or split otherwise) in
    another, one of the two after a given name or a title (a person's): both spans. Case is no difference
    ("De la Cruz" opening a sentence, "de la Cruz" after a given name)."""
    lower = article.lower_words
    if _FIRST_PARTICLES.isdisjoint(lower):
        return []  # (most articles: one pass in C)
    words = article.words
    starts = article.word_starts
    ends = article.word_ends
    text = article.norm
    count = len(words)
    capitalised = article.capitalised_indices
    # separated spellings: (first particle's index, last word's index), read from capitalised particles and from
    # lower-case ones right after a capitalised word ("Ludwig van Beethoven")
    mentions: list[tuple[int, int, str, str]] = []
    for index in capitalised:
        first = index if lower[index] in _FIRST_PARTICLES else index + 1
        if first == index + 1 and not (first < count and lower[first] in _FIRST_PARTICLES
                                       and words[first].islower() and text[ends[index]:starts[first]] == " "):
            continue
        if first > 0 and first - 1 != index and lower[first - 1] in _SURNAME_PARTICLES \
                and text[ends[first - 1]:starts[first]] == " ":
            continue  # inside a run read from its first particle
        last = first
        while last + 1 < count and last - first < 3 and lower[last + 1] in _SURNAME_PARTICLES \
                and text[ends[last]:starts[last + 1]] == " ":
            last += 1
        if last + 1 >= count or text[ends[last]:starts[last + 1]] != " " or not words[last + 1][:1].isupper():
            continue
        last += 1
        bare = _bare(lower[last])[0]
        if not bare.isalpha() or lower[last] in _NOT_PERSON:
            continue
        parts = [*lower[first:last], bare]
        mentions.append((first, last, "".join(parts), " ".join(parts)))
    if not mentions:
        return []
    keys = {key for _, _, key, _ in mentions if len(key) >= 6}
    # joined or hyphenated spellings of those keys ("Duplessis", "Ben-David", "DiStefano")
    for index in capitalised:
        word = lower[index]
        if word.startswith(_JOINED_PARTICLES):
            bare = _bare(word)[0]
            key = bare.replace("-", "")
            if key in keys:
                mentions.append((index, index, key, bare))
    if len(mentions) < 2:
        return []
    mentions.sort()
    found: list[Span] = []
    first_of: dict[str, tuple[int, int, str, bool]] = {}
    reported: set[tuple[str, str]] = set()
    for first, last, key, form in mentions:
        before = first - 1
        personal = before >= 0 and text[ends[before]:starts[first]] in (" ", ". ") and words[before][:1].isupper() \
            and (lower[before] in _TITLES or (lower[before] not in _NOT_PERSON and words[before].isalpha()
                                              and text[ends[before]:starts[first]] == " "))
        earlier = first_of.get(key)
        if earlier is None:
            first_of[key] = (before if personal else first, last, form, personal)
            continue
        if earlier[2] == form or not (earlier[3] or personal) or (key, form) in reported:
            continue
        if personal and earlier[3] and lower[before] != lower[earlier[0]] and lower[before] not in _TITLES \
                and lower[earlier[0]] not in _TITLES:
            continue  # two given names: two people ("Anna Delgado", her rival "Daniel Del Gado")
        reported.add((key, form))
        # (the notes quote the text as written, as ``_name_conflicts`` does: curly apostrophes stay curly)
        clean = article.clean_text
        found.append(Span(starts[earlier[0]], ends[earlier[1]], f"introduced as {clean[starts[earlier[0]]:ends[earlier[1]]]!r}"))
        found.append(Span(starts[first], ends[last], f"later called {clean[starts[first]:ends[last]]!r}"))
    return found


def _name_conflicts(article: Article) -> list[Span]:
    full_names, surnames, lone, counts, openers, masks, pending, repeated, members = _names(article)
    prose: set[str] | None = None
    starts = article.word_starts
    ends = article.word_ends
    found: list[Span] = []
    if not lone:
        return found
    keys: dict[str, str] = {}
    # Index the introduced words by their (transliteration-normalised) first letter and
    # length, a few each: a lone word is compared with a bounded number of candidates.
    index: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for known in full_names:
        if len(known) >= 4:
            # "Bush's": the name without its possessive.
            canonical = _canonical(known[:-2] if known.endswith(_POSSESSIVE_ENDINGS) else known)
            bucket = index.setdefault((canonical[0], len(canonical)), [])
            if len(bucket) < 12:
                bucket.append((known, canonical))
    for surname, position, speaker, romanised in lone:
        # "Russia" after "Russias Rossiya": the same word without a possessive s (not a final s doubled,
        # "Hargreavess" after "Matilda Hargreaves": a plural of that would be "Hargreaveses").
        if surname in full_names or surname + "s" in full_names or (
                surname[-1] == "s" and surname[-2:-1] != "s" and surname[:-1] in full_names):
            continue
        if surname + "'s" in full_names or surname + "\u2019s" in full_names:
            continue  # "Clarke" after "Aurelie Clarke's deputy": the name introduced in the possessive
        start, end = starts[position], ends[position]
        if article.lower_words[position].startswith(surname + "-"):
            end = article.norm.rfind("-", start, end)  # (lead24) "Okonjo-led": the name only
        canonical = _canonical(surname)
        match = None
        only = repeated.get(position)  # a surname after a given name told before with another: that one's only
        # (a word only a transliteration could match is compared by its key alone)
        for length in () if romanised else (len(canonical), len(canonical) - 1, len(canonical) + 1):
            for known, known_canonical in index.get((canonical[0], length), ()):
                if only is not None and known != only:
                    continue
                # Without a speech verb or title, only a full name's surname: "Benjamin Young" ... "Yang".
                if not speaker and known not in surnames:
                    continue
                name_start, name_end = full_names[known]
                if name_start >= start:
                    continue
                same_initial = known[0] == surname[0]
                if not same_initial and not known_canonical[0] == canonical[0]:
                    continue
                # "Syria"/"Syrian", "Bush"/"Bushes": the same word with an ending.
                stem = surname[:-1] if surname[-1] == "s" else surname
                slip = _end_slip(known_canonical, canonical)
                # (names20: not a double letter written single before a final s, "Sowerbuts" after "Sowerbutts")
                if (surname.startswith(known) or known.startswith(stem)) and not slip and not (
                        len(known) == len(surname) + 1 and known[-1] == "s" and known[-3] == known[-2] == surname[-2]):
                    continue
                devoiced = known_canonical[-1] + canonical[-1] in _FINAL_DEVOICING and len(surname) >= 5
                if not speaker and known_canonical[-1] != canonical[-1] and not slip and not devoiced:
                    continue  # without a speech verb, the same last letter or its voiced pair (see below)
                distance = edit_distance(known_canonical, canonical, 3)
                if len(surname) < 4 and (distance or same_initial):
                    continue  # three letters: only a transliterated opening ("Tsai"/"Cai")
                if distance == 2 and not _similar_spelling(known_canonical, canonical):
                    continue
                if not speaker:
                    # Without a speech verb, stricter: the same last letter, two edits only in the
                    # vowels or as two swapped letters ("Young"/"Yang", "Hussein"/"Husain"), the
                    # variant no more frequent than the surname itself (not a famous name of its
                    # own, "Trump" after "Linda Tripp"; with a speech verb too), and neither an ordinary word of the
                    # article ("Game" after "Al Gore", "the game").
                    if (known_canonical[-1] != canonical[-1] and not slip and (not devoiced or distance > 1)) \
                            or distance > 2 or (
                        distance == 1 and not slip and not devoiced and not _similar_letters(known_canonical, canonical)
                    ):
                        continue
                    if prose is None:
                        # the words that open in lower case (their first letters are one string: the test runs in C)
                        prose = set(compress(article.words, map(str.islower, article.first_characters)))
                    # ... and a full name that opens with an ordinary word is no person's ("Black Lives Matter").
                    if surname in prose or known in prose or openers.get(known, "") in prose:
                        continue
                if counts.get(surname, 0) > counts.get(known, 0) + 1:
                    continue
                if known_canonical[-1] != canonical[-1] and not slip:
                    # A changed last letter: one edit between vowels, or between a voiced consonant and its
                    # voiceless pair, which a word's end does not tell apart, on a name of five letters or
                    # more ("Gonzalez"/"Gonzales", "Lockhart"/"Lockhard", "Jankovic"/"Jankovik"; not
                    # "Thrush"/"Thrust").
                    ending = known_canonical[-1] + canonical[-1]
                    if distance > 1 or len(surname) < 5 or not (
                            (ending[0] in "aeiouy" and ending[1] in "aeiouy") or ending in _FINAL_DEVOICING):
                        continue
                elif distance > 2:
                    continue
                if distance == 1 and _japanese_i_added(known_canonical, canonical):
                    continue  # "Saito" after "Kenji Sato": two Japanese surnames, not one spelt two ways
                match = (name_start, name_end)
                break
            if match:
                break
        if match is None:
            # Not one or two letters apart: two romanisations of one name ("Muhammad" after "Ali Mohammed")
            if pending:
                _fill_masks(pending, masks, members)
            near = (masks.get(_sound_class(surname), 0) << 4 >> min(len(surname), _LENGTH_CAP)) & 0x1FF
            prepared = _prepared(surname) if near else ""
            for known in _romanised_match(surname, members, keys) if prepared else ():
                if only is not None and known != only:
                    continue
                known_prepared = _prepared(known[:-2] if known.endswith(_POSSESSIVE_ENDINGS) else known)
                name_start, name_end = full_names[known]
                if name_start >= start or not _romanised_variant(known, known_prepared, surname, prepared) \
                        or _japanese_i_added(known_prepared, prepared):
                    continue
                if counts.get(surname, 0) > counts.get(known, 0) + 1:
                    continue
                if prose is None:
                    prose = set(compress(article.words, map(str.islower, article.first_characters)))
                if surname in prose or known in prose or openers.get(known, "") in prose:
                    continue
                match = (name_start, name_end)
                break
        if match:
            name_start, name_end = match
            introduced = article.clean_text[name_start:name_end]
            found.append(Span(name_start, name_end, f"introduced as {introduced!r}"))
            found.append(Span(start, end, f"later called {article.clean_text[start:end]!r}"))
    return found


def _number_at(words: tuple[str, ...], lower: tuple[str, ...], index: int) -> float | None:
    word = lower[index]
    if word[0].isascii() and word[0].isdigit():
        digits = word.replace(",", "")
        if not (digits.isascii() and digits.isdigit()):
            return None
        value = float(digits)
        if value >= 1900 and value <= 2100:
            return None  # a year, not a count
    elif word in _NUMBER_WORDS:
        value = float(_NUMBER_WORDS[word])
        if index > 0 and word in _COUNT_MULTIPLIERS and (lower[index - 1] in _VAGUE_MULTIPLIED or 2 <= _COUNT_WORDS.get(
                lower[index - 1], 0) <= _COUNT_MULTIPLIERS[word][1]):
            return None  # (consist21) the "dozen" of "two dozen" (read with the word before it), "several dozen"
        if index + 1 < len(lower) and lower[index + 1] in _COUNT_MULTIPLIERS \
                and 2 <= _COUNT_WORDS.get(word, 0) <= _COUNT_MULTIPLIERS[lower[index + 1]][1]:
            value *= _COUNT_MULTIPLIERS[lower[index + 1]][0]  # (consist21) "two dozen", "four hundred"
    else:
        return None
    if index + 1 < len(lower) and lower[index + 1] in _MULTIPLIERS:
        value *= _MULTIPLIERS[lower[index + 1]]
    return value


def _stated_twice(article: Article, first: tuple[int, int], then: tuple[int, int]) -> tuple[Span, Span]:
    """The evidence of one quantity stated with two numbers: the character ranges ``first`` and ``then`` of the
    two statements, each quoted in its note."""
    return (Span(first[0], first[1], f"first stated as {article.clean_text[first[0]:first[1]]!r}"),
            Span(then[0], then[1], f"then as {article.clean_text[then[0]:then[1]]!r}"))


def _figure_conflicts(article: Article) -> list[Span]:
    words = article.words
    lower = article.lower_words
    starts = article.word_starts
    ends = article.word_ends
    text = article.norm
    sentence_ends = [end for _, end in article.sentences]
    stated: dict[tuple[str, str], tuple[float, int, int]] = {}
    found: list[Span] = []
    sentence = 0
    several_days = _SeveralDays(article)
    # Only a figure with an outcome word two to five words after it ("12 people were
    # killed") can be reported: the outcome words are found first (with the lexicons),
    # and most numbers are then passed over without a closer look.
    listed = PHRASES.hits(article, "consistency")
    outcomes = {hit.first for hit in listed if hit.category == "outcome"}
    if not outcomes:
        return found
    number_words = [hit.first for hit in listed if hit.category == "number_word"]
    for index in sorted({*article.digit_indices, *(index for index in number_words if lower[index] in _NUMBER_WORDS)}):
        if index + 2 not in outcomes and index + 3 not in outcomes and index + 4 not in outcomes \
                and index + 5 not in outcomes:
            continue
        value = _number_at(words, lower, index)
        if value is None:
            continue
        while sentence < len(sentence_ends) and sentence_ends[sentence] <= starts[index]:
            sentence += 1
        sentence_start = 0 if sentence == 0 else sentence_ends[sentence - 1]
        sentence_end = sentence_ends[sentence] if sentence < len(sentence_ends) else len(text)
        previous = lower[index - 1] if index > 0 else ""
        if previous in _HEDGED or previous in ("than", "to", "from", "of") or (
            previous in ("and", "or") and index > 1 and (lower[index - 2][:1].isdigit() or lower[index - 2] in _COUNT_WORDS)
        ):
            continue
        # "12 people were killed", "12 civilians killed": a noun, then within three words an outcome.
        noun_index = index + 1 + (index + 1 < len(lower) and (
            lower[index + 1] in _MULTIPLIERS or lower[index + 1] in _COUNT_MULTIPLIERS and lower[index] in _COUNT_WORDS))
        if noun_index >= len(lower) or not lower[noun_index].isalpha():
            continue
        outcome = None
        for position in range(noun_index + 1, min(noun_index + 4, len(lower))):
            if starts[position] >= sentence_end:
                break
            if lower[position] in _OUTCOMES:
                outcome = position
                break
        if outcome is None:
            continue
        context = set(lower[max(0, index - 12):outcome + 4])
        if context & _UPDATED or any(text[starts[k]:ends[k]].lower() in _HEDGED for k in range(index + 1, outcome)):
            continue
        if starts[index] < sentence_start:
            continue
        noun = lower[noun_index].rstrip("s")
        key = (noun, lower[outcome])
        start, end = starts[index], ends[outcome]
        earlier = stated.get(key)
        if earlier is None:
            stated[key] = (value, start, end, index)
        elif earlier[0] != value and not _other_occasion(article, earlier[3], index, value < earlier[0], several_days):
            found.extend(_stated_twice(article, (earlier[1], earlier[2]), (start, end)))
    return found


# ---------------------------------------------------------------- a definite reference to a stated count
# "12 miners were trapped" ... "the 15 trapped miners": a definite noun phrase with a number
# ("the 15 ...", "all 15 ...") presents the count as already established; when no earlier
# statement gave that number and one gave another, the article contradicts itself.
_DEFINITE = frozenset(("the", "all", "those", "these"))
# What happened to them, one stem per event: "killed"/"died"/"dead"/"deaths"/"victims", "destroyed"/
# "collapsed"/"razed"/"lost" (of homes), "burned"/"torched"/"set on fire", "evacuated"/"evacuation".
_EVENT_CLASSES = {
    "kill": "loss", "dest": "loss", "coll": "loss", "raze": "loss", "flat": "loss", "demo": "loss",
    "wrec": "loss", "leve": "loss", "vict": "loss", "fata": "loss",
    "burn": "burn", "torc": "burn", "fire": "burn", "blaz": "burn",
    "canc": "canc", "scra": "canc", "grou": "canc",
    # a change of a measure, by its direction: "rose 25 percent" ... "the 15% increase"
    "rise": "rise", "incr": "rise", "grew": "rise", "grow": "rise", "jump": "rise", "clim": "rise", "surg": "rise",
    "soar": "rise", "fall": "fall", "fell": "fall", "decl": "fall", "drop": "fall", "decr": "fall", "plun": "fall",
}
# Words that make a restated count another occasion: "another attack", "a separate fire", "last year".
_OCCASION = frozenset(
    "another separate first second third fourth fifth sixth previous prior next last following ago past also similar far meanwhile "
    "primary runoff "
    "neighbouring neighboring nearby additional more further same alone nationwide statewide worldwide countrywide".split()
)
_PERIODS = frozenset("year week month season quarter".split())
_OTHER_PERIODS = frozenset(("last", "previous", "prior"))  # (consist20: "last year", told apart from "this year")
# (consist20) the seasons are dates too ("in winter", "last summer"; "spring" only after a word of time: not "the
# hot spring")
_SEASONS = frozenset("winter summer autumn spring".split())
_SEASON_BEFORE = frozenset("in this last next every each early late".split())
_RELATIVE_MARKS = frozenset(("this ", "last ", "seaso"))  # (the first five letters of the marks above)
_INTERVALS = frozenset("hours days weeks months years decades day week month year decade".split())
# ... of them, those that name another event in a count's own phrase ("trapped in the second collapse";
# not "worth more than the house")
_OTHER_EVENT = frozenset(
    "another separate first second third fourth fifth sixth previous prior next last following "
    "primary runoff similar".split()
)
# Capitalised words that set a statement apart: names and places, and institutions ("in the House" ...
# "In the Senate"), not a sentence's opening word or a title.
_NOT_NAMED = _NOT_PERSON - frozenset("house senate congress police army".split())
_MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday yesterday today "
    "tonight".split()
)
# A plan, forecast or estimate: no fact to contradict.
_FORECAST = frozenset(
    "expected expects expect predicted predicts forecast forecasts projected projects plans planned plan "
    "could would might may should estimate estimates estimated likely target aims hopes "
    # a threshold or an opinion poll: no outcome either ("needs 60 percent of the vote"; "polls show")
    "needs need required requires poll polls polling survey surveys".split()
)
# Nouns that name the event itself: "the 15 deaths", "the 40 arrests", "the 2,000 job cuts".
_EVENT_NOUNS = frozenset(
    "deaths death victims fatalities arrests evacuations closures cancellations layoffs losses cuts".split()
)
_IRREGULAR_PAST = frozenset("lost cut shot won sold spent paid built hurt".split())
_CHANGE_VERBS = frozenset("rose risen climbed increased fell dropped grew jumped declined".split())
_ATTRIBUTION = frozenset("said says say told according estimated claimed claim claims put reported announced stated".split())
# Counted nouns that name the same people: "people" ... "residents".
_SAME_PEOPLE = {"person": "person", "resident": "person", "people": "person", "inhabitant": "person",
                "villager": "person", "home": "house", "dwelling": "house"}
_NOUN_FORMS = {"people": "person", "persons": "person", "children": "child", "men": "man", "women": "woman",
               "homes": "house", "home": "house", "houses": "house", "rose": "rise", "risen": "rise",
               "buses": "bus", "bonuses": "bonus", "campuses": "campus", "viruses": "virus"}
_ES_PLURALS = ("ches", "shes", "xes", "sses", "zzes")
_DEATH = frozenset(("kill", "died", "dead", "deat", "fata", "vict", "lost", "dies"))
# Words that end the noun phrase after a number or mark another quantity ("15 more", "the 15 other").
_PHRASE_STOP = frozenset(
    "through across into onto over under via including per about around worth without within "
    "the a an of in on at to for by with from and or but as than who that which were was had have has is are "
    "been be will would it he she they we his her their its this these those after before during since when "
    "while said says".split()
)
_OTHER = frozenset("more other others additional another remaining extra further new".split()) - {"new"}
_NOT_COUNTED = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades "
    "century centuries time times point points percentile am pm january february march april may june july "
    "august september october november december".split()
)
# ... and a part of a count given just before: "15 civilians, among them 11 children", "including 10".
_ANAPHORA_HEDGED = _HEDGED | frozenset(
    "than to from of another at by between per first last top including includes include among them".split()
)
_PRONOUNS = frozenset("who that which it he she they we".split())
# Words before "of" that take a part or a share of the measure, not name it ("most of $5 million").
_NOT_MEASURE_NAMES = _PHRASE_STOP | _HEDGED | frozenset(_COUNT_WORDS) | frozenset(
    "one all each none many few several both half part parts share out top bottom total majority "
    "minority rest remainder portion fraction any much".split())
_AUXILIARIES = frozenset("were was had have has are is been being".split())
_OF_THE = frozenset(("the", "those"))
_BEFORE_MONTH = frozenset("in on since until by early late mid last next this of from".split())  # ("in May": a month)
_NUMBER_RE = re.compile(r"\$?(?:\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.\d{1,6})?(?:-[a-z]{1,12})?")
_UNITS = frozenset(
    "miles mile kilometres kilometers km acres acre hectares feet metres meters tons tonnes gallons barrels "
    "kilograms kilogram kilos pounds grams ounces litres liters".split()
)
# consist18: the abbreviated units of news copy, by the plural they stand for after a number ("26,400 ft",
# "for 15 hrs") and the singular joined by a hyphen ("the 10-hr wait", "the 52-min hop")
_ABBREVIATED_UNITS = {"ft": "feet", "yd": "yards", "yds": "yards", "mi": "miles", "ha": "hectares", "l": "litres",
                      "gal": "gallons", "gals": "gallons", "hr": "hours", "hrs": "hours", "min": "minutes",
                      "mins": "minutes",
                      # consist20: the metric symbols written apart, read as their names are ("14 km long" as
                      # "14 kilometres long", "the 6 kg baby"; not "m" or "t": a million, a ton or a letter)
                      "km": "kilometres", "kg": "kilograms", "kgs": "kilograms"}
# consist20: the symbols whose names are read as nouns after a number ("171 mm of rain" as "171 millimetres of rain")
_SPELLED_SYMBOLS = {"mm": "millimetre", "cm": "centimetre"}
# consist20: the degree sign before "C" or "F" ("41\u00b0C", "41 \u00b0F") is "degrees" (the tokens keep the letter)
_DEGREE_SIGNS = frozenset(("\u00b0", " \u00b0"))
_DEGREE_SCALES = frozenset(("c", "f"))
_SCALE_NAMES = frozenset(("celsius", "fahrenheit", "centigrade"))  # (no place or name: "24 degrees Celsius")
_ABBREVIATED_SUFFIXES = {"ft": "foot", "yd": "yard", "mi": "mile", "ha": "hectare", "l": "litre", "gal": "gallon",
                         "hr": "hour", "min": "minute",
                         "km": "kilometre", "kg": "kilogram"}  # (consist20: "the 19-km road" as "the 19-kilometre road")
_ANAPHORA_UPDATED = _UPDATED - {"reached"}
_DURATIONS = frozenset("hours days weeks months years".split())
_TIME_UNITS = frozenset("hour day week month year".split())
_CHANGES = frozenset(("rise", "fall"))
_MARGIN_VERBS = frozenset("won win wins lost lose loses failed fails passed passes leads led lead trails trailed trail "
                          "beat beats defeated".split())
_MARGINS = frozenset("margin lead majority gap edge victory defeat win".split())
_MONEY_UNITS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


def _stem(word: str) -> str:
    word = _NOUN_FORMS.get(word, word)
    if word.endswith("ened") and len(word) > 6:  # "sickened" -> "sick"
        word = word[:-4]
    stem = word[:4]
    return "kill" if stem in _DEATH else stem


def _event(word: str) -> str:
    """The event a word names, one stem per class of synonyms ("killed", "deaths", "victims" -> "loss")."""
    stem = _stem(word)
    return _EVENT_CLASSES.get(stem, stem)


def _noun(word: str) -> str:
    word = _NOUN_FORMS.get(word, word)
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(_ES_PLURALS) and len(word) > 5:
        word = word[:-2]  # (consist17) "branches", "crashes", "taxes", "classes" (not "buse", "branche")
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    return _SAME_PEOPLE.get(word, word)


def _tally_to(lower: tuple[str, ...], following: int) -> bool:
    """(consist20) Whether the words from ``following`` (the word after a number) give the other side of a tally,
    "by 220 votes to 200", "by 220 to 200": the number after "by" is then one side's count, not the margin."""
    position = following + (following < len(lower) and lower[following] in _MARGIN_COUNTS)
    return position + 1 < len(lower) and lower[position] == "to" and (
        lower[position + 1][:1].isdigit() or lower[position + 1] in _COUNT_WORDS)


def _mentions(article: Article, numbers: list[int]) -> list[tuple[int, float, str, frozenset[str], frozenset[str], int, int, bool, str]]:
    """(word index, value, unit, nouns, predicate stems, start, end, definite, share) of each number (hedged
    or uncounted ones with no nouns: they only say the value was given; ``share``: the whole a percentage
    is of, "vote" for "22 percent of the vote")."""
    text = article.norm
    lower = article.lower_words
    starts = article.word_starts
    ends = article.word_ends
    count = len(lower)
    mentions = []
    covered = -1
    for index in numbers:
        start = starts[index]
        if start < covered:
            continue  # "1,200": the second word of a number already read
        word = lower[index]
        unit = ""
        if word in _COUNT_MULTIPLIERS and _multiplied(article, index):
            continue  # (consist21) the "dozen" of "two dozen", "several dozen": no count of its own
        if word in _COUNT_WORDS:
            value = float(_COUNT_WORDS[word])
            end = ends[index]
            if (factor := _count_multiplier(article, index)) > 1:
                value *= factor  # (consist21) "two dozen", "four hundred"
                end = covered = ends[index + 1]
        elif (joined := word.rpartition("-"))[0] in _COUNT_WORDS and joined[2].isalpha():
            # consist19: a count word joined to its unit reads as digits joined to it do ("the eight-week trial"
            # as "the 8-week trial", "the twenty-six-day march")
            value = float(_COUNT_WORDS[joined[0]])
            end = ends[index]
            unit = _noun(_ABBREVIATED_SUFFIXES.get(joined[2], joined[2]))
        else:
            match = _NUMBER_RE.match(text, start - (start > 0 and text[start - 1] == "$"))
            if match is None:
                continue
            token = match.group()
            end = match.end()
            covered = end
            if token[0] == "$":
                unit = "$"
                token = token[1:]
            number, _, suffix = token.partition("-")
            value = float(number.replace(",", ""))
            if not value < 1e15:
                continue  # hundreds of digit groups: no count (and no finite float)
            if not suffix and start > 0 and text[start - 1] in _CURRENCIES \
                    and (multiplier := _joined_multiplier(text, end)):
                value *= multiplier[0]  # (consist20) "£8m", "$1.5bn", as "£8 million"
                end += multiplier[1]
                covered = end
            if suffix:
                unit = _noun(_ABBREVIATED_SUFFIXES.get(suffix, suffix))  # "the 40-mile pipeline", "the 10-hr wait"
            elif "," not in number and "." not in number and 1000 <= value <= 2100:
                continue  # a year
        # The words after the number (up to three, in running text): its noun phrase.
        position = index + 1
        while position < count and starts[position] < end:
            position += 1
        if position < count and lower[position] in _MONEY_UNITS and not unit.endswith(("mile",)):
            value *= _MONEY_UNITS[lower[position]]
            end = ends[position]
            position += 1
        if not unit and position < count and lower[position] in _ABBREVIATED_UNITS \
                and text[end:starts[position]] == " ":
            unit = _noun(_ABBREVIATED_UNITS[lower[position]])  # (consist18) "26,400 ft", "for 15 hrs"
            end = ends[position]
            position += 1
        if not unit and position < count and lower[position] in _UNITS:
            unit = _noun(lower[position])
            end = ends[position]
            position += 1
        if not unit and position < count and lower[position] in ("percent", "per"):
            unit = "percent"
            end = ends[position]
            position += 1 + (lower[position] == "per")
        elif not unit and text[end:end + 1] == "%":
            unit = "percent"  # "23%"
            end += 1
        elif not unit and position < count and lower[position] in _DURATIONS and text[end:starts[position]] == " ":
            # a duration, a measure of its own: "closed for 17 days" ... "the 38-day closure"
            unit = _noun(lower[position])
            end = ends[position]
            position += 1
        # "22 percent of the vote": the whole the percentage is of
        share = ""
        if unit == "percent" and position + 2 < count and lower[position] == "of" and lower[position + 1] == "the" \
                and text[end:starts[position]] == " ":
            whole = position + 2
            # one definite whole ("the vote", "the market"), not a population ("of the Republicans", "of voters"):
            # a share of people counts those who did something, and surveys ask many things
            if lower[whole].isalpha() and lower[whole] not in _PHRASE_STOP and text[ends[whole - 1]:starts[whole]] == " " \
                    and article.words[whole].islower() and _noun(lower[whole]) == lower[whole] and lower[whole] not in _SAME_PEOPLE:
                share = lower[whole]
        previous = lower[index - 1] if index > 0 else ""
        # "a loss of $9.3 billion", "a fine of $5 million": the noun before "of" names the measure
        # (not a part: "most of", "12 of the"; nor "a total of", read below as the count itself)
        named = lower[index - 2] if previous == "of" and unit and index > 1 and text[ends[index - 2]:ends[index - 1] + 1] == " of " \
            and lower[index - 2].isalpha() and lower[index - 2] not in _NOT_MEASURE_NAMES else ""
        if previous == "by" and not unit and index > 1 and lower[index - 2] in _MARGIN_VERBS and position < count \
                and lower[position].isalpha() and text[end:starts[position]] == " " and not _tally_to(lower, position):
            # a margin: "failed by 612 votes", "won by 5 points" (the reference: "the 283-vote margin")
            mentions.append((index, value, "margin", frozenset((_noun(lower[position]),)), frozenset(), start,
                             ends[position], False, ""))
            continue
        if (previous in _ANAPHORA_HEDGED and not (previous == "at" and unit) and not named and not (
            previous == "of" and index > 1 and lower[index - 2] == "total"  # "a total of 27 homes" is the count
        )) or (  # "stands at 9 percent" gives a value
            previous in ("and", "or") and index > 1 and (lower[index - 2][:1].isdigit() or lower[index - 2] in _COUNT_WORDS)
        ):  # "between 40 and 50", "40 or 50": a range
            mentions.append((index, value, unit, frozenset(), frozenset(), start, end, False, ""))
            continue
        definite = previous in _DEFINITE and not (index > 1 and lower[index - 2] == "than") or (
            (previous in _SAID_THAT or text[start - 1:start] in _OPENING_QUOTES) and _bare_subject(article, index) == "%")
        nouns: list[str] = [_noun(named)] if named else []
        stems: set[str] = set()
        cursor = end
        if not unit and position < count and (
                lower[position] in _DEGREE_SCALES and text[end:starts[position]] in _DEGREE_SIGNS
                or lower[position] in _SPELLED_SYMBOLS and text[end:starts[position]] == " "):
            # (consist20) "41\u00b0C", "41 \u00b0F" as "41 degrees", "171 mm" as "171 millimetres"
            nouns.append(_SPELLED_SYMBOLS.get(lower[position], "degree"))
            cursor = ends[position]
            position += 1
        while position < count and len(nouns) < 3 and text[cursor:starts[position]] == " " and (
            lower[position].isalpha() and lower[position] not in _PHRASE_STOP and article.words[position][:1].islower()
        ):
            nouns.append(_noun(lower[position]))
            if lower[position].endswith("ed") or lower[position] in ("sick", "dead"):
                stems.add(_stem(lower[position]))
            elif lower[position] in _EVENT_NOUNS:
                stems.add(_stem(_noun(lower[position])))  # "the 15 deaths", "the 2,000 job cuts"
            cursor = ends[position]
            position += 1
        if unit and any(noun in _NOT_COUNTED for noun in nouns):
            # "rose 12 percent last year": a measure's phrase ends at a time word
            nouns = nouns[:min(position for position, noun in enumerate(nouns) if noun in _NOT_COUNTED)]
        if any(noun in _OTHER for noun in nouns) or any(noun in _NOT_COUNTED for noun in nouns) or (
            nouns and (nouns[0] == "most" or (nouns[0].endswith("est") and len(nouns[0]) > 4))
        ):  # ... and a ranking: "the 10 highest", "the five most populous"
            mentions.append((index, value, unit, frozenset(), frozenset(), start, end, False, ""))
            continue
        # "all 15 of the injured" (consist20: "all 31 of those arrested")
        if not nouns and position + 2 < count and lower[position] == "of" and lower[position + 1] in _OF_THE:
            nouns.append(_noun(lower[position + 2]))
            stems.add(_stem(lower[position + 2]))
            position += 3
        # What happened to them: a verb after ("who died", "it closed", "were killed", "arrested") ...
        look = position
        if position < count and "," in text[cursor:starts[position]]:
            look = count  # "the seven homes, which were built of timber": a description, not the event
        if look < count and lower[look] in _PRONOUNS:
            look += 1
        while look < count and look < position + 3 and lower[look] in _AUXILIARIES:
            look += 1
        if look < count and look <= position + 3:
            after = lower[look]
            if (after.endswith("ed") or (after.endswith("en") and not after.endswith(("men", "ren", "teen", "zen")))) or after in ("died", "dead", "escaped") or after in _IRREGULAR_PAST or (
                look > position and after.isalpha() and lower[position] in _PRONOUNS
            ):
                stems.add(_stem(after))
        # ... or before ("killed 12 people", "cancelled 12 flights"); and a subject before a
        # unit ("Turnout was 45 percent", "the pipeline runs 40 miles").
        if not definite and index > 0 and previous.isalpha() and text[ends[index - 1]:start - (unit == "$")] == " ":
            if previous in _IRREGULAR_PAST:
                stems.add(_stem(previous))  # "lost 30 homes"; and "cut 300 jobs" ... "the 450 job cuts"
                nouns.append("^" + _stem(previous))
            elif previous.endswith("ed") or previous in _OUTCOMES:
                stems.add(_stem(previous))
            elif previous not in _PHRASE_STOP and text[ends[index - 1]:start] == " " and len(previous) >= 3:
                # "cut 300 jobs" ... "the 450 job cuts", "employs 1,200 people" ... "all 900 employees":
                # the verb before the number, met by a noun of a later definite reference.
                nouns.append("^" + _stem(previous))
            if unit:
                for back in range(index - 1, max(-1, index - 4), -1):
                    # In running text only: not "staffers ($333,000)", not across a sentence.
                    if text[ends[back]:starts[back + 1] if back + 1 < index else start - (unit == "$")] != " ":
                        break
                    if lower[back].isalpha() and lower[back] not in _PHRASE_STOP:
                        nouns.append(_noun(lower[back]))
        mentions.append((index, value, unit, frozenset(nouns), frozenset(stems), starts[index] - (unit == "$"), cursor, definite, share))
    return mentions


# A numeric date written as one word ("07-07-2016", "2016-07-07"), session 19.
_NUMERIC_DATE = re.compile(r"(?:[0-9]{1,2}-[0-9]{1,2}-(?P<year>(?:19|20)[0-9]{2})|(?P<iso>(?:19|20)[0-9]{2})-[0-9]{1,2}-[0-9]{1,2})")


def _occasion(article: Article, index: int, first_word: int, last_word: int) -> tuple[
    tuple[frozenset[str], frozenset[str]], bool, bool, frozenset[str], frozenset[str]
]:
    """What sets a number's statement apart, from its sentence near the number (at most 12 words each
    side): (dates and places named, whether it speaks of another occasion or a plan or forecast,
    who is said to have given it, the stems of its content words)."""
    lower = article.lower_words
    words = article.words
    low = max(first_word, index - 12)
    high = min(last_word, index + 13)
    marks: set[str] = set()
    names: set[str] = set()
    sources: set[str] = set()
    near: set[str] = set()
    other = forecast = False
    for position in range(low, high):
        word = lower[position]
        if word in _MONTHS_DAYS:
            marks.add(word)
        elif len(word) == 4 and word.isdigit() and "1900" <= word <= "2100":
            marks.add(word)
        elif (numeric := _NUMERIC_DATE.fullmatch(word)) is not None:
            marks.add(numeric.group("year") or numeric.group("iso"))  # "07-07-2016 5 Civilians Killed": a date like "2016"
        elif word in _PERIODS and position > low and lower[position - 1] == "this":
            marks.add("this " + word)  # "this year" against "in 2012"
        elif word in _SEASONS and (word != "spring" or position > low and lower[position - 1] in _SEASON_BEFORE):
            marks.add("season " + word)  # (consist20) "24 degrees in winter" against "the 31 degrees in summer"
        elif word in _PERIODS and position > low and lower[position - 1] in _OTHER_PERIODS:
            marks.add("last " + word)  # (consist20) "last year", "the previous year" against "this year"
        elif position > first_word and words[position][:1].isupper() and word not in _NOT_NAMED \
                and word not in _SCALE_NAMES and not (word in _DEGREE_SCALES and article.norm[
                    article.word_ends[position - 1]:article.word_starts[position]] in _DEGREE_SIGNS):
            names.add(word)  # "in Lakeview", "CNN averaged": whose count, where (consist20: not "Celsius", "\u00b0C")
        if word in _OCCASION or (
            # an interval: "four years earlier", "a week later" (not "later said": a later statement)
            word in ("earlier", "later") and position > low and lower[position - 1] in _INTERVALS
        ):
            other = True
        elif word in _FORECAST and not (word == "may" and words[position] == "May" and position > low
                                        and lower[position - 1] in _BEFORE_MONTH):
            forecast = True  # (consist20: not the month, "opened in May")
        elif word in _ATTRIBUTION:
            for source in range(max(low, position - 2), min(high, position + 3)):
                near_word = lower[source]
                if (near_word.isalpha() and near_word not in _PHRASE_STOP and near_word not in _ATTRIBUTION
                        and not index <= source <= index + 3):  # who said it, not what was counted
                    sources.add(near_word)
        if position != index and len(word) >= 3 and word.isalpha() and word not in _PHRASE_STOP \
                and word not in _MULTIPLIERS and word not in _UNITS and word not in _NOT_COUNTED \
                and word not in _ATTRIBUTION and word != "percent":
            near.add(_event(word))
            near.add(_event(_noun(word)))  # "cuts" -> "cut"
    return (frozenset(marks), frozenset(names)), other, forecast, frozenset(sources), frozenset(near)


def _apart(first: tuple[frozenset[str], frozenset[str]], second: tuple[frozenset[str], frozenset[str]],
           restated: bool = False) -> bool:
    """Whether two statements name other dates (both name some, not the same) or other names and places
    (both name some, none in common); for two plain statements, also when only one names a year ("26 people
    died" ... "30 people died in the storm of 1990")."""
    if restated and any(mark[:1].isdigit() for mark in first[0]) != any(mark[:1].isdigit() for mark in second[0]):
        return True
    dates, other = first[0], second[0]
    if dates and other and dates != other:
        if any(mark[:5] == "last " and "this " + mark[5:] in other for mark in dates) or any(
                mark[:5] == "last " and "this " + mark[5:] in dates for mark in other):
            return True  # (consist20) "fell by 9 percent last year" ... "The 4 percent fall this year"
        seasons = {mark for mark in dates if mark[:7] == "season "}
        other_seasons = {mark for mark in other if mark[:7] == "season "}
        if seasons and other_seasons and seasons.isdisjoint(other_seasons):
            return True  # (consist20) "in winter" ... "in summer" (a season is not apart from a day in it)
        # "this year" sets a statement apart only from a year ("in 2012"), not from a month of its own (consist20:
        # nor "last year" or a season)
        plain = {mark for mark in dates if mark[:5] not in _RELATIVE_MARKS}
        other_plain = {mark for mark in other if mark[:5] not in _RELATIVE_MARKS}
        if plain and other_plain and plain != other_plain:
            return True
        if (len(plain) < len(dates) and len(other_plain) == len(other) and any(mark[:1].isdigit() for mark in other)) or (
            len(other_plain) < len(other) and len(plain) == len(dates) and any(mark[:1].isdigit() for mark in dates)
        ):
            return True
    return bool(first[1] and second[1] and not first[1] & second[1])


# Groups within "people": "killed 14 people" ... "the 5 children killed" counts a part.
_SUBGROUPS = frozenset(
    "child children woman women man men girl boy minor teenager teen baby infant civilian "
    "foreigner tourist elderly".split()
)
# Nouns that name the event, not what was counted ("the 15 deaths").
_EVENT_HEADS = frozenset(_noun(word) for word in _EVENT_NOUNS) | {"dead"}


def _comparable(first: float, second: float) -> bool:
    """Two values one statement could have garbled: within a factor of 20 ("4 killed in the attack" and
    "313 died in the past year" count other things)."""
    low, high = sorted((abs(first), abs(second)))
    return high <= 20 * low


# Words that say what happened to the counted things, besides "-ed" forms.
_EVENT_WORDS = _OUTCOMES | _IRREGULAR_PAST | frozenset(("died", "dead", "escaped"))
# Words after a number that name no counted things.
_NOT_RESTATED = _PHRASE_STOP | _NOT_COUNTED | _UNITS | frozenset(_MULTIPLIERS) | frozenset(
    "percent per cent p.m a.m points point".split())


def _counted_noun(lower: tuple[str, ...], index: int) -> bool:
    """Whether the word after a number (past its digit groups, "52,300") names what is counted: not a
    participle ("10 leaned toward") nor "of" ("seven of the")."""
    following = index + 1
    while following < len(lower) and following < index + 4 and lower[following][:1].isdigit():
        following += 1
    return following < len(lower) and lower[following].isalpha() and not lower[following].endswith("ed") \
        and lower[following] != "of"


def _with_event(lower: tuple[str, ...], index: int) -> bool:
    """Whether a word before or two to four after a number says what happened ("destroyed 43 homes",
    "43 homes were destroyed")."""
    first = index
    while first > 0 and first > index - 4 and lower[first - 1][:1].isdigit():
        first -= 1  # "52,300": the number's first group
    for near in (first - 1, index + 2, index + 3, index + 4):
        if 0 <= near < len(lower) and (lower[near].endswith("ed") or lower[near] in _EVENT_WORDS):
            return True
    return False


# Words too common to tie two sentences to one story (as the stems ``_occasion`` gives).
_TOPIC_STOP = frozenset(
    stem
    for word in ("people year years time state states officials official government also would could will week "
                 "month day news told report reported city country told").split()
    for stem in (_event(word), _event(_noun(word)))
)


def _own_occasion(article: Article, index: int) -> bool:
    """Whether the phrase after a number, up to six words in running text, names another occasion ("the 15
    miners trapped in the second collapse")."""
    lower = article.lower_words
    text = article.norm
    for position in range(index + 1, min(len(lower), index + 7)):
        if text[article.word_ends[position - 1]:article.word_starts[position]] != " ":
            return False
        if lower[position] in _OTHER_EVENT:
            return True
        if lower[position] in _AUXILIARIES or lower[position] in _FUTURE:
            return False  # the phrase has ended: "those 14 weeks had cost him a third of his weight"
    return False


def _subject_of_verb(article: Article, end: int) -> bool:
    """Whether the word after ``end`` (in running text) is an auxiliary: "the $7 million was spent"."""
    position = bisect_left(article.word_starts, end)
    return (position < len(article.lower_words) and article.norm[end:article.word_starts[position]] == " "
            and article.lower_words[position] in _AUXILIARIES)


def _sentence_words(article: Article, index: int) -> tuple[int, int]:
    """The first word and the word after the last of the sentence holding word ``index``."""
    spans = article.sentences
    start = article.word_starts[index]
    sentence = bisect_right(spans, (start, len(article.norm) + 1)) - 1
    if sentence < 0 or spans[sentence][1] <= start:
        return index, index + 1
    return bisect_left(article.word_starts, spans[sentence][0]), bisect_left(article.word_starts, spans[sentence][1])


# Session 19: the days and months that date incidents (not "may", nor "today"/"yesterday", which date the story).
_INCIDENT_DAYS = _MONTHS_DAYS - frozenset(("may", "today", "yesterday", "tonight"))


def _several_days(article: Article) -> bool:
    """Whether the article names two or more different days or months: a round-up of incidents."""
    named: set[str] = set()
    for word in article.lower_words:
        if word in _INCIDENT_DAYS:
            named.add(word)
            if len(named) > 1:
                return True
    return False


class _SeveralDays:
    """``_several_days`` of one article, read once on first use (it is asked once per conflicting pair;
    read anew each time, an article with one day named and many pairs took quadratic time)."""

    __slots__ = ("article", "value")

    def __init__(self, article: Article) -> None:
        self.article = article
        self.value: bool | None = None

    def __call__(self) -> bool:
        if self.value is None:
            self.value = _several_days(self.article)
        return self.value


# Session 20 (round consist16): what else tells two statements of a count apart, read over their whole sentences.
# A running total: "since the assault began", "so far", "to date".
_SINCE_OPENERS = frozenset("the a an last then its their his her early late mid".split()) | _MONTHS_DAYS
_RUNNING = (("so", "far"), ("to", "date"), ("thus", "far"))
# Several events counted together ("in terrorist attacks", "in three explosions", "in air strikes").
_SEVERAL_EVENTS = frozenset(
    "attacks strikes airstrikes raids explosions blasts bombings shellings clashes incidents shootings crashes "
    "accidents collisions assaults ambushes".split())
# A place a statement is told of: "at the shrine", "outside the station" (not "at the time", "at the hands of").
_PLACED_AT = frozenset("at inside outside near".split())
_NOT_PLACES = frozenset(
    "time times moment end start beginning height age hands rate same least most expense behest request cost risk "
    "point stage outset peak".split())
_TOLD_WINDOW = 40
_EXISTENTIAL = _AUXILIARIES | frozenset("will would could can may might must should seem seems seemed appear appears appeared remain remains remained".split())


def _told_of(article: Article, index: int) -> tuple[bool, frozenset[str], frozenset[str] | None, frozenset[str]]:
    """What the sentence of the count at word ``index`` says it counts: (whether it is a running total, "since
    the rebel assault began", "so far"; the plural event nouns it counts over, "in terrorist attacks"; the words
    of the place it names, "at the shrine" -> {"shrine"}, or for "there" the words of that sentence and the one
    before it, where "there" is, with "" added; None: no place; the capitalised words next to an attribution,
    "UNICEF said", "state news agency SANA reported": whose count)."""
    lower = article.lower_words
    words = article.words
    first_word, last_word = _sentence_words(article, index)
    # (at most _TOLD_WINDOW words each side: one sentence without stops must not make each pair read it all)
    first_word, last_word = max(first_word, index - _TOLD_WINDOW), min(last_word, index + _TOLD_WINDOW)
    running = False
    events: set[str] = set()
    places: set[str] | None = None
    sources: set[str] = set()
    for position in range(first_word, last_word):
        word = lower[position]
        following = lower[position + 1] if position + 1 < last_word else ""
        if word == "since" and (following in _SINCE_OPENERS or following[:1].isdigit()):
            running = True
        elif (word, following) in _RUNNING:
            running = True
        elif word in _SEVERAL_EVENTS:
            events.add(word)
        elif word in _PLACED_AT and following == "the":
            named = []
            for place in range(position + 2, min(last_word, position + 5)):
                if not lower[place].isalpha() or not words[place][:1].islower() or lower[place] in _PHRASE_STOP \
                        or article.norm[article.word_ends[place - 1]:article.word_starts[place]] != " ":
                    break  # "at the shrine, the agency said": the place's words end at the comma
                named.append(lower[place])
            if named and named[0] not in _NOT_PLACES:
                places = (places or set()) | set(named)
        elif word == "there" and position > first_word and following not in _EXISTENTIAL:
            before = max(_sentence_words(article, first_word - 1)[0] if first_word > 0 else first_word,
                         first_word - _TOLD_WINDOW)
            places = (places or set()) | set(lower[before:last_word]) | {""}
        if word in _ATTRIBUTION:
            for near in range(max(first_word + 1, position - 5), min(last_word, position + 5)):
                if words[near][:1].isupper() and lower[near] not in _NOT_NAMED and lower[near] not in _MONTHS_DAYS \
                        and not index <= near <= index + 3:
                    sources.add(lower[near])
    return running, frozenset(events), None if places is None else frozenset(places), frozenset(sources)


def _told_apart(article: Article, first: int, second: int, smaller: bool) -> bool:
    """Whether two statements of a count with other values count other things, by their whole sentences
    (``_told_of``): a running total against a smaller count that is not one ("33 children have been killed since
    the assault began" ... "seven children were killed in airstrikes on Friday"); a larger count over several
    events against a smaller one that does not count over those ("Eleven civilians were killed ... in terrorist
    attacks" ... "eight civilians were killed ... in a rocket shell"); two places ("Five people died there" ...
    "Two people died at the shrine", where "there" is not the shrine); two named sources ("SANA reported" ...
    "UNICEF said")."""
    running, events, places, sources = _told_of(article, first)
    running2, events2, places2, sources2 = _told_of(article, second)
    if running != running2 and (running if smaller else running2):
        return True
    larger_events, smaller_events = (events, events2) if smaller else (events2, events)
    if larger_events and larger_events.isdisjoint(smaller_events):
        return True
    if places is not None and places2 is not None and places.isdisjoint(places2):
        return True
    return bool(sources and sources2 and sources.isdisjoint(sources2))


def _other_occasion(article: Article, first: int, second: int, smaller: bool, several_days: _SeveralDays) -> bool:
    """Whether two statements of a count are about other occasions or sources (see ``_occasion``), or
    the second, ``smaller``, counts a part in a place it names.  In a round-up of incidents on several
    days, a count dated by a day or month and one dated by none are other incidents (FA-KES: "Four people
    were killed in the attack" ... "On Saturday ... eight people killed when a barrel bomb hit")."""
    marks, other, forecast, sources, _ = _occasion(article, first, *_sentence_words(article, first))
    marks2, other2, forecast2, sources2, _ = _occasion(article, second, *_sentence_words(article, second))
    if (other or other2 or forecast or forecast2 or _apart(marks, marks2, True)
            or bool(sources and sources2 and not sources & sources2) or (smaller and bool(marks2[1]) and not marks[1])):
        return True
    dated, dated2 = bool(marks[0] & _INCIDENT_DAYS), bool(marks2[0] & _INCIDENT_DAYS)
    return dated != dated2 and several_days() or _told_apart(article, first, second, smaller)


# consist20: a count told as added ("arrested 9 more", "another 9", "a further 9", "9 additional") after a first
# statement makes a later, larger definite count a possible total ("Police arrested 23 people" ... "Police arrested
# 9 more on Sunday" ... "All 32 of those arrested"): no conflict with the first.
_ADDED_AFTER = frozenset("more additional extra".split())
_ADDED_BEFORE = frozenset("another further additional extra".split())


def _added_counts(article: Article, numbers: list[int]) -> list[int]:
    """The word indices of the counts told as added (sorted), found once per article."""
    lower = article.lower_words
    count = len(lower)
    return [index for index in numbers if index + 1 < count and lower[index + 1] in _ADDED_AFTER
            or index > 0 and lower[index - 1] in _ADDED_BEFORE]


def _count_words(lower: tuple[str, ...], index: int) -> frozenset[str]:
    """The verb before a count and the noun after it (past "more", "another", "a further"), by their stems: what
    says which count an added one adds to ("arrested 23 people" ... "arrested 9 more"; "23 people" ... "a further
    9 people")."""
    before = index - 1
    while before > 0 and before > index - 3 and lower[before] in _ADDED_BEFORE | _ARTICLES:
        before -= 1
    after = index + 1
    while after < len(lower) and after < index + 3 and lower[after] in _ADDED_AFTER:
        after += 1
    words = (lower[before] if before >= 0 else "", lower[after] if after < len(lower) else "")
    return frozenset(_stem(_noun(word)) for word in words
                     if len(word) > 2 and word.isalpha() and word not in _PHRASE_STOP and word not in _AUXILIARIES)


def _added_between(lower: tuple[str, ...], added: list[int], first: int, second: int) -> bool:
    """Whether a count told as added to the count at word ``first`` (the same verb or noun) lies between it and
    word ``second``."""
    position = bisect_right(added, first)
    if position >= len(added) or added[position] >= second:
        return False
    told = _count_words(lower, first)
    return any(not told.isdisjoint(_count_words(lower, index)) for index in added[position:position + 4]
               if index < second)


def _anaphora_conflicts(article: Article, numbers: list[int]) -> list[Span]:
    lower = article.lower_words
    # Only a definite number ("the 15", "all 15", "her 15") or a count restated with the same
    # noun ("43 homes" ... "61 homes") can be reported: most articles have neither.
    # (Years are no counts: "the 2016 election"; nor "the 10 days", "the two of them".)
    count = len(lower)
    # A word after a number (a crude singular) -> the first such number, or -1 once one with an event was seen.
    followers: dict[str, int] = {}
    restated = False
    counted: dict[str, list[int]] = {}
    for index in numbers:
        word = lower[index]
        if len(word) == 4 and word.isdigit() and "1000" <= word <= "2100":
            continue
        if word in _COUNT_MULTIPLIERS and _multiplied(article, index):
            continue  # (consist21) the "dozen" of "two dozen", "several dozen": no count of its own
        step = 2 if word in _COUNT_WORDS and _count_multiplier(article, index) > 1 else 1  # ("two dozen homes")
        following = index + step
        while following < count and following <= index + 3 and not lower[following].isalpha():
            following += 1
        if following >= count or following > index + 3:
            continue
        noun = lower[following]
        if not restated and following + 2 < count and (
            (noun == "percent" and lower[following + 1] == "of") or (noun == "of" and article.norm[article.word_ends[index]:article.word_ends[index] + 1] == "%")
        ):
            # the same share of the same whole ("22 percent of the vote" ... "26 percent of the vote")
            whole = following + 1 + (noun == "percent")
            whole += lower[whole] == "the" and whole + 1 < count
            key = "%" + lower[whole]
            counted.setdefault(key, []).append(index)
            if key in followers:
                restated = True
            followers[key] = index
            continue
        if index > 0 and (lower[index - 1] in _DEFINITE or (lower[index - 1] in _SAID_THAT or article.norm[
                article.word_starts[index] - 1] in _OPENING_QUOTES) and _bare_subject(article, index) == "%"):
            if noun not in _NOT_COUNTED and (noun not in _PHRASE_STOP or noun == "of") and noun not in _OTHER:
                break  # "all 15 of the injured"
        elif not restated and following == index + step and noun not in _NOT_RESTATED:
            # a count restated with what happened: "43 homes were destroyed" ... "61 homes were
            # destroyed" (not a measure: "9 percent" ... "12 percent")
            noun = noun[:-1] if noun[-1] == "s" else noun
            if noun in _SPELLED_SYMBOLS or noun in _DEGREE_SCALES and article.norm[
                    article.word_ends[index]:article.word_starts[following]] in _DEGREE_SIGNS:
                noun = _SPELLED_SYMBOLS.get(noun, "degree")  # (consist20) "171 mm" as "171 millimetres"
            opening = index
            while opening > 0 and opening > index - 4 and lower[opening - 1][:1].isdigit():
                opening -= 1  # "52,300": read from the number's first group
            counted.setdefault(noun, []).append(opening)
            first = followers.get(noun)
            if first is None:
                followers[noun] = index
            elif _with_event(lower, index):
                if first == -1 or _with_event(lower, first):
                    restated = True
                followers[noun] = -1
    else:
        if not restated:
            return []
        # No definite reference: only the counts said twice are read ("43 homes" ... "61 homes").
        numbers = [index for indices in counted.values() if len(indices) > 1 for index in indices]
    numbers = sorted(set(numbers))
    found: list[Span] = []
    sentence_spans = article.sentences
    starts = article.word_starts
    stated: dict[tuple[str, str], list[tuple]] = {}
    sentence = 0
    # Every number already given, in any phrasing: "31 civilians, including 10 on a bus" ... "the 10 civilians killed".
    given: set[float] = set()
    # What sets each statement apart (``_occasion``), read only for a number that meets an earlier one.
    occasions: dict[int, tuple] = {}
    several_days = _SeveralDays(article)
    added = _added_counts(article, numbers)

    def occasion(index: int, sentence: int) -> tuple:
        known = occasions.get(index)
        if known is None:
            if sentence < len(sentence_spans):
                first_word = bisect_left(starts, sentence_spans[sentence][0])
                last_word = bisect_left(starts, sentence_spans[sentence][1])
            else:
                first_word, last_word = index, count
            known = occasions[index] = _occasion(article, index, first_word, last_word)
        return known

    for index, value, unit, nouns, stems, start, end, definite, share in _mentions(article, numbers):
        earlier_given = value in given
        given.add(value)
        while sentence < len(sentence_spans) and sentence_spans[sentence][1] <= start:
            sentence += 1
        # "The 39 kilograms were hidden": a measure named by its unit alone, the subject of a verb
        bare = definite and unit and unit not in _TIME_UNITS and not nouns and (
            lower[index - 1] == "all" or _subject_of_verb(article, end))
        if not nouns and not stems and not bare:
            continue
        previous = lower[index - 1] if index > 0 else ""
        window = lower[max(0, index - 12):index + 6]
        if not _ANAPHORA_UPDATED.isdisjoint(window) and not (
            previous in _CHANGE_VERBS and _ANAPHORA_UPDATED.isdisjoint(set(window) - {previous})
        ):
            continue  # "rose to 15" is an update; "rose 12 percent" gives the size of the rise
        if bare:
            # "The 39 kilograms were hidden", "the $7 million was spent": a measure named by its unit
            # alone refers to the last one given.
            latest = stated.get((unit, "="), ())
            if latest and len(latest) < 8 and not earlier_given:
                earlier = latest[-1]
                if earlier[2] != sentence and earlier[0] != value and _comparable(value, earlier[0]):
                    marks = occasion(index, sentence)[0]
                    earlier_marks, _, earlier_forecast, _, _ = occasion(earlier[5], earlier[2])
                    if not earlier_forecast and not _apart(marks, earlier_marks):
                        found.extend(_stated_twice(article, (earlier[3], earlier[4]), (start, end)))
                        continue
            if not stems:
                continue
        # Who did it, when a verb precedes the count: "CNN averaged 9.8 million viewers".
        agent = lower[index - 2] if index > 1 and not definite and previous.isalpha() and previous not in _PHRASE_STOP else ""
        if agent in _PHRASE_STOP or agent in _PRONOUNS or not agent.isalpha():
            agent = ""  # "and destroyed 22 homes", "We lost 30 homes": no other subject named
        # The event keys by its word's stem ("~coll" for "collapsed"); compared, by its class of
        # synonyms ("collapsed", "destroyed", "killed": a loss).
        keys = {(unit, noun) for noun in nouns} | {(unit, "~" + stem) for stem in stems}
        if stems:
            stems = frozenset(_EVENT_CLASSES.get(stem, stem) for stem in stems)
        # What was counted, unless the phrase names the event ("the 15 deaths make it ..."; a verb may
        # follow) or only says "people" (any people: "arrested 25 people" ... "the 17 protesters arrested").
        heads = frozenset() if not nouns or nouns & _EVENT_HEADS or "person" in nouns else frozenset(
            noun for noun in nouns if noun[0] != "^" and not noun.endswith("ed"))
        if unit:
            keys.add((unit, "="))  # a measure: any earlier one with a content word in common
        if share:
            keys.add((unit, "of " + share))
        if definite and unit and not nouns.isdisjoint(_MARGINS):
            keys.add(("margin", unit))  # "the 283-vote margin" ... "failed by 612 votes"
        # What the verb before the count did to them ("close 32 schools" -> "clos"), by its event class.
        verb_events = frozenset(_EVENT_CLASSES.get(noun[1:], noun[1:]) for noun in nouns if noun[0] == "^")
        if definite and nouns and _own_occasion(article, index):
            pass  # "the 15 miners trapped in the second collapse": another occasion, named in the phrase itself
        elif definite and nouns:
            same = other = None
            acts = {(unit, "^" + _stem(noun)) for noun in nouns}
            # A noun that names them by what happened to them: "evacuated 431 residents" ... "the 125
            # evacuees", "184 students graduated" ... "the 663 graduates".
            # (Not when a clause of its own says what happened to them: "the 125 evacuees who returned home".)
            following = bisect_left(starts, end)
            # What a measure's change is of ("the 19 percent rise in wages"), or who did it ("the $5 million
            # fine imposed by federal regulators", "the 15 homes destroyed by the river")
            changed = ""
            preposition = lower[following] if following < count and article.norm[end:starts[following]] == " " else ""
            if (preposition in ("in", "of") and unit and (
                any(_event(noun) in _CHANGES for noun in nouns) or not nouns.isdisjoint(_MARGINS)
            )) or (
                preposition == "by" and stems
            ):
                target = following + 1 + (following + 2 < count and lower[following + 1] == "the")
                if target < count and lower[target].isalpha() and lower[target] not in _PHRASE_STOP:
                    changed = lower[target]
            restricted = stems and following < count and lower[following] in _PRONOUNS
            named_events = set() if restricted else {(unit, "~" + _stem(noun)) for noun in nouns if noun[0] != "^"} - keys
            for key in (*keys, *acts, *named_events):
                by_act = key[1][0] == "^"
                for earlier in stated.get(key, ()):
                    earlier_value, earlier_stems, earlier_sentence = earlier[:3]
                    if earlier_sentence == sentence or not _comparable(value, earlier_value):
                        continue
                    marks, _, _, _, near = occasion(index, sentence)
                    earlier_marks, _, earlier_forecast, _, earlier_near = occasion(earlier[5], earlier[2])
                    if earlier_forecast or _apart(marks, earlier_marks):
                        continue  # a plan or forecast, another date or place: no count established
                    if value > earlier_value and _added_between(lower, added, earlier[5], index):
                        continue  # (consist20) "9 more" told between: the larger count may be the total
                    if changed and not {_event(changed), _event(_noun(changed))} & earlier_near:
                        continue  # what a measure is of, named: "Sales rose 5 percent" ... "the 8 percent increase in profits"
                    if key[1] == "=":
                        # "the $6 million land deal" ... "paid $4.2 million for the land", of one magnitude
                        if not {_event(noun) for noun in nouns} & earlier_near:
                            continue
                    elif key[1][0] == "~" and key not in named_events and heads and not heads & earlier[7] and (earlier[7] or (value < earlier_value and heads & _SUBGROUPS)):
                        # "killed 17 servicemen" ... "the two sides collapsed": other things; "killed 14
                        # people" ... "the 5 children killed": a part of them
                        continue
                    # The same measure ("the $6.2 million contract", "the 40-mile pipeline"), or the
                    # same thing happened to them ("killed"/"died", not "tested"/"failed"; "evacuated" ...
                    # "the evacuation of the 1,870 residents"): a noun alone ("858 individuals" ...
                    # "all 1,811 individuals") may count another set, unless it is somebody's ("her votes").
                    elif not (key in named_events or stems & earlier_stems or (not stems and earlier_stems & near)
                              or (not earlier_stems and stems & earlier_near)
                              # "close 32 schools" ... "the 38 schools slated for closure"
                              or (not earlier_stems and not restricted and earlier[8] & near)) and (
                        not (unit or by_act) or (stems and earlier_stems)
                    ) and not (
                        # a noun alone, in the same story: "The fire destroyed 20 houses" ... "firefighters
                        # could not save the seven homes" (not "858 individuals were flagged by the audit"
                        # ... "the agency will review all 1,811 individuals")
                        not stems and key[1][0] not in "~^="
                        and (near & earlier_near) - {_event(noun) for noun in nouns} - _TOPIC_STOP
                    ):
                        continue
                    if earlier_value == value:
                        same = earlier
                    elif other is None:
                        other = earlier
            if other is not None and same is None and not earlier_given:
                found.extend(_stated_twice(article, (other[3], other[4]), (start, end)))
                continue
        elif not earlier_given and (
            (nouns and stems and not unit and value == int(value) and _counted_noun(lower, index)) or (share and not definite)
        ):
            # A plain restatement: the same things, the same event, another number ("43 homes were
            # destroyed" ... "61 homes were destroyed"), or the same share of the same whole ("with 22
            # percent of the vote" ... "winning 26 percent of the vote"), on no other occasion (another
            # date or place), neither a plan nor a forecast, and not two sources that openly disagree.
            conflict = None
            for key in ((unit, "of " + share),) if share else keys:
                if key[1][0] in "~^" or key[1].endswith("ed"):
                    continue
                for earlier in stated.get(key, ()):
                    if earlier[2] == sentence or earlier[0] == value or not _comparable(value, earlier[0]) or not share and (
                        not stems & earlier[1] or earlier[0] != int(earlier[0])
                    ):
                        continue
                    if agent and earlier[6] and agent != earlier[6]:
                        continue  # "Fox News averaged 11.4 million viewers" ... "CNBC averaged 520,000 viewers"
                    marks, other_occasion, forecast, sources, _ = occasion(index, sentence)
                    if other_occasion or forecast:
                        break
                    earlier_marks, earlier_other, earlier_forecast, earlier_sources, _ = occasion(earlier[5], earlier[2])
                    if earlier_other or earlier_forecast or _apart(marks, earlier_marks, True):
                        continue
                    if sources and earlier_sources and not sources & earlier_sources:
                        continue
                    if bool(marks[0] & _INCIDENT_DAYS) != bool(earlier_marks[0] & _INCIDENT_DAYS) and several_days():
                        continue  # a round-up of incidents: one dated by a day, one by none (see _other_occasion)
                    if value < earlier[0] and marks[1] and not earlier_marks[1]:
                        continue  # a smaller count in a place named: a part ("20 civilians were killed" ... "in al-Masharqa, leaving two dead")
                    if _told_apart(article, earlier[5], index, value < earlier[0]):
                        continue  # (round 16) a running total, several events, two places or two named sources
                    conflict = earlier
                    break
                if conflict:
                    break
            if conflict is not None:
                found.extend(_stated_twice(article, (conflict[3], conflict[4]), (start, end)))
                continue
        for key in keys:
            bucket = stated.setdefault(key, [])
            if len(bucket) < 8:
                bucket.append((value, stems, sentence, start, end, index, agent, heads, verb_events))
    return found


# ---------------------------------------------------------------- one person's age given twice
# "The victim, a 78-year-old teacher, ..." ... "Neighbours said the 55-year-old lived alone": a definite
# "the N-year-old" names a person by an age the article already gave; when it gave one other age and no
# other, the article contradicts itself.
_AGE_SUFFIX = "-year-old"
_KIN = frozenset("his her their its whose my our your".split())


_SHE_HE = frozenset(("he", "she"))
_AT_AGE_PRONOUN = re.compile("A[0-9a-z][hs]")  # (words' first letters) "At 24, he", "At fifty-four, she"
_AT_AGE_NAME = re.compile("A[0-9a-z][A-Z]")  # (words' first letters) "At sixty-three, Euphemia Rakes is"
_AT_AGE_OLD_PRONOUN = re.compile("A[0-9a-z]yo[hs]")  # (consist17, words' first letters) "At 49 years old, he"
_NOW_VERBS = frozenset(("is", "remains", "has"))  # (round 12: "At 68, she has already spent ...": present perfect)


def _age_value(word: str) -> int:
    """The age a word gives ("78", "fifty-nine"), or 0."""
    value = int(word) if word.isascii() and word.isdigit() and len(word) <= 3 else _COUNT_WORDS.get(word, 0)
    return value if 1 <= value <= 120 else 0


_AGE_NOT_ROLES = _LOCATIVE | frozenset(
    "as for with after before by during since on along across around within among".split())


def _age_role(article: Article, index: int) -> str:
    """The noun after an age ("a 78-year-old teacher" -> "teacher"), or ""."""
    lower = article.lower_words
    following = index + 1
    if following >= len(lower) or article.norm[article.word_ends[index]:article.word_starts[following]] != " ":
        return ""
    word, _ = _bare(lower[following])
    if not word.isalpha() or not article.words[following][:1].islower() or word in _PHRASE_STOP \
            or word in _AUXILIARIES or word.endswith("ed") or word in _SPEECH_VERBS or word in _AGE_NOT_ROLES \
            or word.endswith("ly") and len(word) > 5 or word in _VERBS_AFTER_ALL:
        return ""  # (round 14: "the 74-year-old outside his home": a preposition, no role; round 15: nor an
        # adverb or a verb, "warmed to the 81-year-old immediately", "Friends of the 74-year-old left flowers")
    if word[-1:] == "s" and word[-2:] not in ("ss", "us", "is") and following + 1 < len(lower) \
            and lower[following + 1] in _AFTER_PRESENT_VERB \
            and article.norm[article.word_ends[following]:article.word_starts[following + 1]] == " ":
        return ""  # (consist19: a verb in the present, "The 51-year-old plans to buy a caravan", "runs a farm"; not
        # a plural role: "the 14-year-old twins were")
    return _noun(word)


# consist19: words that follow a verb in the present and not a plural noun ("plans to", "runs a", "wants the")
_AFTER_PRESENT_VERB = frozenset("to a an".split())


def _still_now(article: Article, index: int) -> bool:
    """Whether the "still" near the age "at N" (word ``index``) goes with a verb in the present ("still never
    misses", "is still the first", "is still playing"; not "still lived") and the age is not one at which
    something was done ("She started at 33")."""
    lower = article.lower_words
    before = lower[index - 2] if index > 1 else ""
    if before.endswith("ed") or before in _IRREGULAR_PAST:
        return False
    low, high = max(0, index - 4), min(len(lower), index + 5)
    for position in range(low, high):
        if lower[position] == "still":
            if lower[position - 1] in _NOW_VERBS:
                return True
            following = lower[position + 1] if position + 1 < len(lower) else ""
            if following == "never" and position + 2 < len(lower):
                following = lower[position + 2]
            return following in _NOW_VERBS or (
                len(following) > 3 and following[-1] == "s" and following[-2] not in "su'" and following.isalpha())
    return False


def _named_now(article: Article, position: int) -> bool:
    """Whether a person's name of one or two capitalised words opens at word ``position`` and its verb is one of
    ``_NOW_VERBS`` ("is", "remains", "has": "At 63, Euphemia Rakes is the youngest to hold the post"), the name given with an age before."""
    words = article.words
    lower = article.lower_words
    end = position
    while end < len(words) and end < position + 2 and words[end][:1].isupper() and words[end].isalpha() \
            and lower[end] not in _NOT_PERSON:
        end += 1
    return end > position and end < len(words) and lower[end] in _NOW_VERBS \
        and article.norm[article.word_ends[end - 1]:article.word_starts[end]] == " " \
        and any(lower[end - 1] == lower[other] for other in range(position) if words[other][:1].isupper())


def _same_person(article: Article, bounds: tuple[int, int], role: str) -> bool:
    """Whether the sentence at word ``bounds`` speaks of the person whose age was given: by the surname that
    gave it (role "~surname") or by "he"/"she" opening the sentence or right before "is still"/"still"."""
    lower = article.lower_words
    sentence = lower[bounds[0]:bounds[1]]
    if role.startswith("~") and role[1:] in sentence:
        return True
    if sentence and sentence[0] in _SHE_HE:
        return True
    return any(word in _SHE_HE and sentence[position + 1:position + 2] in (("still",), ("is",), ("has",))
               for position, word in enumerate(sentence))


# Nouns that name a person by what they are or did ("The driver ... is 54").
_PERSON_ROLES = frozenset(
    "man woman boy girl person victim suspect driver rider winner owner pensioner teenager mother father "
    "grandmother grandfather widow cyclist pedestrian gunman attacker defendant member player".split())


_IDENTIFYING = frozenset("who of that".split())
_AGE_SUPERLATIVES = frozenset(("oldest", "youngest"))
# round 14: roles that pick out one person in a report (the victim, the suspect, the missing walker)
_SOLE_ROLES = frozenset("victim suspect driver rider gunman attacker defendant pensioner walker hiker climber "
                        "prisoner cyclist pedestrian "
                        # consist19: a contest's or a draw's one winner ("The lottery winner is 29 years old")
                        "winner".split())


_ONE_HOLDER = frozenset("new outgoing incoming retiring current".split())
_OFFICES = (_TITLES - _ABBREVIATED_TITLES - frozenset("mr mrs ms dr father dame sir officer detective".split())) | frozenset(
    "manager director headteacher headmaster headmistress chief leader chair editor archbishop pope principal".split())


def _subject_role(article: Article, index: int) -> str:
    """The person noun of a subject "The <words> <noun>" opening the sentence of the age at word ``index``
    ("The man who drove into the crowd is 54" -> "man"), or ""."""
    lower = article.lower_words
    words = article.words
    first = _sentence_words(article, index)[0]
    # round 14: or a role said of one person alone, the whole subject: "The victim was twenty-two", "The missing
    # walker is 61 years old" (not "The boy is ten": a boy may be one of many)
    alone = index - first in (3, 4) and lower[first] == "the" and _noun(lower[index - 2]) in _SOLE_ROLES \
        and all(word.isalpha() and word.islower() for word in words[first + 1:index - 1])
    # round consist17: an office's one holder, "The new finance minister is 83", "The outgoing bishop was 78"
    alone = alone or index - first in (4, 5) and lower[first] == "the" and lower[first + 1] in _ONE_HOLDER \
        and lower[index - 2] in _OFFICES and all(word.isalpha() and word.islower() for word in words[first + 1:index - 1])
    if lower[first] != "the" or index - first < 3 or _IDENTIFYING.isdisjoint(lower[first:index]) and not (
            lower[first + 1].endswith("est")) and not alone:
        return ""  # (a person picked out by what they did or are: not "The boy is ten", maybe one of many)
    role = ""
    for position in range(first + 1, min(index - 1, first + 4)):
        if not lower[position].isalpha() or not words[position][:1].islower() or lower[position] in _PHRASE_STOP:
            break
        role = _noun(lower[position])
    if alone:
        return _noun(lower[index - 2])
    # round 15: a superlative picks out one person whatever the noun ("The oldest runner in the race was 33",
    # "The youngest contestant was 12")
    superlative = lower[first + 1] in _AGE_SUPERLATIVES and role.isalpha() and role not in _HEAD_STOP
    return role if role in _PERSON_ROLES or role in _PEOPLE_NOUNS or superlative else ""


def _age_conflicts(article: Article, numbers: list[int]) -> list[Span]:
    text = article.norm
    found: list[Span] = []
    position = text.find(_AGE_SUFFIX)
    # "At 24, he is ...": an age now, read only when such a clause occurs
    words = article.lower_words
    last = len(words) - 2
    # (first a look at the words' first letters for "At", a number and "he"/"she": most articles have none)
    now = any(words[match.start()] == "at" and match.start() < last - 1 and words[match.start() + 2] in _SHE_HE
              and words[match.start() + 3] in _NOW_VERBS for match in _AT_AGE_PRONOUN.finditer(article.first_characters)) \
        or any(words[match.start()] == "at" and match.start() < last - 3 and words[match.start() + 2:match.start() + 4]
               == ("years", "old") and words[match.start() + 4] in _SHE_HE and words[match.start() + 5] in _NOW_VERBS
               for match in _AT_AGE_OLD_PRONOUN.finditer(article.first_characters))  # (consist17) "At 49 years old, he is"
    # ... "At sixty-three, Euphemia Rakes is the youngest": a name given before, in a sentence opening "At N,"
    if not now:
        for match in _AT_AGE_NAME.finditer(article.first_characters):
            opening = match.start()
            if opening + 3 < len(words) and article.words[opening] == "At" and _age_value(words[opening + 1]) > 0 \
                    and text[article.word_ends[opening + 1]:article.word_ends[opening + 1] + 2] == ", " \
                    and _named_now(article, opening + 2):
                now = True
                break
    # "... and, at 33, still never misses a rehearsal", "is still playing at eighty-nine": an age now
    still = "still" in text  # (a substring search in C; the words are checked below)
    if position < 0 and not now and not still:
        return found
    lower = article.lower_words
    starts = article.word_starts
    ends = article.word_ends
    count = len(lower)
    # (word index, age, whether a definite reference, role noun, whether somebody's: "his 12-year-old son")
    ages: dict[int, tuple[int, int, bool, str, bool]] = {}
    while position >= 0:
        index = bisect_right(starts, position) - 1
        word = lower[index] if index >= 0 else ""
        if word.endswith(_AGE_SUFFIX) and (value := _age_value(word[:-len(_AGE_SUFFIX)])):
            before = lower[index - 1] if index > 0 and text[ends[index - 1]:starts[index]] == " " else ""
            role = _age_role(article, index)
            # Not a reference but a name's introduction: "the 73-year-old Mr. Cooperman", "Gabe Fleisher,
            # the 14-year-old proprietor"; nor a group ("the 12-year-old children").
            definite = before in ("the", "this") and not (
                index + 1 < count and article.words[index + 1][:1].isupper() and text[ends[index]:starts[index + 1]] == " "
            ) and not (index > 1 and text[ends[index - 2]:starts[index - 1]] == ", " and article.words[index - 2][:1].isupper()
                       ) and (not role or role == _bare(lower[index + 1])[0])
            ages[index] = (index, value, definite, role, before in _KIN)
        position = text.find(_AGE_SUFFIX, position + 1)
    if not now and not still and not any(age[2] for age in ages.values()):
        return found
    for index in numbers:
        final = index + 1 >= count  # (the last word: only "still playing at eighty-nine." is read there)
        if index in ages or index == 0 or final and not still:
            continue
        value = _age_value(lower[index])
        if not value:
            continue
        gap_before = text[ends[index - 1]:starts[index]]
        after = text[ends[index]:] if final else text[ends[index]:starts[index + 1]]
        previous = lower[index - 1]
        # (consist17) "At 36 years old, he still trains": "years old" read as the bare age's own words
        shift = 2 if previous == "at" and index + 3 < count and lower[index + 1] == "years" \
            and lower[index + 2] == "old" and text[ends[index + 2]:starts[index + 3]] == ", " and after == " " else 0
        if final:
            if previous == "at" and gap_before == " " and after[:1] == "." \
                    and "still" in lower[max(0, index - 4):index - 1] and _still_now(article, index):
                ages[index] = (index, value, True, "", False)
        elif gap_before == ", " and after[:1] == "," and previous.replace("-", "").isalpha() \
                and previous not in _COUNT_WORDS and previous not in _MONTHS_DAYS:
            # (consist19: and a hyphenated role or name, "The runner-up, 33,", "Jean-Paul Aubry, 60,")
            # "The suspect, 24, was arrested", "Emeka Okafor, 54, has coached"
            role = previous if article.words[index - 1][:1].islower() else ""
            ages[index] = (index, value, False, _noun(role) if role else "", False)
        elif previous == "at" and article.words[index - 1] == "At" and (after == ", " or shift) \
                and index + 2 + shift < count and (
                lower[index + 1 + shift] in ("he", "she") and lower[index + 2 + shift] in _NOW_VERBS
                or _named_now(article, index + 1 + shift)):
            # "At 24, he is one of the longest-serving members": the person's age now, a reference to it
            # (not "At 24, he moved to Paris": an age then)
            ages[index] = (index, value, True, "", False)
        elif still and previous == "at" and gap_before == " " and (
            (after == ", " or shift) and "still" in lower[index + 1 + shift:index + 5 + shift]
            or after[:1] == "." and "still" in lower[max(0, index - 4):index - 1]
        ) and _still_now(article, index):
            # "and, at 33, still never misses", "Colleagues say that at 21, Raimund Feldhaus is still the first",
            # "is still playing at eighty-nine.": the age now, a reference to the one given
            ages[index] = (index, value, True, "", False)
        elif gap_before == " " and (after[:1] in ".;" or after == " " and index + 2 < count and lower[index + 1] == "years"
                                    and lower[index + 2] == "old") and previous in ("is", "was") and index > 1 \
                and text[ends[index - 2]:starts[index - 1]] == ", " and article.words[index - 2][:1].isupper() \
                and index > 2 and text[ends[index - 3]:starts[index - 2]] == " " and article.words[index - 3][:1].isupper():
            # "The oldest member of the choir, Adaeze Nwosu, is ninety-one.": a named person's age, the name
            # its role
            ages[index] = (index, value, False, "~" + lower[index - 2], False)
        elif gap_before == " " and previous in ("is", "was") and (
                after[:1] in ",.;" or after == " " and index + 2 < count and lower[index + 1] == "years"
                and lower[index + 2] == "old") and (role := _subject_role(article, index)):
            # "The man who drove into the crowd is 54, police said", "The winner of the contest is 72 years
            # old": the age of the person the sentence's subject names
            ages[index] = (index, value, False, role, False)
        elif gap_before == " " and after[:1] in ",.;)" and (
            previous in ("aged", "age") or (previous in ("is", "was") and index > 1 and lower[index - 2] == "who")
        ):
            # "who is 88", "aged 45"; "The victim, who was 79," says what the person is
            role = lower[index - 3] if previous in ("is", "was") and index > 3 and text[ends[index - 3]:starts[index - 2]] == ", " \
                and article.words[index - 3][:1].islower() and lower[index - 3].isalpha() else ""
            if previous == "aged" and index > 2 and text[ends[index - 2]:starts[index - 1]] == ", " \
                    and article.words[index - 2][:1].islower() and lower[index - 2].isalpha() \
                    and lower[index - 2] not in _PHRASE_STOP and lower[index - 3] in ("the", "a", "an"):
                role = lower[index - 2]  # "The driver, aged twenty-five,": the person is the noun before
            ages[index] = (index, value, False, _noun(role) if role else "", False)
    given: set[int] = set()
    stated: list[tuple[int, int, bool, str, bool]] = []
    stated_values: set[int] = set()
    for index in sorted(ages):
        age = ages[index]
        value, definite, role = age[1], age[2], age[3]
        if len(stated_values) > 1:
            break  # two people's ages given: a reference may mean either
        if definite and value not in given and len(stated_values) == 1:
            # (consist19: "the 51-year-old" names the person as they are now, whatever the sentence plans: "The
            # 51-year-old plans to buy a caravan"; a plan in the sentence that gave the age still counts)
            # The age given once, with what the person is ("a 78-year-old teacher", "The suspect, 24,"; not
            # only a name: "Katie Freeman, 44," ... "the 49-year-old" may be the next person named) and
            # nobody's ("his 12-year-old son"); the reference names no other role.
            earlier = stated[-1]
            bounds, earlier_bounds = _sentence_words(article, index), _sentence_words(article, earlier[0])
            if not earlier[4] and earlier[3] and (not role or role == earlier[3]) and bounds != earlier_bounds \
                    and not _disagree(article, index, bounds, earlier[0], earlier_bounds,
                                      planned=not lower[index].endswith(_AGE_SUFFIX)) and (
                        lower[index - 1] != "at" or _same_person(article, bounds, earlier[3])):
                found.extend(_stated_twice(article, (starts[earlier[0]], ends[earlier[0]]),
                                           (starts[index], ends[index])))
        given.add(value)
        if not definite:
            stated.append(age)
            stated_values.add(value)
    return found


# consist21: a person's age told twice beside the name ("John Okafor, 34, was charged" ... "Okafor, 41, was remanded";
# "Mary Hill, aged 87," ... "Hill, 92,"): the age in commas after a name, the first time after the full name, then
# after the surname alone or the same full name. Not another person of that surname ("his wife, Ruth Okafor, 31,":
# any other given name before the surname anywhere in the article silences it), not a list of figures ("China, 38,
# Britain, 27": the introduction needs a given name and the word after the age must be lower case), not another
# date, place, source (``_disagree``; a plan in either sentence tells no other age).
_NOT_AGE_AFTER = frozenset("and or nor but to under over par points percent".split())  # (a list or a score)


def _named_age(article: Article, index: int) -> tuple[str, str, int] | None:
    """(surname, given name or "", index of the name's first word) when the number at ``index`` is an age in commas after a name ("Okafor, 41,",
    "John Okafor, 34,", "Mary Hill, aged 87,"), else None."""
    lower = article.lower_words
    words = article.words
    text = article.norm
    starts = article.word_starts
    ends = article.word_ends
    if index < 2 or index + 1 >= len(lower) or text[ends[index]:starts[index + 1]] != ", " \
            or not words[index + 1].isalpha() or not words[index + 1].islower() or lower[index + 1] in _NOT_AGE_AFTER \
            or not _age_value(lower[index]):
        return None
    name = index - 1
    if lower[name] == "aged" and text[ends[index - 1]:starts[index]] == " ":
        name -= 1
    elif text[ends[index - 1]:starts[index]] != ", ":
        return None
    if name < 1 or lower[name] == "aged" or text[ends[name]:starts[name + 1]] != ", ":
        return None
    surname = words[name]
    if not (surname[:1].isupper() and surname[1:].islower() and lower[name].isalpha()) \
            or lower[name] in _MONTHS_DAYS or lower[name] in _TITLES or lower[name] in _NOT_NAMED:
        return None
    given = words[name - 1]
    if text[ends[name - 1]:starts[name]] == " " and given[:1].isupper() and given[1:].islower() \
            and lower[name - 1].isalpha() and lower[name - 1] not in _TITLES and lower[name - 1] not in _ABBREVIATED_TITLES:
        return lower[name], lower[name - 1], name - 1
    return lower[name], "", name


def _named_age_conflicts(article: Article, numbers: list[int]) -> list[Span]:
    """Ages in commas after one person's name that disagree ("John Okafor, 34," ... "Okafor, 41,")."""
    found: list[Span] = []
    named: dict[str, list[tuple[int, str, int]]] = {}
    for index in numbers:
        if (read := _named_age(article, index)) is not None:
            named.setdefault(read[0], []).append((index, read[1], read[2]))
    lower = article.lower_words
    words = article.words
    for surname, ages in named.items():
        if len(ages) < 2 or not ages[0][1]:
            continue  # (introduced with a given name: "John Okafor, 34,")
        first, given, opening = ages[0]
        value = _age_value(lower[first])
        later = next((age for age in ages[1:] if _age_value(lower[age[0]]) != value), None)
        if later is None or later[1] and later[1] != given:
            continue
        # another given name before the surname anywhere: two people of one family
        if any(lower[position] == surname and position > 0 and words[position - 1][:1].isupper()
               and lower[position - 1] != given and lower[position - 1].isalpha()
               and lower[position - 1] not in _TITLES and lower[position - 1] not in _ABBREVIATED_TITLES
               and lower[position - 1] not in _ARTICLES
               for position in range(1, len(lower))):
            continue
        bounds, first_bounds = _sentence_words(article, later[0]), _sentence_words(article, first)
        if bounds == first_bounds or _disagree(article, later[0], bounds, first, first_bounds, planned=False):
            continue
        found.extend(_stated_twice(article, (article.word_starts[opening], article.word_ends[first]),
                                   (article.word_starts[later[2]], article.word_ends[later[0]])))
    return found


# consist21: an earthquake's magnitude told twice ("A magnitude 6.1 earthquake struck" ... "The 6.8-magnitude quake
# toppled buildings"; "measured 6.1 on the Richter scale" ... "the quake, of magnitude 6.8,"): each magnitude is read
# in the forms "magnitude 6.1", "magnitude-6.1", "6.1-magnitude", "6.1 magnitude", "a magnitude of 6.1", "measured
# 6.1" (only before "on the Richter scale"), in a sentence that names an earthquake ("earthquake", "quake",
# "tremor", "temblor"); the later one in a sentence naming it as known ("the quake", "the earthquake's", "It
# measured"). Not an aftershock or foreshock, not a comparison ("since", "than", "another", "previous", "earlier"),
# not an article that revises a magnitude ("initially", "upgraded", "revised", "preliminary" ...), not apart by
# date, place or source (``_disagree``), and only 0.2 or more apart.
_MAGNITUDE = re.compile(r"\b(?:magnitude[- ](?P<after>[1-9]\.[0-9])(?![0-9])|(?<![0-9.])(?P<before>[1-9]\.[0-9])[- ]magnitude"
                        r"|magnitude of (?P<of>[1-9]\.[0-9])(?![0-9])"
                        r"|(?:measured|measuring|registered|registering) (?P<richter>[1-9]\.[0-9]) on the richter)")
_QUAKE_WORDS = frozenset("earthquake earthquakes quake quakes tremor temblor earthquake's quake's".split())
_NOT_THE_QUAKE = frozenset("aftershock aftershocks foreshock foreshocks since than another previous earlier".split())
_KNOWN_QUAKE = frozenset(("the", "its", "this", "that"))
_MAGNITUDE_REVISED = ("initial", "upgrad", "downgrad", "revis", "prelimin", "original", "updat", "lowered", "raised",
                      "corrected")


def _magnitude_conflicts(article: Article) -> list[Span]:
    """Two magnitudes of one earthquake ("a magnitude 6.1 earthquake" ... "the 6.8-magnitude quake")."""
    text = article.norm
    lower_text = text.lower()
    if "magnitude" not in lower_text and "richter" not in lower_text or any(
            word in lower_text for word in _MAGNITUDE_REVISED):
        return []
    lower = article.lower_words
    starts = article.word_starts
    found: list[Span] = []
    first: tuple[float, int, int, int, tuple[int, int]] | None = None  # (value, start, end, word, sentence words)
    for match in _MAGNITUDE.finditer(lower_text):
        value = float(next(group for group in match.groups() if group))
        index = min(bisect_right(starts, match.start()), len(lower) - 1)
        bounds = _sentence_words(article, index)
        sentence = lower[bounds[0]:bounds[1]]
        if _QUAKE_WORDS.isdisjoint(sentence) and not (sentence[:1] == ("it",) and first is not None) \
                or not _NOT_THE_QUAKE.isdisjoint(sentence):
            continue
        if first is None:
            first = (value, match.start(), match.end(), index, bounds)
            continue
        if abs(value - first[0]) < 0.19 or bounds == first[4]:
            continue
        known = sentence[:1] == ("it",) or any(
            word in _QUAKE_WORDS and not _KNOWN_QUAKE.isdisjoint(sentence[max(0, position - 4):position])
            for position, word in enumerate(sentence))  # ("The magnitude 6.8 quake": "the" up to four words before)
        if known and not _disagree(article, index, bounds, first[3], first[4], planned=False):
            found.extend(_stated_twice(article, (first[1], first[2]), (match.start(), match.end())))
        break  # (one quake's magnitude: the first restatement that disagrees, or none)
    return found


def _disagree(article: Article, index: int, bounds: tuple[int, int], other: int, other_bounds: tuple[int, int],
              planned: bool = True) -> bool:
    """Whether two statements are attributed to different sources ("police said" ... "her family said"),
    are about other dates or places, or one is a forecast (the one at word ``index`` only when ``planned``)."""
    marks, _, forecast, sources, _ = _occasion(article, index, *bounds)
    other_marks, _, other_forecast, other_sources, _ = _occasion(article, other, *other_bounds)
    return bool(sources and other_sources and not sources & other_sources) or forecast and planned \
        or other_forecast or _apart(marks, other_marks)


# ---------------------------------------------------------------- a definite reference to the only count of its kind
# "Police seized 7 firearms" ... "the 57 guns laid out on a table", "The plant employs 90,700 workers" ...
# "Those 70,800 jobs", "The candidate received 16,712 votes" ... "Her 21,094 votes": a definite or
# possessive noun phrase with a number presents the count as known; when the article gave exactly one
# count of that kind before (the same noun, or a noun of one class in lexicons/counted_classes.tsv) with
# another value, and neither statement is hedged, an update, a part, a plan, or about another occasion,
# place or source, the article contradicts itself.
def _counted_classes() -> dict[str, str]:
    """Each term of lexicons/counted_classes.tsv -> its class ("gun" -> "firearm", "deal" -> "agreement")."""
    return {term: category for category, terms in load_lexicon("counted_classes").terms.items() for term in terms}


_CLASSES = _counted_classes()
_CLASS_TERMS: dict[str, tuple[str, ...]] = {}
for _term, _category in _CLASSES.items():
    _CLASS_TERMS[_category] = (*_CLASS_TERMS.get(_category, ()), _term)
_REFERENCES = frozenset("the all those these her his its their our".split())
_CURRENCIES = frozenset("$€£")
# Verbs that make a count of jobs or staff a count of job cuts ("cut 690 jobs" ... "the 473 layoffs").
_CUT_VERBS = frozenset("cut cuts cutting eliminate eliminated eliminating shed sheds shedding axe axed slash slashed".split())
# "to" before a count is a change's new value only after a change ("rose to 15"), not "power to 74,300 customers".
_TO_CHANGES = frozenset(
    "up down rose risen rise rises fell fallen fall falls increased increase grew grown climbed jumped dropped "
    "revised raised lowered reduced cut cuts slashed doubled tripled soared surged plunged declined amounted "
    "amount amounts equal equals compared close closer nearly".split()
)
# Words that end what a count's noun phrase says (the phrase is the words between the number and them).
_HEAD_STOP = _PHRASE_STOP | _OCCASION | _NOT_COUNTED | _MONTHS_DAYS | _OTHER | _HEDGED | _UPDATED | frozenset(
    "percent per cent a.m p.m each every apiece".split())
_CHANGE_NAMES = frozenset("loss losses drop fall decline cut cuts elimination".split())
_CUT_NAMES = frozenset("loss losses cut cuts elimination".split())
_FUTURE = frozenset("will would should could can may might must".split())
# Words after a reference's noun that make it a part ("the 40 passengers who were injured", "still in hospital").
_RESTRICTIVE = _PRONOUNS | frozenset("whose still left currently remaining with aged under over except".split()) \
    | frozenset("nearest closest furthest farthest".split())  # (consist18: "the 300 hectares nearest the river")
_SOMEBODYS = frozenset("her his their its my our your".split())
_PLACE_PREPOSITIONS = frozenset("in at on near from inside outside along across around within among".split())
_DEICTIC = frozenset("this last next that".split())
_LIST_JOINS = frozenset("and or plus".split())
_REFERENCE_WINDOW = 6  # words before a measure's number read for what it is ("the contract is worth $594 million")
# Nouns that name a percentage by itself ("The 55 percent figure"): directly after it, the reference may mean the
# only percentage given before.
_PERCENT_ITSELF = frozenset("figure number proportion share level".split())
# After a percentage's noun, a phrase that names whose share it is ("the 3 percent rise in prices"): another one.
_PERCENT_RATES = frozenset("rate figure number proportion share level".split())  # "At 60 percent, the rate is"
# consist21: a rate's nouns with a percentage alone in apposition ("The turnout, 71 percent, was", "The rate, 5.8
# percent, surprised"): the percentage itself, as "The 71 percent turnout" is
_RATE_APPOSED = frozenset(("rate", "figure", "proportion", "share", "level", "turnout"))
_PERCENT_OWNER = frozenset("in of for on among across".split())
# Verbs before "by" that make "by 30 percent" or "by €620,000" the size of a change ("raised parking charges by
# 30 percent" ... "the 16 percent increase"); "won by 3,530 votes" stays a margin.
_BY_CHANGES = frozenset(
    "up down rose raised increased increase grew climbed jumped fell dropped declined reduced lowered cut cuts "
    "slashed "
    # consist19: the other pasts and participles of a change ("has fallen by 12 percent", "soared by 40 percent",
    # "prices have risen by 9 percent" ... "the 30 percent drop")
    "risen fallen grown soared surged rocketed plunged slumped tumbled dipped shrank shrunk decreased".split())


# A measure named in one word with its number ("the 603-kilometre route"), and the unit's plain names.
_MEASURE_SUFFIXES = {"kilometre": "kilometre", "kilometer": "kilometre", "km": "kilometre", "mile": "mile",
                     "metre": "metre", "meter": "metre", "foot": "foot", "yard": "yard", "acre": "acre",
                     "hectare": "hectare", "tonne": "tonne", "ton": "ton", "kilogram": "kilogram",
                     "kilogramme": "kilogram", "kg": "kilogram", "kilo": "kilogram",
                     # round 9: centimetres, millimetres and degrees are measures too ("the 42-centimetre rise")
                     "centimetre": "centimetre", "centimeter": "centimetre", "cm": "centimetre",
                     "millimetre": "millimetre", "millimeter": "millimetre", "mm": "millimetre", "degree": "degree",
                     # round 12: volumes and inches are measures too ("spilled 9,340 litres")
                     "litre": "litre", "liter": "litre", "gallon": "gallon", "inch": "inch",
                     # consist18: the abbreviations of news copy ("26,400 ft", "the 3,560 ha blaze", "90 mi",
                     # "the 5,140 l tank"; not "m" or "t": a million, a ton or a letter)
                     "ft": "foot", "yd": "yard", "mi": "mile", "ha": "hectare", "l": "litre", "gal": "gallon"}
_UNIT_NAMES = {**_MEASURE_SUFFIXES, "kilometres": "kilometre", "kilometers": "kilometre", "miles": "mile",
               "metres": "metre", "meters": "metre", "feet": "foot", "yards": "yard", "acres": "acre",
               "hectares": "hectare", "tonnes": "tonne", "tons": "ton", "kilograms": "kilogram",
               "kilogrammes": "kilogram", "kgs": "kilogram", "kilos": "kilogram", "centimetres": "centimetre",
               "centimeters": "centimetre", "millimetres": "millimetre", "millimeters": "millimetre",
               "degrees": "degree", "litres": "litre", "liters": "litre", "gallons": "gallon", "inches": "inch",
               "yds": "yard", "gals": "gallon"}
# A speed written as one symbol ("30 mph", "48 kph"); "48 km/h" is read as "km" and an "h" after a slash.
_SPEED_SYMBOLS = {"mph": "mile/hour", "kph": "kilometre/hour", "kmh": "kilometre/hour"}
# What a part of a length or an area is called ("the 40-kilometre stretch" of a longer road): not the whole.
_MEASURE_PARTS = frozenset(
    "stretch section part segment portion leg lap stage extension spur branch strip slice plot parcel".split())
_UNIT_WORDS = frozenset(_UNIT_NAMES.values())
# round 15: nouns that name a dimension itself ("its length, 145 miles,", "that altitude, 9,800 feet,"), and the
# dimension each unit measures: such a noun restates the measure of the thing told before, in a unit of its kind
_MEASURE_NOUNS = {term: dimension for term, dimension, _ in load_lexicon("measure_nouns").rows}
_LINEAR = frozenset(("length", "width", "height", "depth"))  # (each measured in the units of length)
# The adjective that says which linear dimension a statement gave ("219 miles long", "3 metres wide").
_LINEAR_ADJECTIVES = {"long": "length", "wide": "width", "broad": "width", "high": "height", "tall": "height",
                      "deep": "depth"}
_UNIT_DIMENSIONS = {**dict.fromkeys(("kilometre", "mile", "metre", "foot", "yard", "centimetre", "millimetre", "inch"),
                                    "length"),
                    **dict.fromkeys(("kilogram", "tonne", "ton"), "weight"),
                    **dict.fromkeys(("litre", "gallon"), "volume"),
                    **dict.fromkeys(("acre", "hectare"), "area"), "degree": "temperature"}
_UNIT_SPELLINGS = {unit: tuple(name for name, named in _UNIT_NAMES.items() if named == unit) for unit in _UNIT_WORDS}
_SHE_HE_IT = frozenset("it he she they".split())
_RATE_TIMES = frozenset("second minute hour day week month year".split())


# Durations ("lasted 49 minutes" ... "for the full 167 minutes"): a count of time units is a statement of a
# duration only after a verb or preposition that gives one ("for", "lasted", "took", "after", "sentenced to"),
# and is referred to only as a whole ("all 23 days", "those six days", "the full 167 minutes") or in one word
# ("the 60-day protest"); "the 30 days" alone, "the past 30 days", "30 days ago" are neither.
_DURATION_UNITS = {"minute": "minute", "minutes": "minute", "hour": "hour", "hours": "hour", "day": "day",
                   "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
                   "year": "year", "years": "year",
                   # consist18: the abbreviations ("a 10-hr wait", "the 52-min hop", "after 40 mins")
                   "min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour"}
_DURATION_KINDS = frozenset(_DURATION_UNITS.values())
_DURATION_VERBS = frozenset("for lasted lasting lasts took takes taking after spent spending needed waited waiting".split())
# A finished task's time, stated with "in" ("completed the course in 84 minutes"; not "will finish in 30 days").
_COMPLETED = frozenset("completed finished ran covered swam cycled rowed crossed".split())
# Verbs whose subject is what lasted ("The trial lasted 18 months"): a duration named in one word with another
# noun ("the 24-month sentence") is that noun's, unless the sentence of the first named it.
_LASTING = frozenset("lasted lasting lasts last ran runs run continued continues took takes went dragged".split())
_CLAUSE_AFTER = frozenset("after before until since".split())
_SPAN_SUBJECTS = frozenset("sentence term ban suspension wait delay closure journey trip flight drive ride".split())
_SENTENCED = frozenset("sentenced jailed imprisoned banned suspended".split())
_DURATION_AFTER = frozenset("ago later earlier before after old a an per each every from since until into "
                            "and or".split())
_WHOLE_DURATION = frozenset(("all", "those", "these")) | frozenset(("full", "entire", "whole"))


# round 16: a wait or delay is the time something was waited for ("The patient waited 155 minutes" ... "the delay of
# 111 minutes"; "The ambulance took 150 minutes to arrive" ... "the 118-minute delay")
_WAITS = frozenset(("wait", "delay"))
_WAITED = frozenset("waited waiting wait waits".split())


def _waited_for(lower: tuple[str, ...], bounds: tuple[int, int], noun: str) -> bool:
    """Whether ``noun`` is a wait or delay and the sentence at word ``bounds`` tells a wait: "waited", or "took"
    a duration "to" do something ("took 150 minutes to arrive")."""
    if noun not in _WAITS:
        return False
    for position in range(bounds[0], bounds[1]):
        if lower[position] in _WAITED:
            return True
        if lower[position] in _TAKES and any(
                lower[unit] in _DURATION_UNITS and unit + 1 < bounds[1] and lower[unit + 1] == "to"
                for unit in range(position + 2, min(bounds[1], position + 5))):
            return True
    return False


def _it_took(lower: tuple[str, ...], after: int) -> bool:
    """Whether the words at ``after`` say that a duration is the whole time something took ("for the 59
    minutes it took to put out the flames", "the 40 days it lasted"): the duration told before."""
    return after + 1 < len(lower) and lower[after] == "it" and lower[after + 1] in _LASTING


def _duration_statement(lower: tuple[str, ...], index: int, after: int) -> bool:
    """Whether the duration at word ``index`` (its unit ending before ``after``) is stated as how long
    something lasted: "for 36 days", "lasted 49 minutes", "sentenced to 20 months in prison"."""
    previous = lower[index - 1] if index > 0 else ""
    if previous == "in" and not _COMPLETED.isdisjoint(lower[max(0, index - 5):index - 1]):
        return after >= len(lower) or lower[after] not in _DURATION_AFTER  # "completed the course in 84 minutes"
    # (consist17: and with the sentenced person between, "sentenced the smuggler to 16 years", "jailed him to")
    if previous not in _DURATION_VERBS and not (previous == "to" and index > 1 and not _SENTENCED.isdisjoint(
            lower[max(0, index - 5):index - 1])) \
            and not (previous in _BARE_COPULAS and index > 2 and lower[index - 2] in _SPAN_SUBJECTS
                     and lower[index - 3] == "the"):
        return False  # (and "The sentence was four years", "The wait was 46 minutes": the span its subject names)
    # "closed for 31 minutes after a tree fell": a clause after a span stated with "for" or a verb of lasting
    # (not "after 30 days after", not "30 days ago")
    return after >= len(lower) or lower[after] not in _DURATION_AFTER or (
        lower[after] in _CLAUSE_AFTER and previous != "after" and previous in _DURATION_VERBS)


def _suffix(lower: tuple[str, ...], index: int, following: int) -> str:
    """What is joined by a hyphen to the last digit group of the number at word ``index`` ("kilometre" for
    "the 1,200-kilometre pipeline", "day" for "60-day"; "" for none). ``following``: the word after it."""
    last = lower[following - 1] if index < following <= len(lower) else ""
    if last[:1].isdigit():
        return last.partition("-")[2]
    number, _, suffix = last.rpartition("-")
    return suffix if number in _COUNT_WORDS and last not in _COUNT_WORDS else ""  # "twenty-eight-metre" (not "twenty-eight")


def _hyphen_count(article: Article, index: int, following: int) -> str:
    """The kind a count in one word names before a noun ("the 60-day protest": "day"; "the 12,400-seat
    auditorium": "seat"), or "" (a measure: "the 603-kilometre route"; no noun after it)."""
    lower = article.lower_words
    suffix = _suffix(lower, index, following)
    if not suffix or suffix in _MEASURE_SUFFIXES or not suffix.isalpha() \
            or following >= len(lower) or not lower[following].isalpha() \
            or not article.words[following][:1].islower() or lower[following] in _HEAD_STOP:
        return ""
    unit = _DURATION_UNITS.get(suffix)
    if unit:
        return unit
    if suffix == "strong":
        return "person"  # "the 35,400-strong crowd": a count of people
    noun = _noun(suffix)
    return _CLASSES.get(noun, noun)


# "The shelter took in 59 dogs" ... "the 26 animals": "animals" (or "creatures") names a count of any kind of
# animal, the only one the article gave; a count of a kind of animal is also a count of animals.
_ANIMALS = frozenset(
    "dog puppy cat kitten sheep lamb ewe ram cow calf bull cattle horse pony donkey mule pig goat hen chicken "
    "rooster duck goose swan bird toad frog newt fish salmon trout whale dolphin porpoise seal deer stag badger "
    "fox rabbit hare hedgehog squirrel rat mouse bat owl eagle hawk falcon gull gannet puffin penguin parrot "
    "turtle tortoise snake lizard crocodile alligator monkey ape chimpanzee gorilla elephant lion tiger leopard "
    "cheetah bear wolf camel giraffe zebra rhino rhinoceros hippo kangaroo koala bee".split())
_ANIMAL = "animal"
_GENERIC_ANIMALS = frozenset(("animal", "creature"))
# Likewise "the N people" (or "individuals"; "the crowd of N") names the only count of a kind of people given
# before ("976 passengers" ... "the 123 people on board"); not men, women or children (a part of most groups).
_PEOPLE_NOUNS = frozenset(
    "passenger holidaymaker traveller traveler tourist visitor spectator fan attendee marcher protester protestor "
    "demonstrator pupil student worker employee patient prisoner detainee inmate migrant refugee guest participant "
    "delegate voter climber miner sailor fisherman soldier firefighter volunteer runner competitor athlete "
    "hostage pilgrim commuter shopper customer survivor evacuee resident villager inhabitant".split())
_ANY_PEOPLE = "~person"
# Nouns before "of" that name what a count after it is ("the loss of 4,500 jobs", "the crowd of 40,000").
# consist19: a collective noun for the members counted ("The club has 2,300 members" ... "Its membership of
# 3,100"; "80,000 readers" ... "Its readership of 95,000"): read as "the crowd of N" is
_MEMBERSHIPS = {"membership": "member", "readership": "reader"}
# consist20: a collective's "of N" with no noun after it counts what its owner was said to have: "Its fleet of
# 387" the vehicles, aircraft or vessels it runs ("The haulage firm runs 135 lorries"), "Its workforce of 620" the
# staff it employs ("The factory employs 850 workers"). Only a count told with a verb of having, running or
# employing is one (not "15 lorries were damaged", "300 workers joined the strike": a part).
_HOLDINGS = {"fleet": "#fleet", "workforce": "#staff", "staff": "#staff"}
_HOLDS = frozenset("has have owns own operates operate runs run keeps maintains".split())  # (not "had": a past)
_FLEET_KINDS = frozenset(("^vehicle", "^aircraft", "^vessel"))
_FLEET_CLASSES = frozenset(("vehicle", "aircraft", "vessel"))
# consist21: the collective nouns of people read as "crowd" is ("The audience of 38,000", "A congregation of 400")
_CROWDS = frozenset(("crowd", "audience", "congregation"))
_OF_NAMES = _CHANGE_NAMES | _CROWDS | {"tally"} | frozenset(_MEMBERSHIPS)
# round 15: a word for a count itself before "of" and a bare number ("Their tally of 103", "Its total of 50", "their
# score of 137", "That tally of 12,365"): the one score or vote count the article stated before (not any count of
# things: in a longer article that is often the article's own count of something else)
_COUNT_OF = frozenset(("tally", "total", "score", "haul"))  # (consist21: "Their haul of 126", a tally gathered)
_COUNT_NAMED = "#named-count"
_OBJECT_OPENERS = frozenset("a an the them it its their his her him us me".split())  # (consist17: "gave him")


def _rate(lower: tuple[str, ...], after: int) -> str:
    """"/hour" when the words at ``after`` make a count a rate ("29 miles per hour", "70 tons a day"), else ""."""
    if after + 1 < len(lower) and lower[after] in ("per", "an", "a", "each", "every") and lower[after + 1] in _RATE_TIMES:
        return "/" + lower[after + 1]
    return ""


def _with_rate(article: Article, head: str, after: int) -> tuple[str, int]:
    """A count's class with its rate ("kilometre/hour" for "29 km per hour", "48 km/h" and "48 kph") and the
    index of the word after it."""
    lower = article.lower_words
    rate = _rate(lower, after)
    if rate:
        return _UNIT_NAMES.get(head, head) + rate, after + 2
    if head in _SPEED_SYMBOLS:
        return _SPEED_SYMBOLS[head], after
    if after < len(lower) and lower[after] == "h" and head in _UNIT_NAMES \
            and article.norm[article.word_ends[after - 1]:article.word_starts[after]] == "/":
        return _UNIT_NAMES[head] + "/hour", after + 1
    return _UNIT_NAMES.get(head, head), after


# "That rate of 17 percent", "Its efficacy of 28 percent", "That top speed of 37 km/h": a percentage or a
# measure named by a demonstrative or possessive noun phrase, the one told before (not "Its peak of 11
# percent", "this year's target of 5 percent": another value of the same measure).
_NAMING = frozenset("that this its".split())
# round 12: any possessive or demonstrative names a quantity told before the same way ("Their time of 19
# minutes", "Her tally of 43", "Those losses of 125 metres"), but not a difference between two values ("Their
# lead of 12 points" after "scored 79 points").
_NAMING_WIDER = frozenset("her his their these those".split())
_DIFFERENCES = frozenset(
    "lead margin gap difference advantage deficit surplus increase rise fall drop gain growth jump reduction "
    "decline change swing cut cuts".split())
_OTHER_VALUES = _FORECAST | _HEDGED | _OCCASION | _PERIODS | frozenset(
    "peak low lows high highs record average goal limit maximum minimum threshold cap ceiling floor "
    "share part rest remainder half".split())


# round 15: what names another value of a measure after "the <noun> of N" ("That weight of 44 tonnes is the legal
# limit"): not a modal alone, which says what the value does ("the penalty of $15.8 million would not change its
# ways": the penalty stated before), nor a record or extreme, which says how the value compares ("Its total of 50
# is a club record": the total stated before)
_OTHER_NAMED_VALUES = _OTHER_VALUES - _FUTURE - frozenset("record peak high highs low lows".split())


def _before_than(words: tuple[str, ...]) -> tuple[str, ...]:
    """(consist20) The words before "than": what follows it is the measure compared with ("The rate of 38 percent
    was lower than economists had expected": the rate stated, the forecast another value)."""
    return words[:words.index("than")] if "than" in words else words


# The past of a change whose "to N percent" is the new level ("rose to 65 percent").
_LEVEL_CHANGES = frozenset("rose risen fell fallen climbed dropped jumped grew declined soared surged plunged".split())
# A percentage's level stated with "at" ("Unemployment stands at 16 percent"; not "rose at 3 percent a year").
_UP_CHANGES = frozenset("went shot moved ticked edged crept ended was were is are been".split())
_LEVEL_VERBS = frozenset("stands stood stand remains remained remain sits sat is was".split())


# Nouns that name a sum before "of" after "a" or "an" ("a transfer fee of €950,000", "a fine of $2 million"):
# the sum itself (not "most of $5 million", "the first of $5 million").
_SUM_NAMES = frozenset(
    "fee fine sum payment bill budget salary grant loan award settlement penalty donation bonus price cost "
    "deficit surplus profit loss revenue bid offer".split())


# Weights: every object has one, so a weight named with its object ("the 410 kg boulder") is the one told
# before only when that object (or a word ending in it: "catfish" for "fish") was named in its sentence.
_WEIGHTS = frozenset(("kilogram", "tonne", "ton", "degree"))  # (and degrees: "the 360-degree camera" is an angle)


# Nouns that name a weighed or timed thing by what it is as a whole, whatever it is: "32 kilograms of cocaine"
# ... "the 128 kg haul", "The statue weighs 93 kilograms" ... "the 17 kg figure"; "The barrier took 22 weeks
# to install" ... "the 11-week project", "The cable car takes 44 minutes" ... "the 120-minute ride".
_WHOLE_NOUNS = frozenset(
    "haul load shipment consignment seizure stash catch item object piece entry exhibit specimen find figure "
    "project job operation task work works process journey trip ride crossing drive flight commute voyage "
    "heat temperature reading cargo".split())


_SUM_JOINS = ("of", "for", "on")
_TRAVEL_NOUNS = frozenset("journey trip ride crossing drive flight commute voyage".split())
_TAKES = frozenset("take takes took taking".split())


def _described_before(lower: tuple[str, ...], bounds: tuple[int, int], noun: str) -> bool:
    """Whether ``noun`` (or its singular) ends a word of the sentence at word ``bounds``, or is a noun for a
    whole thing of any kind (``_WHOLE_NOUNS``)."""
    singular = _noun(noun)
    return singular in _WHOLE_NOUNS or any(word.endswith(singular) for word in lower[bounds[0]:bounds[1]])


def _weighed_before(lower: tuple[str, ...], bounds: tuple[int, int], noun: str, end: int) -> bool:
    """Whether ``noun`` names the thing of the sentence at word ``bounds`` (``_described_before``), or is the
    general word for it (round 15: "The crocodile weighed 82 kilograms" ... "the 121-kilo reptile", "a bear" ...
    "the 107-kilo animal"): a member of the noun's kind is named in that sentence, and it is the only member of
    that kind the article named before word ``end`` (not "the bull" ... "the calf" ... "the 400 kg animal")."""
    if _described_before(lower, bounds, noun):
        return True
    singular = _noun(noun)
    if singular in _GENERIC_ANIMALS:
        kind_members = [word for word in map(_noun, lower[:end]) if word in _ANIMALS]
    elif singular in _GENERAL_WORDS:
        kind = _GENERAL_WORDS[singular]
        kind_members = [word for word in map(_noun, lower[:end]) if kind in _GENERAL_MEMBERS.get(word, ())
                        and word != singular]
    else:
        return False
    return len(set(kind_members)) == 1 and kind_members[0] in map(_noun, lower[bounds[0]:bounds[1]])


def _named_by_phrase(lower: tuple[str, ...], words: tuple[str, ...], index: int) -> bool:
    """Whether the number at word ``index`` follows "that/this/its <one or two nouns> of"."""
    if index < 3 or lower[index - 1] != "of":
        return False
    for opener in (index - 3, index - 4):
        if opener >= 0 and (lower[opener] in _NAMING or lower[opener] in _NAMING_WIDER):
            nouns = lower[opener + 1:index - 1]
            return all(noun.isalpha() and noun not in _OTHER_VALUES and noun not in _PHRASE_STOP
                       and (lower[opener] in _NAMING or noun not in _DIFFERENCES)
                       for noun in nouns) and all(word[:1].islower() for word in words[opener + 1:index - 1])
    return False


# round 14: "the figure of 37 percent", "the sum of £175,000", "the penalty of $15.8 million", "the distance of 141
# miles": a percentage, sum or measure named by "the <noun> of" is the one told before, as with that/this/its
# (``_named_by_phrase``); not another value of it ("the limit of 30 km/h", "the share of 37 percent", "the rest
# of"), a part ("the stretch of 3 miles"), a change ("the rise of 4 percent"), or a rate ("$7.80 a trip").
_PER_TIME = frozenset(("a", "an", "per", "each", "every"))


# round consist17: and "his/her/its/their/that/this <noun> of <sum>" ("Workers said his pay of £570,000 was an
# insult" after "received a salary of £730,000"): the owner's or the one named sum, by the noun's kind
_SUM_OWNERS = frozenset("his her its their that this".split())


def _the_named(article: Article, index: int) -> str:
    """The noun in "the <noun> of <the percentage, sum or measure at word ``index``>", or ""."""
    lower = article.lower_words
    if index < 3 or lower[index - 1] != "of" or lower[index - 3] != "the" and lower[index - 3] not in _SUM_OWNERS:
        return ""
    noun = lower[index - 2]
    text, starts, ends = article.norm, article.word_starts, article.word_ends
    if len(noun) < 3 or not noun.isalpha() or not article.words[index - 2][:1].islower() or noun in _OTHER_VALUES \
            or noun in _PHRASE_STOP or noun in _DIFFERENCES or noun in _MEASURE_PARTS or noun in _OF_NAMES \
            or noun in _MARGINS or noun in _HEDGED or noun in _CHANGE_NAMES \
            or text[ends[index - 3]:starts[index - 1]] != f" {article.words[index - 2]} " \
            or text[ends[index - 1]:starts[index]].rstrip("$\u20ac\u00a3") != " ":
        return ""
    read = _value_at(article, index)
    if read is None:
        return ""
    following = read[2]
    if lower[index - 3] != "the" and read[1] not in _CURRENCIES:
        return ""  # (consist17: a possessive or demonstrative only before a sum: "his pay of £570,000")
    if not read[1]:
        if following < len(lower) and noun in _WAITS and lower[following] in _DURATION_UNITS:
            return noun  # round 16: "the delay of 111 minutes": a wait (see _waited_for)
        if following >= len(lower) or lower[following] not in _UNIT_NAMES:
            return ""  # (a count: "the deaths of 12 people" may name a part)
        following += 1
    if not _PER_TIME.isdisjoint(lower[following:following + 1]) or read[1] == "%" and (
            not _PERCENT_OWNER.isdisjoint(lower[following:following + 1])):
        return ""
    return noun


# Words that place what a measure is of ("the wind inland", "the river downstream").
# consist18: a rate named by its adjective ("produces 534 barrels a week" ... "Its weekly output of 737", "the daily
# catch of 40 tonnes"): the one count stated before with that rate, of any noun (not a sum or a percentage: "an
# annual rate of 3 percent", "his weekly wage of £400" are read by their own kinds).
_RATE_ADJECTIVES = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month", "yearly": "year",
                    "annual": "year"}
_RATE_NAMED = "#rate/"


def _rate_named(article: Article, index: int) -> str:
    """"#rate/week" for the number at word ``index`` in "the/its/their/that/this <rate adjective> <noun> of N"
    ("Its weekly output of 737"), else ""."""
    lower = article.lower_words
    if index < 4 or lower[index - 1] != "of" or lower[index - 3] not in _RATE_ADJECTIVES \
            or lower[index - 4] not in _NAMING and lower[index - 4] not in _REFERENCES:
        return ""
    noun = lower[index - 2]
    text, starts, ends = article.norm, article.word_starts, article.word_ends
    if not noun.isalpha() or not article.words[index - 2][:1].islower() or noun in _OTHER_VALUES \
            or noun in _PHRASE_STOP or noun in _DIFFERENCES or noun in _MARGINS or noun in _HEDGED \
            or noun in _PERCENT_RATES or noun in _SUM_NAMES \
            or text[ends[index - 4]:starts[index]] != f" {article.words[index - 3]} {article.words[index - 2]} of " \
            or index > 0 and text[starts[index] - 1] in _CURRENCIES:
        return ""
    read = _value_at(article, index)
    if read is None or read[1]:
        return ""
    return _RATE_NAMED + _RATE_ADJECTIVES[lower[index - 3]]


_PLACE_ADVERBS = frozenset(
    "inland offshore elsewhere upstream downstream upriver downriver uphill downhill abroad overseas underground "
    "uptown downtown".split())


def _elsewhere(article: Article, first_bounds: tuple[int, int], bounds: tuple[int, int], subject: int) -> bool:
    """Whether the subject at word ``subject`` (-1: none) of an opening "At 80 km/h," is placed by a place
    adverb or phrase the earlier sentence (at ``first_bounds``) does not have ("Gusts reached 120 km/h on the
    coast" ... "At 80 km/h, the wind inland", "the wind in the north", "the gusts on Skye"): another place's
    measure."""
    lower = article.lower_words
    if subject < 0 or subject + 2 >= bounds[1] or lower[subject] != "the" or not lower[subject + 1].isalpha():
        return False
    place = subject + 2
    if lower[place] in _PLACE_ADVERBS:
        return lower[place] not in lower[first_bounds[0]:first_bounds[1]]
    return place + 1 < bounds[1] and lower[place] in _PLACE_PREPOSITIONS and (
        lower[place + 1] == "the" or article.words[place + 1][:1].isupper())


def _of_another(article: Article, after: int, earlier_near: frozenset[str], joins: tuple[str, ...] = ("of",)) -> bool:
    """Whether a reference's phrase ending before word ``after`` goes on with "of" (for a sum also "for" or
    "on": "the €220,000 bill for cleaning") and a thing the earlier statement's sentence (its stems:
    ``earlier_near``) did not name ("the 30 hectares of meadow")."""
    lower = article.lower_words
    if after + 1 >= len(lower) or lower[after] not in joins or article.norm[article.word_ends[after - 1]:article.word_starts[after]] != " ":
        return False
    position = after + 1
    if lower[position] in ("the", "a", "an"):
        position += 1
    named = [lower[word] for word in range(position, min(len(lower), position + 3))
             if lower[word].isalpha() and lower[word] not in _PHRASE_STOP and article.words[word][:1].islower()]
    return bool(named) and not any(_event(_noun(word)) in earlier_near for word in named)


def _percent_after(article: Article, index: int) -> bool:
    """Whether the number at word ``index`` is a percentage ("23%", "23 percent", "23 per cent")."""
    lower = article.lower_words
    end = article.word_ends[index]
    if article.norm[end:end + 1] == "." and index + 1 < len(lower) and article.word_starts[index + 1] == end + 1 \
            and lower[index + 1].isdigit():
        index += 1  # (consist21) "4.2 percent": the words after the decimal's fraction
        end = article.word_ends[index]
    return article.norm[end:end + 1] == "%" or index + 1 < len(lower) and lower[index + 1] in ("percent", "per")


_CURRENCY_WORDS = {"dollars": "$", "dollar": "$", "euros": "\u20ac", "euro": "\u20ac"}
_CURRENCY_NAMES = frozenset(_CURRENCY_WORDS)


# consist20: the multipliers news copy joins to a sum after its sign ("£8m", "$1.5bn", "€40k"), read only after a
# currency sign ("the 8m wall" is in metres)
_JOINED_MULTIPLIERS = (("bn", 1_000_000_000), ("m", 1_000_000), ("k", 1_000))


def _joined_multiplier(text: str, end: int) -> tuple[int, int] | None:
    """(multiplier, its length) for a multiplier joined to the digits ending at ``end``, or None."""
    for suffix, multiplier in _JOINED_MULTIPLIERS:
        if text.startswith(suffix, end) and not text[end + len(suffix):end + len(suffix) + 1].isalnum():
            return multiplier, len(suffix)
    return None


def _value_at(article: Article, index: int) -> tuple[float, str, int] | None:
    """(value, currency, index of the first word after the number) of a count at word ``index``, or None."""
    lower = article.lower_words
    starts = article.word_starts
    text = article.norm
    word = lower[index]
    start = starts[index]
    currency = text[start - 1] if start > 0 and text[start - 1] in _CURRENCIES else ""
    if word in _COUNT_WORDS:
        if _multiplied(article, index):
            return None  # (consist21) the "dozen" of "two dozen": read with the word before it
        value = float(_COUNT_WORDS[word])
        end = article.word_ends[index]
        if (factor := _count_multiplier(article, index)) > 1:
            value *= factor  # (consist21) "two dozen", "four hundred"
            end = article.word_ends[index + 1]
    elif word.rpartition("-")[0] in _COUNT_WORDS:
        value = float(_COUNT_WORDS[word.rpartition("-")[0]])  # "the twenty-eight-metre crater"
        end = article.word_ends[index]
    else:
        match = _NUMBER_RE.match(text, start)
        if match is None or match.group()[0] == "$":
            return None
        token = match.group()
        if "-" in token:
            token, _, unit = token.partition("-")
            if unit not in _MEASURE_SUFFIXES and unit not in _DURATION_UNITS and (len(unit) < 3 or text[match.end():match.end() + 1] in ("-", "\u2010")):
                return None  # "the 12-year-old", "a 3-2 win": no count in one word
        value = float(token.replace(",", ""))
        if not value < 1e15:
            return None  # hundreds of digit groups: no count (and no finite float)
        if "," not in token and "." not in token and 1000 <= value <= 2100 and not currency:
            return None  # a year
        end = match.end()
        if currency and (multiplier := _joined_multiplier(text, end)):
            value *= multiplier[0]  # (consist20) "£8m", "$1.5bn": millions and billions after a sign
            end += multiplier[1]
    following = bisect_left(starts, end, index + 1, min(len(lower), index + 8))
    if following < len(lower) and lower[following] in _MONEY_UNITS:
        value *= _MONEY_UNITS[lower[following]]
        following += 1
    elif not currency:
        # A percentage is kept apart from counts as a sum is, under its own sign ("23%", "23 percent", "23 per cent").
        if text[end:end + 1] == "%":
            currency = "%"
        elif following < len(lower) and lower[following] == "percent":
            currency, following = "%", following + 1
        elif following + 1 < len(lower) and lower[following] == "per" and lower[following + 1] == "cent":
            currency, following = "%", following + 2
    if not currency and following < len(lower) and lower[following] in _CURRENCY_WORDS \
            and text[article.word_ends[following - 1]:starts[following]] == " ":
        # round 13: "3 million dollars" is "$3 million" (not "pounds": a weight too)
        currency, following = _CURRENCY_WORDS[lower[following]], following + 1
    return value, currency, following


def _head_class(article: Article, following: int, end: int) -> tuple[str, int]:
    """The class of what a count counts: the first of up to three words after it (in running text, lower
    case) that the class lexicon knows, else the last word of that phrase that is no participle; and the
    index of the word after the phrase. ("" when the phrase is empty.)"""
    lower = article.lower_words
    words = article.words
    text = article.norm
    head = unit = ""
    position = following
    limit = min(len(lower), following + 3)
    while position < limit:
        gap = text[article.word_ends[position - 1]:article.word_starts[position]]
        if position == following and gap in _DEGREE_SIGNS and lower[position] in _DEGREE_SCALES:
            unit = "degrees"  # (consist20) "the 41\u00b0C pool" as "the 41 degrees pool"
            position += 1
            break
        if gap != " " and not (gap == "% " and position == following):  # "the 35% increase"
            break
        word = lower[position]
        compound = "-" in word and word[0] != "-" and word[-1] != "-" and word.replace("-", "").isalpha()
        # (round 15: a hyphened plural is a noun itself: "35,900 e-books", "34,600 start-ups")
        plural = compound and word[-1] == "s" and word[-2:] != "ss"
        if position == following and compound and not plural and words[position][:1].islower() \
                and position + 1 < limit:
            position += 1
            continue  # "23,963 first-preference votes", "40 full-time staff": a compound modifier
        if position == following and position + 1 < limit and word.isalpha() and words[position][:1].isupper() \
                and words[position][1:].islower() and word not in _MONTHS_DAYS and word not in _HEAD_STOP \
                and lower[position + 1].isalpha() and words[position + 1][:1].islower() \
                and text[article.word_ends[position]:article.word_starts[position + 1]] == " ":
            position += 1
            continue  # (consist18) "661 Roman coins", "300 British troops": a proper adjective, the noun after it
        if not (word.isalpha() or plural) or not words[position][:1].islower() or word in _HEAD_STOP:
            break
        if position > following and (word.endswith("ed") or word in _IRREGULAR_PAST or word == "laid"):
            break  # "the 57 guns laid out": a verb ends the phrase
        noun = _noun(word)
        if noun == word and position + 1 < len(lower) and lower[position + 1][-1:] == "s" \
                and lower[position + 1][-2:] not in ("ss", "us", "is") and lower[position + 1].isalpha() \
                and words[position + 1][:1].islower() and lower[position + 1] not in _HEAD_STOP \
                and lower[position + 1] not in _EVENT_NOUNS and lower[position + 1] not in _CHANGE_NAMES \
                and text[article.word_ends[position]:article.word_starts[position + 1]] == " " \
                and _noun(lower[position + 1]) != lower[position + 1]:
            position += 1  # round 16: "84 fire engines", "12 police officers": a noun's modifier, the plural its head
            continue
        if noun in _CLASSES:
            # (consist18: a unit first is the head, whatever class the noun after it has: "the 3,560 ha blaze")
            return unit if unit else _CLASSES[noun], position + 1
        if position == following and word in _UNIT_NAMES and position + 1 < limit:
            unit = word  # "the 21 kg rock": a weight, whatever the noun after it (not "the 40 km stretch": a part)
        if not word.endswith(("ed", "ing")):
            head = noun
            if noun != word:
                position += 1
                break  # a plural ends the phrase: "Those 18,300 flights made it ..."
        position += 1
    if unit and head not in _MEASURE_PARTS:
        return unit, position
    return head, position


_IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {}
for _word in (*_NOUN_FORMS, *_SAME_PEOPLE):
    _IRREGULAR_FORMS[_noun(_word)] = (*_IRREGULAR_FORMS.get(_noun(_word), ()), _word)


def _forms(term: str) -> tuple[str, ...]:
    """The written forms of a singular noun ("gun": "gun", "guns"; "person": "people", "residents", ...)."""
    plural = term[:-1] + "ies" if term.endswith("y") and term[-2:-1] not in ("a", "e", "o", "u") else term + "s"
    irregular = _IRREGULAR_FORMS.get(term, ())
    return (term, plural, term + "es", *irregular, *(word + "s" for word in irregular))


#: Every written form of every people noun (built once: a reference read as people wants them all).
_PEOPLE_FORMS = frozenset(form for term in _PEOPLE_NOUNS for form in _forms(term))


# round 14: a general word names the only count of one of its kinds told before, as "the 26 animals" names "59
# dogs": "35 laptops" ... "the 55 machines", "seventy-one helicopters" ... "the fifty-five aircraft", "26 boats"
# ... "the 8 vessels" (lexicons/general_nouns.tsv: the general words of a kind, and its members, nouns or
# classes of counted_classes.tsv). Only the general word refers across the members: two members are never one
# count ("40 jets" ... "the 12 helicopters" stays silent), and counts of two members make the word ambiguous.
def _general_nouns() -> tuple[dict[str, str], dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(general word -> its kind, member -> the kinds it belongs to, kind -> the written forms of its members)."""
    rows = load_lexicon("general_nouns").rows
    general = {term: "^" + key for term, key, role in rows if role == "general"}
    members: dict[str, set[str]] = {}
    forms: dict[str, set[str]] = {}
    for term, key, role in rows:
        if role == "member" or role == "general":  # ("five buildings" is a count of buildings too)
            members.setdefault(term, set()).add("^" + key)
            for noun in _CLASS_TERMS.get(term, (term,)):
                forms.setdefault("^" + key, set()).update(_forms(noun))
    return general, {term: frozenset(kinds) for term, kinds in members.items()}, \
        {key: frozenset(written) for key, written in forms.items()}


_GENERAL_WORDS, _GENERAL_MEMBERS, _GENERAL_FORMS = _general_nouns()


# "the full 155 km", "the entire 40 miles": the whole of a count told before
_WHOLE = frozenset("full entire whole".split())
_OPENERS = _REFERENCES | _WHOLE
_BEFORE_REFERENCE = _REFERENCES | _WHOLE | {"of", "at"}
_WRITTEN = {value: word for word, value in _COUNT_WORDS.items()}


def _given_before(article: Article, index: int, value: float, first_seen: dict[str, int] | None = None) -> bool:
    """Whether the number at word ``index`` was written before it, in digits or in words (its first word
    compared: "830" ... "the 830 homes", "eight" ... "the 8 victims"; a decimal, split over words, whole:
    "3.1" is not given by "2.3"). ``first_seen``: each word's first index (round 13: one pass per article, so
    that many references cost linear time; built on first use when given empty)."""
    lower = article.lower_words
    text = article.norm
    start, end = article.word_starts[index], article.word_ends[index]
    if text[end:end + 1] == "." and text[end + 1:end + 2].isdigit():
        literal = text[start:article.word_ends[index + 1]] if index + 1 < len(lower) else text[start:end]
        position = text.find(literal, 0, start)
        while position >= 0:
            if (position == 0 or not text[position - 1].isdigit()) and not text[position + len(literal):][:1].isdigit():
                return True
            position = text.find(literal, position + 1, start)
        return False
    ends = article.word_ends
    if index + 1 < len(lower) and text[end:end + 1] == "," and article.word_starts[index + 1] == end + 1 \
            and len(lower[index + 1]) == 3 and lower[index + 1].isdigit():
        # (consist21) a number in digit groups ("1,200"), whole: "1,900" is not given by "1,200" (their first
        # words are); read as a decimal is above, then by its value ("1200")
        last = index + 1
        while last + 1 < len(lower) and text[ends[last]:ends[last] + 1] == "," \
                and article.word_starts[last + 1] == ends[last] + 1 and len(lower[last + 1]) == 3 \
                and lower[last + 1].isdigit():
            last += 1
        literal = text[start:ends[last]]
        position = text.find(literal, 0, start)
        while position >= 0:
            following = text[position + len(literal):position + len(literal) + 2]
            if (position == 0 or not text[position - 1].isdigit() and text[position - 1] != ",") \
                    and not following[:1].isdigit() and not (following[:1] in ",." and following[1:].isdigit()):
                return True
            position = text.find(literal, position + 1, start)
        if value != int(value):
            return False
        if first_seen is not None:
            if not first_seen:
                for position, word in enumerate(lower):
                    first_seen.setdefault(word, position)
            return first_seen.get(str(int(value)), index) < index
        return str(int(value)) in lower[:index]
    if first_seen is not None:
        if not first_seen:
            for position, word in enumerate(lower):
                first_seen.setdefault(word, position)
        return first_seen.get(lower[index], index) < index or value == int(value) and (
            first_seen.get(str(int(value)), index) < index
            or first_seen.get(_WRITTEN.get(int(value), ""), index) < index)
    earlier = lower[:index]
    return lower[index] in earlier or (value == int(value) and (
        str(int(value)) in earlier or _WRITTEN.get(int(value), "") in earlier))


def _sum_kind(word: str) -> str:
    """What a word near a sum says it is: a class of the lexicon, or a content word itself ("extension"; the
    verb's noun for a past form: "awarded" -> "award")."""
    noun = _noun(word)
    if noun in _CLASSES:
        return _CLASSES[noun]
    if len(word) < 4 or not word.isalpha() or word in _PHRASE_STOP or word in _ATTRIBUTION or word in _HEAD_STOP \
            or word in _MONEY_UNITS or _event(word) in _TOPIC_STOP:
        return ""
    if word.endswith("ed") and len(word) > 5 and word[:-2] not in _HEAD_STOP:
        return _CLASSES.get(word[:-2], word[:-2])  # "awarded £200,000" ... "the £420,000 award"
    return noun


def _sentence_end(article: Article, index: int) -> int:
    """The offset where the sentence holding word ``index`` ends."""
    spans = article.sentences
    start = article.word_starts[index]
    sentence = bisect_right(spans, (start, len(article.norm) + 1)) - 1
    return spans[sentence][1] if 0 <= sentence and spans[sentence][1] > start else len(article.norm)


_OWNERS = frozenset("his her their its another".split())
_CONTESTED = frozenset("appeal appealing challenge challenging contest contesting dispute disputing".split())
_COPULAS = frozenset("was is were are".split())
_RECEIVED = frozenset("received receives receive got gets get given handed served serves serving faces faced face "
                      "drew draws earned earns won wins".split())


def _another_owner(article: Article, bounds: tuple[int, int], index: int, first_bounds: tuple[int, int]) -> bool:
    """Whether the reference at ``index`` is what another person or thing got or did: its sentence opens with
    "His", "Her", "Their", "Its" or "Another" and a noun the earlier statement's sentence does not name, then
    a verb of receiving ("received", "was given", "faces") before the reference ("His accomplice received the
    30-month term"; not "His lawyer said the 30-month term", "Her lawyer called the 79-month term excessive")."""
    lower = article.lower_words
    opening = bounds[0]
    if lower[opening] not in _OWNERS or not 2 < index - opening <= 5:
        return False
    owner = lower[opening + 1]
    if not owner.replace("-", "").isalpha() or not article.words[opening + 1].islower() or owner in _PHRASE_STOP:
        return False
    between = lower[opening + 2:index - 1]
    if _RECEIVED.isdisjoint(between) or not all(word in _RECEIVED or word in _AUXILIARIES for word in between):
        return False
    return owner not in lower[first_bounds[0]:first_bounds[1]]


_SAID_THAT = frozenset("said says say saying that".split())
_OPENING_QUOTES = frozenset('"\u201c')
_BARE_COPULAS = frozenset(("is", "was"))
# A quantity judged against a norm, a goal or a condition is another value ("Eight minutes is the national target",
# "said 28 percent was enough to force a run-off", "Ninety minutes is normal").
_NOT_JUDGED = (_OTHER_VALUES | _FUTURE | _OCCASION | frozenset(
    "enough normal normally typical typically usual usually standard acceptable possible what if ideal "
    "benchmark norm fair reasonable elsewhere nationally".split())) - {"far"}  # ("far too long" is the same value)


# round 16: a short phrase between a judged sum or duration and its "is"/"was", naming what the earlier statement
# named ("Parents say $5 million on school buses is long overdue" after "will spend $8.1 million on school buses")
# (and "whether": "Fans asked whether $9.4 million to install a roof was money well spent"; round consist17: a verb
# of opinion opens a judgement as "said" does, "Parishioners felt £515,000 at auction was too little", "Fans think
# 90 minutes was far too long"; as with "said", not a norm or a plan: _NOT_JUDGED)
_OPINION_VERBS = frozenset(
    "felt feel feels think thinks thought believe believes believed reckon reckons reckoned argue argues argued "
    "insist insists insisted".split())
_JUDGED_OPENERS = _SAID_THAT | {"whether"} | _OPINION_VERBS
_JUDGED_PHRASE_OPENERS = frozenset("to on at for in".split())
_JUDGED_PHRASE_WORDS = 5
# consist19: the same qualifier repeated from the statement ("has raised €190,000 so far" ... "say €870,000 so far
# is"; "costs $8.80 after the ferry charge" ... "say $4.10 after the ferry charge is"; "since June", "before tax"),
# by the same rule (its last word written before); not for a duration, where "after the crash" and "since June"
# make a point in time ("said 20 minutes after the crash was when police arrived")
_JUDGED_QUALIFIERS = frozenset("so since after before".split())
# consist19: a month closes such a phrase though it is capitalised ("reached 48 degrees in April" ... "say 28
# degrees in April is unheard of")
_FULL_MONTHS = frozenset(
    "january february march april june july august september october november december".split())


def _judged_phrase(article: Article, following: int, first_seen: dict[str, int], index: int,
                   duration: bool = False) -> int:
    """The index of the "is"/"was" after a phrase of at most five words in running text opening at word
    ``following`` with "to", "on", "at", "for" or "in" (or, but for a ``duration``, "so", "since", "after",
    "before"), when its last word ("buses", "developer", "trams", "far", "June") was written before word
    ``index`` (its singular too: "tram lines" ... "trams"); else ``following``."""
    lower = article.lower_words
    if following >= len(lower) or lower[following] not in _JUDGED_PHRASE_OPENERS and (
            duration or lower[following] not in _JUDGED_QUALIFIERS):
        return following
    if not first_seen:
        for position, word in enumerate(lower):
            first_seen.setdefault(word, position)
    for position in range(following + 1, min(len(lower), following + 1 + _JUDGED_PHRASE_WORDS)):
        word = lower[position]
        if article.norm[article.word_ends[position - 1]:article.word_starts[position]] != " " \
                or not word.isalpha() or not article.words[position][:1].islower() and word not in _FULL_MONTHS:
            return following
        if word in _BARE_COPULAS:
            head = lower[position - 1]  # the phrase's last word: its noun ("for a new pitch": "pitch")
            named = position - 1 > following and head not in _PHRASE_STOP and (
                first_seen.get(head, index) < index or first_seen.get(_noun(head), index) < index)
            if named and lower[following] in _JUDGED_QUALIFIERS:
                # (consist19: a qualifier only as it was written before, whole: "after tax" is not "before tax")
                phrase = lower[following:position]
                named = any(lower[start:start + len(phrase)] == phrase
                            for start in range(first_seen.get(lower[following], index), index - len(phrase) + 1)
                            if lower[start] == phrase[0])
            return position if named else following
    return following


def _bare_subject(article: Article, index: int, first_seen: dict[str, int] | None = None) -> str:
    """Whether the quantity at word ``index`` is the whole subject of "is"/"was" opening what somebody said:
    ""168 minutes is far too long," his daughter said", "said twenty-eight percent was a clear mandate"
    (a quantity judged refers to the one stated; not "said 40 people were hurt": a count, not a judgement).
    "%" for a percentage, "duration" for a duration, "" for neither."""
    lower = article.lower_words
    start = article.word_starts[index]
    if index == 0 or lower[index - 1] not in _JUDGED_OPENERS and article.norm[start - 1:start] not in _OPENING_QUOTES:
        return ""
    read = _value_at(article, index)
    if read is None:
        return ""
    following = read[2]
    measure = counted = duration = False
    if following < len(lower) and not read[1] and lower[following] in _DURATION_UNITS:
        following, duration = following + 1, True
    elif following < len(lower) and not read[1] and lower[following] in _UNIT_NAMES and first_seen is not None:
        following, measure = following + 1, True  # round 16: "said 122 kilograms was a personal best"
    elif read[1] in _CURRENCIES and _rate(lower, following):
        following += 2  # "said €240,000 a week was obscene": a sum with its rate
    elif following < len(lower) and not read[1] and first_seen is not None and _plural_count(article, following):
        # consist18: a plural count with a singular "is"/"was" is an amount judged as one ("Fans say 55 games is
        # a disgrace", "Judges said 77 points was the best score of her career"; not "said 40 people were hurt")
        following, counted = following + 1, True
    if first_seen is not None and (following > read[2] or read[1] in _CURRENCIES):
        following = _judged_phrase(article, following, first_seen, index, duration)
    if following >= len(lower) or lower[following] not in _BARE_COPULAS:
        return ""
    first, last = _sentence_words(article, index)
    judged = lower[first:last]
    if following + 3 < last and lower[following + 1] in ("a", "an", "only", "just", "barely", "nearly", "almost"):
        # consist19: "a third of", "only a quarter of": a fraction the value is of what it is judged against, not
        # another occasion or period, nor is "what" after it a norm ("say €870,000 so far is only a third of what is
        # needed")
        fraction = following + 1 + (lower[following + 1] not in ("a", "an"))
        if lower[fraction] in ("a", "an") and lower[fraction + 1] in _FRACTIONS and lower[fraction + 2:fraction + 3] \
                == ("of",):
            judged = lower[first:fraction + 1] + lower[fraction + 2:fraction + 3] \
                + lower[fraction + 3 + (lower[fraction + 3:fraction + 4] == ("what",)):last]
    if not _NOT_JUDGED.isdisjoint(judged) or any(
            len(word) == 4 and word.isdigit() and "1000" <= word <= "2100" for word in judged):
        return ""  # "said 40 percent was the minimum", "Eight minutes is the target", "In 2015, 28 percent was": another value
    if counted and any(lower[position] == "per" or lower[position] in _PER_ONE_AFTER and position + 1 < last
                       and lower[position + 1] in _ANY_ONE for position in range(following + 1, last)):
        return ""  # (consist18) "said 30 pupils was too many for one class", "on a weekday": a norm for any one
    return "%" if read[1] == "%" else "sum" if read[1] in _CURRENCIES else "measure" if measure \
        else "count" if counted else "duration" if following > read[2] else ""


_FRACTIONS = frozenset("third quarter fifth sixth tenth".split())
_PER_ONE_AFTER = frozenset("for in on at of from by with".split())
_ANY_ONE = frozenset("a an one each every any".split())


def _plural_count(article: Article, following: int) -> bool:
    """Whether the word at ``following`` (after a number) is a plural noun in running text of the kind a count
    counts ("games", "points"; not a unit, a span of time, "people" or a word of the stop lists)."""
    word = article.lower_words[following]
    return word.isalpha() and article.words[following][:1].islower() and word[-1:] == "s" \
        and word[-2:] not in ("ss", "us", "is") and _noun(word) != word and word not in _HEAD_STOP \
        and word not in _UNIT_NAMES and word not in _DURATION_UNITS and word not in _ABBREVIATED_UNITS \
        and article.norm[article.word_ends[following - 1]:article.word_starts[following]] == " "


def _bare_durations(article: Article, numbers: list[int]) -> frozenset[int]:
    """The durations that are the whole subject of "is"/"was" opening what somebody said (see ``_bare_subject``):
    ""168 minutes is far too long," she said"."""
    lower = article.lower_words
    starts = article.word_starts
    text = article.norm
    # (the numbers after "said"/"that" or an opening quote picked out in C; most articles have few)
    candidates = {*compress(numbers, map(_JUDGED_OPENERS.__contains__, map(lower.__getitem__, map((-1).__add__, numbers)))),
                  *compress(numbers, map(_OPENING_QUOTES.__contains__, map(text.__getitem__, map(
                      (-1).__add__, map(starts.__getitem__, numbers)))))}
    # round 12: and the sums ("said £190,000 was far too much", "saying €240,000 a week was obscene")
    # (round 16: with a phrase naming what was named before, "say $5 million on school buses is": see _judged_phrase;
    # each word's first index read once per article)
    first_seen: dict[str, int] = {}
    return frozenset(index for index in candidates if index > 0 and index + 2 < len(lower) and (
        lower[index + 1] in _DURATION_UNITS and _bare_subject(article, index, first_seen) == "duration"
        or lower[index + 1] in _UNIT_NAMES and _bare_subject(article, index, first_seen) == "measure"
        or text[starts[index] - 1] in _CURRENCIES and _bare_subject(article, index, first_seen) == "sum"
        or lower[index + 1][-1:] == "s" and _bare_subject(article, index, first_seen) == "count"))


# A clause of a pronoun and its verb alone, closing a sum's or a measure's phrase ("the £255,000 it fetched.").
_CLAUSE_SUBJECTS = frozenset("that which it he she they".split())
_CLAUSE_ENDS = frozenset(".,;")
# Verbs whose "points" are a score, and nouns that name a score's total ("the 102-point total").
_SCORING = frozenset("scored score scores scoring amassed totalled totaled".split())
# round consist17: verbs that gather a score or a tally of any kind ("has scored 57 tries", "collected 96 points",
# "won 6,896 votes"): what "His tally of 39", "Their total of 138" (no noun) count
_TALLIED = _SCORING | frozenset("collected earned won bagged".split())
_SCORED_UP = frozenset("racked chalked notched piled clocked ran".split())  # (round 16: "racked up 86 points")
_SCORE_TOTALS = frozenset("total haul tally score".split())
# (consist18) A bill is what something cost: "The repairs will cost $7.7 million" ... "the bill, $11 million,".
_BILLED = {"bill": "cost", "bills": "cost",
           # consist19: and what was laid out for it ("cost $5.9 million to build" ... "That outlay of $8.4 million")
           "outlay": "cost", "expenditure": "cost"}
_PART_OF_SUM = _PLACE_PREPOSITIONS | frozenset("to for from by".split())
_EMPLOYS = frozenset("employ employs employed employing".split())
_FINISHED = frozenset("finished finishes finish finishing ended ends end ending".split())
_THROUGH = frozenset("through throughout over during".split())
# What a verb before a count of people makes of it ("arrested 57 people": arrests).
_PEOPLE_EVENTS = frozenset("arrest injury evacuation".split())
# Prepositions opening a sentence before a definite count ("Over those 11 years he ...").
_FRONTED = frozenset("in over during throughout for across after".split())
# Nouns after a sum that name the sum itself ("the €820,000 total").
_SUM_ITSELF = frozenset("total sum amount figure".split())
_SUM_SELF = _SUM_ITSELF | frozenset(("money", "cash", "funds"))  # (round 14: "the money, €600,000,": the sum itself)


def _named_alike(word: str, sentence: tuple[str, ...]) -> bool:
    """Whether a noun of ``sentence`` is of the class of ``word`` in the class lexicon ("dispute" ... "strike")."""
    kind = _CLASSES.get(_noun(word), "")
    return bool(kind) and any(_CLASSES.get(_noun(other), "") == kind for other in sentence)


def _clause_verb(article: Article, after: int) -> bool:
    """Whether the words at ``after`` are a pronoun (or "that"/"which") and a verb, the last words of the
    sentence or clause ("that fell.", "it fetched,")."""
    lower = article.lower_words
    if after + 1 >= len(lower) or lower[after] not in _CLAUSE_SUBJECTS:
        return False
    verb = lower[after + 1]
    end = article.word_ends[after + 1]
    return verb.isalpha() and verb not in _AUXILIARIES and verb not in _PHRASE_STOP \
        and article.norm[end:end + 1] in _CLAUSE_ENDS


_CLAUSE_GAPS = frozenset((", ", "; "))


def _opening_at(article: Article, index: int) -> bool:
    """Whether "at" before the number at word ``index`` opens a sentence or a clause ("At 9,340 litres, the
    spill ...", "Crews said that, at 9,340 litres, the spill ...", "; at 31 kilos, it is ...")."""
    if index < 1 or article.lower_words[index - 1] != "at":
        return False
    if article.words[index - 1] == "At":
        return True
    return index > 1 and article.norm[article.word_ends[index - 2]:article.word_starts[index - 1]] in _CLAUSE_GAPS


# round 12: a noun phrase restated with its number in apposition ("The gift, €750,000 in all, will ...",
# "The jars, 546 of them, are ...", "The money, £50,000 in total, will ..."): the whole of what the noun names.
_APPOSITION_ENDS = (("in", "all"), ("in", "total"), ("all", "told"), ("of", "them"), ("altogether",),
                    ("in", "number"), ("of", "it"))  # (consist18: "The newcomers, fifteen in number,", "The
# clean-up, 8,080 tonnes of it,")
_APPOSITION_GAPS = frozenset((", ", ", $", ", \u20ac", ", \u00a3"))
_APPOSITION_WORDS = frozenset(word for ending in _APPOSITION_ENDS for word in ending)


def _apposition_parts(article: Article, index: int) -> tuple[int, int, str]:
    """(the index of the word after the apposition or 0, the index of the noun before the comma, what the
    number's own words count: a unit, a noun's class, "person" for "strong", or "") for the number at ``index``.

    The first is non-zero when the number stands in apposition to a definite noun ("The gift, €750,000 in all,").
    Round 13: the number may have its own noun or unit ("The hoard, 437 coins in all,", "The drugs, all 108 kg of
    them,") or "all" before it, and "strong" ends it too ("the crowd, 2,500 strong,")."""
    lower = article.lower_words
    text = article.norm
    noun = index - 1 - (index > 2 and lower[index - 1] == "all"
                        and text[article.word_ends[index - 1]:article.word_starts[index]] == " ")
    # consist18: "The hoard, a total of 276 coins, was buried": the whole, as "276 coins in all"
    totalled = index > 4 and lower[index - 1] == "of" and lower[index - 2] == "total" and lower[index - 3] == "a" \
        and text[article.word_ends[index - 4]:article.word_starts[index - 3]] == ", " \
        and text[article.word_ends[index - 3]:article.word_starts[index]].rstrip("$\u20ac\u00a3") == " total of "
    if totalled:
        noun = index - 4
    # round 14: "that"/"this" points back too ("Critics called that sum, $15.5 million, far too little"; not "This
    # week, $5 million was": a time)
    pointed = noun > 0 and lower[noun - 1] in _DEMONSTRATIVES and lower[noun] not in _APPOSED_TIMES
    # round 15: a dimension of a thing named by its owner points back too ("its length, 145 miles,", "the boat's
    # speed, 230 km/h,")
    dimension = _dimension_of(lower[noun]) if noun > 0 else "-"
    owned = dimension != "-" and noun > 1 and lower[noun - 1][-2:] == "'s" \
        and lower[noun - 2] in ("the", "its", "their")
    if noun < 1 or lower[noun - 1] not in _REFERENCES and not pointed and not owned or not lower[noun].isalpha() \
            or text[article.word_ends[noun]:article.word_starts[noun + 1]] not in _APPOSITION_GAPS \
            or not article.words[noun][:1].islower():
        return 0, 0, ""
    read = _value_at(article, index)
    if read is None:
        return 0, 0, ""
    following = read[2]
    own = ""
    if following < len(lower) and text[article.word_ends[following - 1]:article.word_starts[following]] == " ":
        word = lower[following]
        if word == "strong" and not read[1]:
            own = "person"  # "the crowd, 2,500 strong,": a count of people
            following += 1
        elif word in _UNIT_NAMES and not read[1]:
            own, following = _UNIT_NAMES[word], following + 1
            if dimension == "speed" and following < len(lower) and lower[following] in ("h", "hr", "hour") \
                    and text[article.word_ends[following - 1]:article.word_starts[following]] == "/":
                own, following = own + "/hour", following + 1  # (round 15: "230 km/h")
        elif word in _SPEED_SYMBOLS and not read[1]:
            own, following = _SPEED_SYMBOLS[word], following + 1  # (round 15: "230 mph")
        elif word.isalpha() and word not in _HEAD_STOP and word not in _APPOSITION_WORDS \
                and article.words[following][:1].islower() and not read[1]:
            own = _CLASSES.get(_noun(word), _noun(word))  # "437 coins in all"
            following += 1
    if own == "person":
        after = following
        if after < len(lower) and text[article.word_ends[after - 1]:article.word_starts[after]] == ", ":
            return after, noun, own
        return 0, 0, ""
    if totalled:
        if following < len(lower) and text[article.word_ends[following - 1]:article.word_starts[following]] == ", " \
                and _finite_verb(lower[following]):
            return following, noun, own or (_BARE_APPOSITION if read[1] in _CURRENCIES else "")
        return 0, 0, ""
    for ending in _APPOSITION_ENDS:
        after = following + len(ending)
        if tuple(lower[following:after]) == ending and after < len(lower) \
                and text[article.word_ends[after - 1]:article.word_starts[after]] == ", ":
            return after, noun, own
        # (consist18) ... or closing the sentence: "Drains could not cope with the downpour, 185 mm in all."
        if tuple(lower[following:after]) == ending and after <= len(lower) and noun > 0 \
                and text[article.word_ends[after - 1]:article.word_ends[after - 1] + 1] == "." \
                and lower[noun - 1] in _REFERENCES:
            return after, noun, own
    # consist18: a sum, measure or duration with a short phrase of its own before the comma, then the noun's verb
    # ("the flight, 53 km over open moorland, took", "The loan, €380,000 over twenty years, will be", "their
    # ordeal, 3 days in the dark, had left"): the phrase says where or over what (not a rate: "in a day", "for each")
    spanned = following + 1 < len(lower) and not read[1] and not own and lower[following] in _DURATION_UNITS \
        and text[article.word_ends[following - 1]:article.word_starts[following]] == " "
    phrase = following + spanned
    if (read[1] in _CURRENCIES or own in _UNIT_WORDS or spanned) and noun == index - 1 \
            and phrase < len(lower) and lower[phrase] in _APPOSED_PHRASE_OPENERS \
            and text[article.word_ends[phrase - 1]:article.word_starts[phrase]] == " ":
        for position in range(phrase + 1, min(len(lower), phrase + 6)):
            gap = text[article.word_ends[position - 1]:article.word_starts[position]]
            if gap == ", " and position > phrase + 1:
                if _finite_verb(lower[position]):
                    return position, noun, _DURATION_UNITS[lower[following]] if spanned else own or _BARE_APPOSITION
                break
            if gap != " " or not lower[position].isalpha() or not article.words[position][:1].islower() \
                    or lower[position] in _PER_TIME and (lower[position] not in ("a", "an") or position + 1 < len(lower)
                                                         and lower[position + 1] in _RATE_TIMES) \
                    or lower[position] in _APPOSITION_WORDS \
                    or lower[position] in _PREPARED:
                break  # (not "20 weeks in the making": the time it took to prepare)
    # "The penalty, $12.4 million, was ...", "the haul, 24 kg, had ...": a sum or a measure alone between commas,
    # then the noun's verb (its kind: the noun's, read by the caller)
    # (consist20: and a percentage after a change's noun, "the increase, sixteen percent, will")
    if (read[1] in _CURRENCIES or own in _UNIT_WORDS or "/" in own
            or read[1] == "%" and (lower[noun] in _CHANGE_NOUN_ACTS or lower[noun] in _RATE_APPOSED)) \
            and noun == index - 1 and following < len(lower) \
            and text[article.word_ends[following - 1]:article.word_starts[following]] == ", " \
            and (_finite_verb(lower[following]) or (pointed or dimension == _measure_dimension(own))
                 and lower[following] not in _LIST_JOINS
                 and not lower[following][:1].isdigit() and lower[following] not in _COUNT_WORDS):
        return following, noun, own or _BARE_APPOSITION
    # round 16: "That total, 52,600, was a record", "The figure, 67,800, was the highest": a count named by a word
    # for a count itself, alone between commas before its verb (the one count stated before, of any noun)
    # (consist21: and a margin's noun, "That majority, 25,022, surprised both campaigns": the one margin stated)
    if not read[1] and not own and noun == index - 1 and (lower[noun] in _COUNT_ITSELF or lower[noun] in _MARGIN_NAMES) \
            and following < len(lower) \
            and text[article.word_ends[following - 1]:article.word_starts[following]] == ", " \
            and _finite_verb(lower[following]):
        return following, noun, _ANY_COUNT
    return 0, 0, ""


_BARE_APPOSITION = "=bare"
_APPOSED_PHRASE_OPENERS = frozenset("over in across from on along through during within".split())
_PREPARED = frozenset("making planning preparation preparing works".split())
# A word for any span someone went through ("their ordeal, 3 days in the dark,"): the one duration told before.
_EPISODES = frozenset("ordeal experience spell stint stay captivity confinement absence".split())
_HYPOTHETICAL = _FUTURE - {"will"}  # ("Its capacity of 1,200 would make it the largest after the extension": a plan)
# consist21: and "can", "must" (what can or must be done with a definite sum or measure is done with the one told:
# "Crews can pump the 3,130 litres within an hour", "Salvage crews must unload the 9,610-tonne cargo"); not "would",
# "could", "might", "should", "may": another value imagined
_KNOWN_UNDER = _HYPOTHETICAL - {"can", "must"}
_CAPACITY_COUNTS = frozenset((word,) for word in "beds berths".split())
_CAPACITY_VERBS = frozenset("makes puts gives leaves means".split())  # ("Its capacity of 267 makes it the largest")
_COUNT_ITSELF = frozenset("total figure tally count number score".split())  # (consist18: "That score, 138,")
_APPOSED_TIMES = _PERIODS | _INTERVALS | _OCCASION | _MONTHS_DAYS | frozenset("time point moment stage".split())


# round 15: common irregular past tenses and modals open a predicate too ("Her altitude, 23,400 feet, broke the
# record", "the loan, $15.5 million, would burden taxpayers")
_PAST_FORMS = frozenset(
    "broke took held made left gave kept set put ran came went brought caught fell rose drew cost hit became began "
    "saw meant showed stood struck drove flew grew".split())


def _measure_dimension(head: str) -> str:
    """The dimension a measure's head unit measures ("mile" -> "length", "kilometre/hour" -> "speed"), or ""."""
    return "speed" if "/" in head else _UNIT_DIMENSIONS.get(head, "")


def _dimension_of(noun: str) -> str:
    """The unit dimension a dimension noun is measured in ("altitude" -> "length", "capacity" -> "volume"), or "-"."""
    dimension = _MEASURE_NOUNS.get(noun, "-")
    return "length" if dimension in _LINEAR else dimension


def _finite_verb(word: str) -> bool:
    """Whether ``word`` is a verb that can open a predicate: an auxiliary, a modal or a past tense."""
    return word in _AUXILIARIES or word in _IRREGULAR_PAST or word in _PAST_FORMS or word in _FUTURE \
        or word.endswith("ed") and len(word) > 4 and word.isalpha()


# round 12: "all N" with no noun after it ("Engineers said all 32,700 had been reconnected", "thanked all 49 for
# their patience", "the names of all 141."): the whole of the one count of things the article gave before
# (any noun; only when the article gave a single such count).
_ANY_COUNT = "#count"
_VERBS_AFTER_ALL = _IRREGULAR_PAST | _AUXILIARIES | _FUTURE | frozenset(
    "went came got made took left gave saw kept ran for".split())


def _each_of(article: Article, index: int) -> bool:
    """(consist18) Whether "each of the", "all of the" or "every one of the" (or "those"/"these") comes before the
    number at word ``index`` ("Each of the 17 was cross-examined"): the whole set, as "all 17" is."""
    lower = article.lower_words
    return index > 2 and lower[index - 1] in _DEFINITE and lower[index - 1] != "all" and lower[index - 2] == "of" \
        and (lower[index - 3] in ("each", "all") or index > 3 and lower[index - 3] == "one" and lower[index - 4] == "every") \
        and article.norm[article.word_ends[index - 3]:article.word_starts[index - 1]] == " of "


def _all_bare(article: Article, index: int, following: int) -> bool:
    """Whether the number at word ``index`` (its words ending before ``following``) is "all N" with no noun:
    a verb, "for" or the sentence's end after it."""
    lower = article.lower_words
    if index < 1 or article.norm[article.word_ends[index - 1]:article.word_starts[index]] != " " \
            or lower[index - 1] != "all" and not _each_of(article, index):
        return False
    if following >= len(lower):
        return True
    gap = article.norm[article.word_ends[following - 1]:article.word_starts[following]]
    if gap != " ":
        return gap[:1] in (".", ";") or gap[:1] == "," and lower[following] not in _LIST_JOINS
    word = lower[following]
    return word in _VERBS_AFTER_ALL or word.endswith("ed") and len(word) > 4


# round 13: a margin is a quantity of its own dimension, the difference between two counts, stated as the size
# of a win or a loss ("lost her seat by 1,817 votes", "The motion was carried by 36 votes") and named later by a
# word for a margin ("Her margin of 21,420", "the eight-point victory"; "a majority of 52 was ..." when it is
# judged as the subject of what was said), whatever the margin counts. Only an article with one margin stated.
_MARGIN = "~margin"
# (not "lead" or "edge": a lead is the state of a contest at some moment, "their lead of 30 points at half-time")
_MARGIN_NAMES = _MARGINS - frozenset(("lead", "edge"))
_MARGIN_COUNTS = frozenset("votes points seats runs goals strokes shots lengths".split())
_MARGIN_STATED = _MARGIN_VERBS | frozenset("carried carries passes rejected approved".split())
# What a margin named without "the/its/her" must be: the subject of a judgement ("said a margin of 74 was a clear
# mandate", "because a gap of 7,916 was too wide"), not an object ("needed a majority of 50") or a condition.
_MARGIN_SUBJECT_BEFORE = _SAID_THAT | frozenset(("because",))
_MARGIN_JUDGED = _COPULAS | frozenset("showed shows meant means".split())
_MARGIN_CONDITIONS = _NOT_JUDGED | frozenset("if unless needed need needs required require requires necessary "
                                             "only".split())


def _judged_subject(article: Article, index: int, determiner: int = -1, past: bool = False) -> bool:
    """Whether "a/an <noun> of <number at word ``index``>" is the subject of a judgement: it opens the sentence
    or follows "said/that/because", and a copula (or "showed", "meant") follows the number and its unit, in a
    sentence with no condition, norm or plan ("said a margin of 74 was a clear mandate"; not "needed a majority
    of 50", "a wait of 20 minutes is the target"). ``determiner``: the index of "a/an" (default: three words
    before the number); ``past``: a past tense is a predicate too ("a rate of 44 percent left room")."""
    lower = article.lower_words
    first, last = _sentence_words(article, index)
    determiner = index - 3 if determiner < 0 else determiner
    if determiner != first and (determiner < 1 or lower[determiner - 1] not in _MARGIN_SUBJECT_BEFORE):
        return False
    read = _value_at(article, index)
    if read is None:
        return False
    following = read[2]
    if following < last and not read[1] and (lower[following] in _MARGIN_COUNTS or lower[following] in _DURATION_UNITS
                                             or lower[following] in _UNIT_NAMES):
        following += 1
    return following < last and (lower[following] in _MARGIN_JUDGED or past and (
        lower[following].endswith("ed") and len(lower[following]) > 4 or lower[following] in _PAST_PREDICATES)) \
        and _MARGIN_CONDITIONS.isdisjoint(lower[first:last])


_PAST_PREDICATES = frozenset(("gave", "left", "made", "kept", "put", "meant", "showed")) | _IRREGULAR_PAST


def _rate_judged(article: Article, index: int) -> bool:
    """Whether the percentage at word ``index`` is "a/an [word] rate of N percent" (or figure, level, share,
    ...) judged as a subject ("Economists said a rate of 44 percent left room for a cut", "said a jobless rate of
    17 percent demanded action"): the percentage itself, the one stated before."""
    lower = article.lower_words
    if index < 3 or lower[index - 1] != "of" or lower[index - 2] not in _PERCENT_RATES \
            or not article.words[index - 2][:1].islower() or not _percent_after(article, index):
        return False
    determiner = index - 3
    if lower[determiner] not in ("a", "an") and index > 3 and lower[determiner].isalpha() \
            and article.words[determiner][:1].islower() and lower[determiner] not in _NOT_JUDGED:
        determiner -= 1  # "a jobless rate of"
    return lower[determiner] in ("a", "an") and _judged_subject(article, index, determiner, past=True)


def _conditional(article: Article, index: int) -> bool:
    """Whether the sentence of word ``index`` speaks of a condition, a norm or a need ("needed", "if", "only")."""
    first, last = _sentence_words(article, index)
    return not _MARGIN_CONDITIONS.isdisjoint(article.lower_words[first:last])


def _margin_named(article: Article, index: int) -> bool:
    """Whether the number at word ``index`` follows "<determiner> margin of" (or majority, gap, victory, ...):
    "the/its/her/that margin of 21,420", or "a margin of 74" as the subject of a judgement."""
    lower = article.lower_words
    if index < 3 or lower[index - 1] != "of" or lower[index - 2] not in _MARGIN_NAMES \
            or not article.words[index - 2][:1].islower():
        return False
    determiner = lower[index - 3]
    if determiner in _REFERENCES or determiner in _NAMING:
        return True
    read = _value_at(article, index)
    return determiner in ("a", "an") and read is not None and not read[1] and _judged_subject(article, index)


# round 13: a count stated as a verb's object is named later by the verb's own noun ("ordered 45 aircraft" ...
# "The order for 72 jets"; "waited 85 minutes" ... "a wait of 25 minutes was"; "has lost 16 percent" ... "The
# loss of 52 percent"): a dimension of its own, the act with what it counts or measures. A regular past and its
# noun share their first four letters ("ordered"/"order", "donated"/"donation"); a few pasts are irregular.
_IRREGULAR_ACTS = {"lost": "loss", "sold": "sale", "paid": "paym", "won": "win", "grew": "grow", "spent": "spen",
                   "bought": "purc", "raised": "rais"}
# Verbs whose object is not what they did (a saying, a guess, a plan, an update) and nouns that name another value.
_NOT_ACTS = _ATTRIBUTION | _HEDGED | _FORECAST | _UPDATED | _OCCASION | _AUXILIARIES | _CHANGE_VERBS | frozenset(
    "recorded registered counted listed numbered totalled totaled included added needed wanted used".split())
_NOT_ACT_NAMES = _OTHER_VALUES | _PHRASE_STOP | _HEDGED | _MARGINS | _SUM_ITSELF | frozenset(
    "total number figure amount count tally list record report estimate".split())
_ACT_JOINS = ("of", "for")


# round 13: a possessive noun is a determiner too ("The plant employs 450 workers" ... "the plant's 620 workers",
# "The race covers 12 miles" ... "the race's 15 miles"): a definite reference, when its owner is the thing the
# earlier statement's sentence named (not "the company's 620 staff": another owner, or a wider one).
def _possessor(article: Article, index: int) -> str:
    """The owner in "<noun>'s <number at word ``index``>" ("plant" for "the plant's 620 workers"), or ""."""
    if index < 2:
        return ""
    word = article.lower_words[index - 1]
    owner = word[:-2]
    if len(owner) < 3 or word[-2:] != "'s" or not owner.isalpha() or owner in _SOMEBODYS or owner in _PRONOUNS \
            or owner in _PERIODS or owner == "day" \
            or article.norm[article.word_ends[index - 1]:article.word_starts[index]].rstrip("$\u20ac\u00a3") != " ":
        return ""  # (consist19: not a period, "This year's $5.3 million profit" after "last year": an occasion)
    # the owner alone after "the" (not "the rival plant's": another one), or a name
    named = article.words[index - 1][:1].isupper()
    return owner if named or article.lower_words[index - 2] in ("the", "this", "that") and (
        article.norm[article.word_ends[index - 2]:article.word_starts[index - 1]] == " ") else ""


def _general_owner(lower: tuple[str, ...], owner: str, bounds: tuple[int, int], end: int) -> bool:
    """(consist20) Whether a possessive ``owner`` is the general word for the one thing of its kind named in the
    sentence at word ``bounds`` ("The ship carried 2,400 passengers" ... "The vessel's 3,100 passengers"): one
    member of the kind there, and no other member of it named before word ``end``."""
    kind = _GENERAL_WORDS.get(owner)
    if kind is None:
        return False
    members = {noun for noun in map(_noun, lower[:end]) if kind in _GENERAL_MEMBERS.get(noun, ()) and noun != owner}
    return len(members) == 1 and not members.isdisjoint(map(_noun, lower[bounds[0]:bounds[1]]))


def _named_before(lower: tuple[str, ...], noun: str, end: int) -> bool:
    """Whether ``noun`` (or its plural) is a word before word ``end``."""
    earlier = lower[:end - 1]
    return noun in earlier or noun + "s" in earlier


def _act(verb: str, modal: str = "") -> str:
    """The stem of the noun of a past-tense verb ("ordered" -> "orde", "lost" -> "loss"), or ""; round 16: also of
    a plain verb of six letters or more after "will" or "to" (``modal``: "will invest $3.2 million" -> "inve",
    for "The investment of $11.8 million")."""
    if verb in _IRREGULAR_ACTS:
        return _IRREGULAR_ACTS[verb]
    if verb in _CHANGE_PASTS:
        return _CHANGE_PASTS[verb]  # (consist20: "reduced 300" ... "the reduction of 200", as before)
    if modal in _PLAIN_ACT_BEFORE and len(verb) > 5 and verb.isalpha() and verb not in _NOT_ACTS \
            and not verb.endswith(("ed", "ing", "s")):
        return verb[:4]
    return verb[:4] if len(verb) > 5 and verb.endswith("ed") and verb.isalpha() and verb not in _NOT_ACTS else ""


_PLAIN_ACT_BEFORE = frozenset(("will", "to"))
# consist20: a change told with "by" ("Prices rose by 9 percent", "cut the budget by $3 million") is an act whose
# noun names it later in either direction's words ("The rise of 14 percent", "the increase, 16 percent,"; "the
# reduction of $5 million"): the verb's direction, and the nouns of each (lexicons/counted_classes.tsv).
_UP_BY = frozenset("up rose raised increased increase grew climbed jumped risen grown soared surged rocketed".split())
_DOWN_BY = frozenset("down fell dropped declined reduced lowered cut cuts slashed fallen plunged slumped tumbled dipped "
                     "shrank shrunk decreased".split())
_CHANGE_ACTS = {**dict.fromkeys(_UP_BY, "chg+"), **dict.fromkeys(_DOWN_BY, "chg-")}
_CHANGE_PASTS = {"reduced": "chg-", "decreased": "chg-"}  # (their nouns' stems before consist20: "redu", "decr")
_CHANGE_NOUN_ACTS = {"increase": "chg+", "rise": "chg+", "decrease": "chg-", "drop": "chg-", "fall": "chg-",
                     "decline": "chg-", "reduction": "chg-", "cut": "chg-",
                     # consist21: the other nouns news copy names a change by ("The jump of 16 percent", "the hike
                     # of 20 percent", "The slump of 14 percent"), each in its verb's direction
                     "jump": "chg+", "surge": "chg+", "leap": "chg+", "hike": "chg+", "climb": "chg+",
                     "slump": "chg-", "plunge": "chg-", "dip": "chg-", "slide": "chg-"}
# consist21: nouns of an act whose first letters are not the stem of their verb's ("paid" ... "The payout of £595,000")
_IRREGULAR_NOUN_ACTS = {"payout": "paym"}


def _change_act(article: Article, index: int) -> str:
    """"chg+" or "chg-" for a sum or percentage at word ``index`` told as the size of a change ("rose by 9
    percent", "cut its budget by $3 million"; the verb at most five words before "by"), else ""."""
    lower = article.lower_words
    if index < 2 or lower[index - 1] != "by":
        return ""
    acts = {_CHANGE_ACTS[word] for word in lower[max(0, index - _REFERENCE_WINDOW):index - 1] if word in _CHANGE_ACTS}
    return acts.pop() if len(acts) == 1 else ""


def _noun_act(noun: str) -> str:
    """The act stem a noun names ("orde" for "order"; consist20: "chg+" for "rise", "chg-" for "reduction")."""
    return _CHANGE_NOUN_ACTS.get(noun) or _IRREGULAR_NOUN_ACTS.get(noun, noun[:4])


def _act_named(article: Article, index: int) -> str:
    """The stem of the noun in "the/its/that <noun> of|for <number at word ``index``>" ("The order for 72 jets":
    "orde"), or in "a/an <noun> of" judged as a subject ("a wait of 25 minutes was unacceptable"); "" for none."""
    lower = article.lower_words
    if index < 3 or lower[index - 1] not in _ACT_JOINS:
        return ""
    noun = lower[index - 2]
    text, starts, ends = article.norm, article.word_starts, article.word_ends
    if len(noun) < 3 or not noun.isalpha() or noun in _NOT_ACT_NAMES or not article.words[index - 2][:1].islower() \
            or text[ends[index - 3]:starts[index - 2]] != " " or text[ends[index - 2]:starts[index - 1]] != " " \
            or text[ends[index - 1]:starts[index]].rstrip("$\u20ac\u00a3") != " ":
        return ""
    determiner = lower[index - 3]
    if determiner in _REFERENCES or determiner in _NAMING:
        return _noun_act(noun)
    if determiner in ("a", "an") and lower[index - 1] == "of" and _judged_subject(article, index):
        return _noun_act(noun)
    return ""




def _predicate_start(lower: tuple[str, ...], after: int, end: int) -> int:
    """The word (before ``end``) that opens what is said of a reference ending before word ``after``: an
    auxiliary or modal verb within three words ("The jars, 546 of them, are being conserved"), or a relative
    pronoun after its verb ("Their time broke a record that had stood since 2018"); ``end`` when none."""
    for position in range(after, min(end, after + 4)):
        word = lower[position]
        if word in _AUXILIARIES or word in _FUTURE or position > after and (word == "that" or word == "which"):
            return position
    return end


# round 12: "that"/"this" before a number is a determiner when it opens the sentence or follows a preposition
# ("That 55-point haul", "designed with that 119 mm in mind"; not "said that 40 people died").
_DEMONSTRATIVES = frozenset(("that", "this"))
_BEFORE_DEMONSTRATIVE = _PLACE_PREPOSITIONS | frozenset("with for of to by after before about despite".split())


def _demonstrative(article: Article, index: int) -> bool:
    """Whether the number at word ``index`` follows "that" or "this" used as a determiner."""
    lower = article.lower_words
    if index < 1 or lower[index - 1] not in _DEMONSTRATIVES \
            or article.norm[article.word_ends[index - 1]:article.word_starts[index]].rstrip("$\u20ac\u00a3") != " ":
        return False  # (consist19: and before a sum's sign, "That $5.3 million profit")
    if article.words[index - 1][:1].isupper():
        return index < 2 or article.norm[article.word_ends[index - 2]:article.word_starts[index - 1]][:1] in ".!?"
    return index > 1 and lower[index - 2] in _BEFORE_DEMONSTRATIVE \
        and article.norm[article.word_ends[index - 2]:article.word_starts[index - 1]] == " "


# round 15: "final" is an update word as an adjective ("the final toll", "final figures", "the final 10 minutes"),
# but as a noun it is a match ("in the cup final.", "in the final against the holders").
_AFTER_A_NOUN = _PHRASE_STOP | _PLACE_PREPOSITIONS | frozenset(("against", "versus", "v"))


def _contest_finals(article: Article, first: int, last: int) -> bool:
    """Whether every "final" among words ``first`` to ``last`` is the noun: punctuation or a function word after it."""
    lower = article.lower_words
    for position in range(first, last):
        if lower[position] == "final" and position + 1 < len(lower) \
                and article.norm[article.word_ends[position]:article.word_starts[position + 1]] == " " \
                and lower[position + 1] not in _AFTER_A_NOUN:
            return False
    return True


_SHE_HE_OWNS = frozenset(("his", "her"))
_GROUPS = frozenset("side team club squad party crew band group country nation state city town council firm company "
                    "school league they we".split())


# round consist17: verbs of asking for a value before a reference ("Prosecutors had asked for the 20-year term",
# "Unions demanded the 8 percent rise"): what was asked, not what was stated
_DEMANDED = frozenset("sought seeking seek seeks demanded demanding demand demands requested requesting request requests "
                      "proposed proposing propose proposes urged urging recommended recommending".split())
_ASKED = frozenset("asked asking ask asks called calling call calls".split())  # (before "for")


def _tally_dated(lower: tuple[str, ...], after: int, end: int, first_bounds: tuple[int, int]) -> bool:
    """Whether the words just after a tally ("His tally of 39 this season", "Their total of 138 in March") name
    a period ("this/last/next/that season", a month or weekday) that the earlier statement's sentence does not."""
    earlier = lower[first_bounds[0]:first_bounds[1]]
    pairs = set(zip(earlier, earlier[1:]))
    for position in range(after, min(end, after + 4)):
        word = lower[position]
        if word in _MONTHS_DAYS and word not in earlier \
                or word in _PERIODS and lower[position - 1] in _DEICTIC and (lower[position - 1], word) not in pairs:
            return True
    return False


# consist21: the people a crowd is made of ("A crowd of 35,000 watched the match" ... "The 48,000 spectators"):
# counted as the people nouns a crowd is named by, and as people.
_CROWD_KINDS = frozenset(_CLASSES.get(noun, noun) for noun in (
    "person spectator fan protester demonstrator marcher supporter attendee mourner worshipper onlooker reveller "
    "concertgoer".split()))


# consist21: a passive's agent counted ("was attended by 12,000 fans"): the auxiliaries and irregular participles
_PASSIVE_AUXILIARIES = frozenset("was were is are been be being".split())
_PASSIVE_PARTICIPLES = frozenset("seen read heard written driven ridden taken given known held run won beaten".split()) \
    - _MARGIN_VERBS


# consist21: a verb of motion in the update words, when the things a reference counts do it ("The 38,100 knots
# rose as one"), and the words after a verb that make it a change of a count ("rose to 40", "climbed by 3")
_OWN_MOVES = frozenset(("rose", "climbed"))
_CHANGE_TO = frozenset("to by from above past over almost nearly".split())


def _reference_conflicts(article: Article, numbers: list[int]) -> list[Span]:
    lower = article.lower_words
    starts = article.word_starts
    ends = article.word_ends
    text = article.norm
    count = len(lower)
    # Only an article with a definite number ("the 57", "her 21,094") is read further (the words before the
    # numbers are looked up in C), and in it only the numbers before the last such reference whose next
    # words could name what a reference counts.
    words = article.words
    bare: frozenset[int] | None = None
    # (round 13's forms need "of"/"for" or a possessive before the number: only those numbers are looked at)
    joined = [index for index, word in zip(numbers, map(lower.__getitem__, map((-1).__add__, numbers)))
              if word in _ACT_JOINS or word[-2:] == "'s"]
    # (an apposition needs a comma before the number, or before "all" before it)
    commas = [index for index in numbers if index > 1 and (
        text[ends[index - 1]:starts[index]] in _APPOSITION_GAPS or lower[index - 1] == "all"
        or lower[index - 1] == "of" and lower[index - 2] == "total")]  # (consist18: ", a total of N,")
    # (round 14's "the <noun> of N" needs "of" before the number: found once, read by the test below, the
    # references and the kinds)
    the_named = {index: noun for index in joined if (noun := _the_named(article, index))}
    rate_named = {index: rate for index in joined if (rate := _rate_named(article, index))}  # (consist18)
    first_act: dict[str, int] | None = None

    def acted_before(stem: str, index: int) -> bool:
        # Whether a number before word ``index`` follows a verb with this stem ("ordered 47" ... "the order
        # for 81"): each stem's first such number, found in one pass on first use (not a scan per reference).
        nonlocal first_act
        if first_act is None:
            first_act = {}
            for number in numbers:
                if number > 0:
                    before = _act(lower[number - 1], lower[number - 2] if number > 1 else "") \
                        or _change_act(article, number)
                    if before and first_act.get(before, number + 1) > number:
                        first_act[before] = number
        return first_act.get(stem, index) < index

    # (the per-number forms read by the test below and by the body: each found once)
    apposed_parts = {index: parts for index in commas if (parts := _apposition_parts(article, index))[0]}
    demonstratives = frozenset(index for index in numbers if _demonstrative(article, index))
    owners = {index: owner for index in joined if (owner := _possessor(article, index))}
    acted = {index: stem for index in joined if (stem := _act_named(article, index))}
    # (consist18: a verb's own noun in apposition names its act too, "lost $2.7 million" ... "The loss, $6.8
    # million, was blamed on fuel prices", as "The loss of $6.8 million" does)
    acted.update((index, _noun_act(lower[noun])) for index, (_, noun, own) in apposed_parts.items()
                 if noun == index - 1 and own == _BARE_APPOSITION and len(lower[noun]) > 3
                 and lower[noun] not in _NOT_ACT_NAMES and lower[noun - 1] in _REFERENCES | _NAMING)
    rated = frozenset(index for index in joined if _rate_judged(article, index))
    if _OPENERS.isdisjoint(map(lower.__getitem__, map((-1).__add__, numbers))) and (
            count < 3 or _OF_NAMES.isdisjoint(map(lower.__getitem__, map((-2).__add__, numbers)))
            and _COUNT_OF.isdisjoint(map(lower.__getitem__, map((-2).__add__, numbers)))
            and _HOLDINGS.keys().isdisjoint(map(lower.__getitem__, map((-2).__add__, numbers)))) \
            and not any(_opening_at(article, index) for index in numbers) \
            and not apposed_parts and not demonstratives \
            and not the_named and not rate_named and not any(_named_by_phrase(lower, words, index) for index in numbers) \
            and not rated and not any(_margin_named(article, index)
                                      or index in acted and acted_before(acted[index], index)
                                      or index in owners and (_named_before(lower, owners[index], index)
                                                              or owners[index] in _GENERAL_WORDS)
                                      for index in joined) \
            and not (bare := _bare_durations(article, numbers)):
        return []
    numbers = sorted(set(numbers))
    if bare is None:
        bare = _bare_durations(article, numbers)
    references = [index for index in compress(numbers, map(_BEFORE_REFERENCE.__contains__, map(
        lower.__getitem__, map((-1).__add__, numbers)))) if index > 0 and (
        lower[index - 1] != "of" or index > 2 and (lower[index - 2] in _OF_NAMES or lower[index - 2] in _COUNT_OF
                                                   or lower[index - 2] in _HOLDINGS)
        or _named_by_phrase(lower, words, index) or _margin_named(article, index) or index in the_named
        or index in rate_named)
        and (lower[index - 1] != "at" or _opening_at(article, index))
        and (lower[index - 1] not in _WHOLE or index > 1 and lower[index - 2] in _REFERENCES)
        and not (len(lower[index]) == 4 and "1000" <= lower[index] <= "2100")]  # not a year: "the 2016 election"
    apposed = {index: parts[0] for index, parts in apposed_parts.items()}
    joined = sorted(set(joined))
    possessors = {index: owner for index, owner in owners.items()
                  if not (len(lower[index]) == 4 and "1000" <= lower[index] <= "2100")}
    demonstrated = frozenset(possessors) | frozenset(index for index in demonstratives
                             if not (len(lower[index]) == 4 and "1000" <= lower[index] <= "2100"))
    # (only a noun whose verb stated a number before it: "the refinery for 33 days" is no act)
    verbs_before: dict[str, int] = {}
    for index in numbers if acted else ():
        if index > 0 and (stem := _act(lower[index - 1], lower[index - 2] if index > 1 else "")
                          or _change_act(article, index)):
            verbs_before.setdefault(stem, index)
    acted = {index: stem for index, stem in acted.items() if verbs_before.get(stem, index) < index}
    # (a number read by another form keeps that reading, and the act is one more kind of it: "That loss of 155
    # metres" is a length named, and a loss)
    acted_only = frozenset(acted).difference(references, apposed, demonstrated)
    if apposed or demonstrated or acted or rated:
        references = sorted(set(references) | set(apposed) | demonstrated | set(acted) | rated)
    if bare:
        # ""168 minutes is far too long," she said": a duration judged, the whole subject of what was said
        references = sorted(set(references) | bare)
    if not references:
        return []
    wanted: set[str] = set()
    sums = cuts = percents = any_count = margins = False
    acts = bool(acted)
    bare_apposed: dict[int, str] = {}
    general_refs: dict[int, str] = {}
    read_references: dict[int, tuple[tuple[float, str, int], tuple[str, int]]] = {}
    for index in references[:64]:
        read = _value_at(article, index)
        if read is None:
            continue
        sums = sums or read[1] in _CURRENCIES
        percents = percents or read[1] == "%"
        head, after = _head_class(article, read[2], 0)
        suffix = _suffix(lower, index, read[2])
        unit = _MEASURE_SUFFIXES.get(suffix, "")
        if index in rate_named:
            # (consist18) "Its weekly output of 737 (barrels)": the one count stated with that rate
            verb = read[2] < count and (lower[read[2]].endswith("ed") or read[2] + 1 < count
                                         and lower[read[2] + 1] in _OBJECT_OPENERS)  # "of 737 makes it"
            read_references[index] = (read, (rate_named[index], after if head and not verb else read[2]))
            wanted.update(("a", "an", "per", "each", "every"))
            continue
        if not read[1] and lower[index - 1] == "of" and _margin_named(article, index):
            # "Her margin of 21,420", "a majority of 52 was": the one margin stated ("won by 8,181 votes")
            votes = read[2] < count and lower[read[2]] in _MARGIN_COUNTS  # "a margin of 74 votes"
            read_references[index] = (read, (_MARGIN, read[2] + votes))
            margins = True
            continue
        if index in rated:
            read_references[index] = (read, ("*", read[2]))  # "said a rate of 44 percent left room": the percentage
            percents = True
            continue
        if index in acted_only:
            # "The order for 72 jets", "The loss of 52 percent", "a wait of 25 minutes was": the act's noun with
            # what it counts or measures (a sum or percentage: its sign)
            if read[1]:
                dimension, after = "", read[2]
            elif read[2] < count and lower[read[2]] in _DURATION_UNITS:
                dimension, after = _DURATION_UNITS[lower[read[2]]], read[2] + 1
            elif head:
                dimension, after = _with_rate(article, head, after)
            else:
                dimension, after = "", read[2]
            read_references[index] = (read, (f"act:{acted[index]}/{dimension}", after))
            continue
        if index in apposed:
            # "The jars, 546 of them": what the noun before the comma names (or the number's own words: "The
            # hoard, 437 coins in all", "the crowd, 2,500 strong")
            _, noun, own = apposed_parts[index]
            if own == _ANY_COUNT and lower[noun] in _MARGIN_NAMES:
                # (consist21) "That majority, 25,022, surprised both campaigns": the one margin stated ("won by
                # 14,133 votes"), as "The majority of 25,022" is
                read_references[index] = (read, (_MARGIN, apposed[index]))
                margins = True
                continue
            if own == _ANY_COUNT and lower[noun] == "score":
                # (consist18) "That score, 138, earned them a place": a tally, as "That tally of 138" (below)
                read_references[index] = (read, (_COUNT_NAMED, apposed[index]))
                wanted.update(("points", "votes", "ballots"))
                wanted.update(_TALLIED)
                continue
            if own == _ANY_COUNT:
                read_references[index] = (read, (_ANY_COUNT, apposed[index]))  # (round 16) "That total, 52,600,"
                any_count = True
                continue
            if own == _BARE_APPOSITION or own in _UNIT_WORDS and apposed[index] == read[2] + 1:
                bare_apposed[index] = lower[noun]  # "The penalty, $12.4 million, was": the noun's kind, read below
                own = "" if own == _BARE_APPOSITION else own
            head = "" if read[1] else own or _CLASSES.get(_noun(lower[noun]), _noun(lower[noun]))
            if not read[1] and not own and lower[noun] in _CROWDS:
                head = "person"  # (consist21) "The audience, 38,000 in all,": the people counted before
            read_references[index] = (read, (head, apposed[index]))
            if not read[1] and not own and _noun(lower[noun]) in _GENERAL_WORDS:
                general_refs[index] = _GENERAL_WORDS[_noun(lower[noun])]  # "the guns, forty of them"
                wanted.update(_GENERAL_FORMS[general_refs[index]])
            wanted.update(_forms(head) if head else ())
            for term in _CLASS_TERMS.get(head, ()):
                wanted.update(_forms(term))
            # "The drugs, all 108 kg of them": "kilograms" before
            wanted.update(_UNIT_SPELLINGS.get(head.partition("/")[0], ()))
            if "/" in head:
                wanted.update(_SPEED_SYMBOLS)  # (round 15: "its speed, 230 km/h,": "49 mph" before)
            if head == "person":
                wanted.update(_PEOPLE_FORMS)
            continue
        if not read[1] and not suffix and _all_bare(article, index, read[2]) and (
                not head or read[2] < count and lower[read[2]] in _VERBS_AFTER_ALL):
            read_references[index] = (read, (_ANY_COUNT, read[2]))
            any_count = True
            continue
        if not unit and suffix.isalpha():
            # "the 60-day protest", "the 12,400-seat auditorium": a count in one word, named by a reference
            counted = _hyphen_count(article, index, read[2]) \
                if lower[index - 1] in _REFERENCES or index in demonstrated else ""
            if counted and lower[read[2]] in _MARGIN_NAMES and not read[1]:
                read_references[index] = (read, (_MARGIN, read[2] + 1))  # "the eight-point victory": a margin
                margins = True
                continue
            if not counted or counted == "point" and lower[read[2]] not in _SCORE_TOTALS:
                continue  # (points only as a total: "the 102-point total", not "the 12-point lead")
            head = counted
        elif lower[index - 1] == "of" and lower[index - 2] in _CROWDS:
            if lower[index - 3] not in _REFERENCES:
                continue
            if head not in _PEOPLE_NOUNS:
                head, after = "person", read[2]  # "the crowd of 40,000": the people counted before
        elif lower[index - 1] == "of" and lower[index - 2] in _HOLDINGS and not read[1] \
                and lower[index - 3] in _REFERENCES and text[ends[index - 3]:starts[index - 2]] == " " \
                and (not head or read[2] < count and _finite_verb(lower[read[2]])) \
                and not (read[2] < count and lower[read[2]] in _HYPOTHETICAL):
            # (consist20) "Its fleet of 387 will switch to electric", "The workforce of 620 voted": definite, no noun
            # after the number (a verb may follow), no "would/could" (with a noun: read as before, "Its fleet of 55
            # aircraft")
            holding = _HOLDINGS[lower[index - 2]]
            read_references[index] = (read, (holding, read[2]))
            if holding == "#fleet":
                wanted.update(form for kind in _FLEET_KINDS for form in _GENERAL_FORMS[kind])
                wanted.update(form for term in _FLEET_CLASSES for noun in _CLASS_TERMS.get(term, (term,))
                              for form in _forms(noun))
            else:
                wanted.update(form for noun in _CLASS_TERMS.get("workforce", ()) for form in _forms(noun))
                wanted.update(_PEOPLE_FORMS)
                wanted.update(_forms("person"))  # ("employs 850 people")
            continue
        elif lower[index - 1] == "of" and lower[index - 2] in _MEMBERSHIPS and not read[1]:
            if lower[index - 3] not in _REFERENCES or head and head != _MEMBERSHIPS[lower[index - 2]] and not (
                    read[2] < count and (_finite_verb(lower[read[2]]) or lower[read[2]] in _CAPACITY_VERBS)) \
                    or read[2] < count and lower[read[2]] in _HYPOTHETICAL:
                continue  # (consist19: "Its membership of 3,100 makes it"; not "a membership of", "of 3,100
                # families", "would")
            head, after = _MEMBERSHIPS[lower[index - 2]], read[2]
        elif lower[index - 1] == "of" and lower[index - 2] == "capacity" and not read[1] and (
                not head or read[2] < count and (_finite_verb(lower[read[2]]) or lower[read[2]] in _CAPACITY_VERBS)) \
                and not (read[2] < count and lower[read[2]] in _HYPOTHETICAL) \
                and text[ends[index - 2]:starts[index - 1]] == " ":
            # round 16: "Its capacity of 11,200 will be doubled" after "The stadium can hold 27,700 spectators": the
            # one count the place can hold (read below only against a sentence with "can")
            read_references[index] = (read, (_ANY_COUNT, read[2]))
            any_count = True
            continue
        elif lower[index - 1] == "of" and lower[index - 2] in _COUNT_OF:
            # "That tally of 12,365" (votes), "Their tally of 103", "Its total of 50": the one count stated before
            # (not "a tally of 12", "the total of 50 goals": a count with its own noun, read as before; a verb
            # after the number is no noun: "Their tally of 103 earned them promotion", "That tally of 67 set a")
            if head and read[2] < count and (lower[read[2]].endswith("ed") or read[2] + 1 < count
                                             and lower[read[2] + 1] in _OBJECT_OPENERS):
                head = ""
            if lower[index - 3] not in _REFERENCES and lower[index - 3] not in _NAMING or head or read[1] \
                    or text[ends[index - 3]:starts[index - 2]] != " ":
                continue
            head, after = _COUNT_NAMED, read[2]
            wanted.update(("points", "votes", "ballots"))
            wanted.update(_TALLIED)  # (consist17: the number after "scored", "collected": any tally)
            read_references[index] = (read, (head, after))
            continue
        elif not head and read[2] < count and lower[read[2]] == "points" and lower[index - 1] in _SOMEBODYS:
            head, after = "point", read[2] + 1  # "Their 50 points": a score (not "the 12 points": a margin)
        elif not head and read[2] < count and lower[read[2]] in _DURATION_UNITS:
            # "all 23 days", "those six days", "the full 167 minutes" (not "the 30 days": often another span)
            if lower[index - 1] not in _WHOLE_DURATION and not _it_took(lower, read[2] + 1) and index not in bare \
                    and not _each_of(article, index) \
                    and the_named.get(index, "") not in _WAITS \
                    and not _named_by_phrase(lower, words, index) \
                    and not (lower[index - 1] == "the" and index > 1 and lower[index - 2] in _THROUGH):
                continue  # ("worked through the 35 days": the whole span)
            head, after = _DURATION_UNITS[lower[read[2]]], read[2] + 1
        elif unit:
            # "the 603-kilometre route": a measure in kilometres (not "the 40-kilometre stretch": a part)
            if not _MEASURE_PARTS.isdisjoint(lower[read[2]:after]) \
                    or lower[index - 1] not in _REFERENCES and index not in demonstrated and not (
                        lower[index - 1] in _WHOLE and lower[index - 2] in _REFERENCES and after > read[2]
                        and _noun(lower[after - 1]) in _WHOLE_NOUNS):  # (consist17) "Its entire 7,130-litre load"
                continue
            head = unit
        if not read[1] and after > read[2] and (general := _GENERAL_WORDS.get(_noun(lower[after - 1]), "")) \
                and head == _CLASSES.get(_noun(lower[after - 1]), _noun(lower[after - 1])):
            general_refs[index] = general  # "the 55 machines" after "35 laptops"
            wanted.update(_GENERAL_FORMS[general])
        head, after = _with_rate(article, head, after)
        read_references[index] = (read, (head, after))
        base = head.partition("/")[0]
        for term in _CLASS_TERMS.get(base, (base,)):
            wanted.update(_forms(term))
        wanted.update(_UNIT_SPELLINGS.get(base, ()))  # "km", "kilometers" for "kilometre"
        if base == "workforce":
            wanted.update(_EMPLOYS | {"off"})  # (consist18) "employed 870 people", "laid off 90 people": its staff
        if "/" in head:
            wanted.update(_SPEED_SYMBOLS)  # "88 mph" for "88 miles per hour"
        if head in _GENERIC_ANIMALS:
            wanted.update(form for term in _ANIMALS for form in _forms(term))
        elif head == "person" or head == "individual" or head == "crowd":
            wanted.update(_PEOPLE_FORMS)
        if head == "layoff" or head == "workforce" and lower[index - 1] == "of" and lower[index - 2] in _CUT_NAMES:
            cuts = True  # "the 473 layoffs", "the loss of 1,470 nursing jobs": any count of staff cut
        for verb in range(after, min(count, after + 3)):
            for term in _CLASS_TERMS.get(_CLASSES.get(lower[verb], ""), ()):
                wanted.update(_forms(term))
    wanted.discard("")
    if not wanted and not sums and not percents and not any_count and not margins and not acts:
        return []
    last = references[min(len(references), 64) - 1]
    reference_set = frozenset(references[:64])
    found: list[Span] = []
    numbers_set = set(numbers)
    # class (with the currency of a measure) -> [(value, word index, end offset)] of plain statements
    stated: dict[tuple[str, str], list[tuple[float, int, int]]] = {}
    # what sets a statement apart (``_occasion``), read once per number and sentence
    occasions: dict[tuple[int, tuple[int, int]], tuple] = {}
    first_seen: dict[str, int] = {}
    added: list[int] | None = None  # (consist20: the counts told as added, found on first use)
    covered = -1
    for index in numbers:
        if index > last:
            break
        if starts[index] < covered:
            continue
        if index not in reference_set and not (sums and (starts[index] > 0 and text[starts[index] - 1] in _CURRENCIES
                                                         or not _CURRENCY_NAMES.isdisjoint(lower[index + 1:index + 3]))) \
                and not (percents and _percent_after(article, index)) \
                and not (cuts and (lower[index - 1] in _CUT_VERBS or lower[index - 1] == "off")) \
                and wanted.isdisjoint(lower[index + 1:index + 6]) and lower[index - 1] not in wanted \
                and not any_count and not (margins and (lower[index - 1] == "by" or lower[index - 2] in _MARGIN_NAMES)) \
                and not (acts and (_act(lower[index - 1], lower[index - 2] if index > 1 else "")
                                   or _change_act(article, index))) \
                and not (index > 2 and lower[index - 1] == "of" and lower[index - 2] in _CROWDS):
            continue  # no kind a reference counts
        known = read_references.get(index)
        read = _value_at(article, index) if known is None else known[0]
        if read is None:
            continue
        value, currency, following = read
        # a sign before the number, inside its span (not "3 million dollars")
        signed = currency in _CURRENCIES and starts[index] > 0 and text[starts[index] - 1] == currency
        covered = ends[following - 1]
        previous = lower[index - 1] if index > 0 else ""
        before = lower[index - 2] if index > 1 else ""
        if known is None:
            head, after = _head_class(article, following, covered)
            if head:
                head, after = _with_rate(article, head, after)
            elif following < count and lower[following] in _DURATION_UNITS:
                if not _duration_statement(lower, index, following + 1):
                    continue  # "the past 30 days", "30 days ago": no duration stated
                head, after = _DURATION_UNITS[lower[following]], following + 1
            elif following < count and lower[following] == "points" and (
                    previous in _TALLIED or previous == "up" and before in _SCORED_UP
                    or previous in ("with", "on") and before in _FINISHED):  # (consist18) "finished with 96 points"
                head, after = "point", following + 1  # "scored 79 points" (not "rose 3 points": a change)
        else:
            head, after = known[1]
        # "a 600-kilometre pipeline": kilometres (not "18-42", read as before)
        suffix = _suffix(lower, index, following)
        hyphened = _MEASURE_SUFFIXES.get(suffix, "")
        if known is None and not hyphened and suffix.isalpha():
            continue  # "a 300-bed hospital": a count in one word is read as a reference only
        hyphen_duration = suffix in _DURATION_UNITS
        if hyphened and known is None:
            if not _MEASURE_PARTS.isdisjoint(lower[following:after]):
                continue  # "the 40-kilometre stretch": a part of a length
            head = hyphened
        kinds = {head} if head else set()
        if head in _GENERIC_ANIMALS:
            kinds = {_ANIMAL}  # "59 dogs" ... "the 26 animals"
        elif head in _ANIMALS and known is None:
            kinds.add(_ANIMAL)
        elif known is None and (head in _PEOPLE_NOUNS or head == "person"):
            kinds.add(_ANY_PEOPLE)  # "976 passengers" ... "the 123 people"
        elif known is not None and (head == "person" or head == "individual") and not (
                after < count and (lower[after].endswith("ed") or lower[after] in _EVENT_WORDS)):
            kinds.add(_ANY_PEOPLE)  # (not "the 40 people arrested": those an event picks out)
        if index in general_refs and known is not None:
            kinds = {general_refs[index]}  # "the 8 vessels": the one count of any kind of vessel
        elif known is None and head in _GENERAL_MEMBERS:
            kinds.update(_GENERAL_MEMBERS[head])  # "26 boats": a count of vessels too
        # What happened to them, named after the noun ("14 people were arrested", "the 14 people arrested"):
        # the count is also a count of that event ("Police made 4 arrests").
        verb = after
        while verb < count and verb < after + 2 and lower[verb] in _AUXILIARIES:
            verb += 1
        if head and verb < count and lower[verb] in _CLASSES and not lower[verb].endswith("s") \
                and text[ends[verb - 1]:starts[verb]] == " ":
            kinds.add(_CLASSES[lower[verb]])
        # "the loss of 4,500 jobs", "the drop of 14,700 pupils": a definite change named before "of"
        change = previous == "of" and before in _CHANGE_NAMES and index > 2 and lower[index - 3] in _REFERENCES
        # The determiner directly before the number ("Of those, 12 people were charged" is a part).
        # "At 74 miles per hour, the car ...", "At 532 kilometres, it is the longest lake": the measure of
        # something told before, opening a sentence (not "At 30 miles per hour, a pedestrian would live"; not a
        # count: "At 30 students, the class is too big" is a part)
        opening = previous == "at" and _opening_at(article, index) and (
            head.partition("/")[0] in _UNIT_WORDS or currency == "%" and not head) \
            and (text[ends[after - 1]:ends[after - 1] + 1] == "," or currency == "%" and text[
                ends[after - 1]:ends[after - 1] + 2] == "%,") \
            and _FUTURE.isdisjoint(lower[after:after + 8])  # (round 13: "At 17%, the rate": the sign before the comma)
        named = previous == "of" and (currency == "%" or head.partition("/")[0] in _UNIT_WORDS
                                      or known is not None and bool(head) and before not in _CROWDS and before != "tally"
                                      and head != _COUNT_NAMED) \
            and _named_by_phrase(lower, words, index) or known is not None and (head == _MARGIN or head[:4] == "act:") \
            or previous == "of" and known is not None and index in the_named
        crowd = previous == "of" and (before in _CROWDS or before == "tally" or before in _MEMBERSHIPS
                                      or head == _COUNT_NAMED or before in _HOLDINGS) and known is not None \
            and not currency
        reference = (previous in _REFERENCES and before != "than" or previous in _WHOLE and before in _REFERENCES) \
            and text[ends[index - 1]:starts[index] - signed] == " " or change or opening or named or crowd \
            or index in bare or index in apposed or known is not None and head == _ANY_COUNT or index in demonstrated \
            or known is not None and head[:6] == _RATE_NAMED \
            or index in rated
        if index in bare_apposed and currency in _CURRENCIES:
            kinds = {"*"} if bare_apposed[index] in _SUM_SELF else {_sum_kind(bare_apposed[index]),
                                                                     _BILLED.get(bare_apposed[index], "")} - {""}
            # "The penalty, $12.4 million, was": a penalty (round 14: "that sum, $15.5 million,": the sum itself)
        elif (index in apposed or index in bare) and currency in _CURRENCIES:
            kinds = {"*"}  # "The gift, €750,000 in all,": a sum by its currency alone
        elif index in bare_apposed and currency == "%" and bare_apposed[index] in _RATE_APPOSED:
            kinds = {"*"}  # (consist21) "The turnout, 71 percent, was": the percentage itself
        elif known is not None and head == _ANY_COUNT:
            kinds = {_ANY_COUNT}
        elif known is not None and head == _COUNT_NAMED:
            # (consist17: a possessive tally, "His tally of 39", is also the owner's count of anything scored or
            # gathered; "That tally of 12" after "scored 23 goals" stays a tally of points or votes only, round 9)
            kinds = {"point", "vote", _COUNT_NAMED} if lower[index - 3 + (index in apposed)] in _SOMEBODYS \
                else {"point", "vote"}
        if named:
            kinds = {"*"} if currency == "%" and known is None or currency == "%" and head[:4] != "act:" \
                and head != _MARGIN else {head}
        if named and index in the_named and currency == "%":
            after = following  # "the figure of 11 percent hid empty shops": the percentage alone
        if named and index in the_named and currency in _CURRENCIES:
            # "the penalty of $15.8 million": a penalty; "the sum of £175,000": the sum itself
            kinds = {"*"} if the_named[index] in _SUM_SELF else {_sum_kind(the_named[index]),
                                                                  _BILLED.get(the_named[index], "")} - {""}
        elif reference and currency and not head and index not in bare_apposed and (
                after < count and lower[after] in _AUXILIARIES | _FUTURE or previous in _WHOLE and currency != "%"):
            kinds = {"*"}  # "The €780,000 will pay for a new roof", "the whole £735,000": a sum by its currency alone
        elif reference and currency in _CURRENCIES and not head and not kinds and index not in bare_apposed \
                and after == following and after + 1 < count and lower[after] == "of" \
                and text[ends[after - 1]:starts[after]] == " " and lower[after + 1].isalpha() \
                and words[after + 1][:1].islower() and lower[after + 1] not in _PHRASE_STOP:
            # (consist18) "the $13.2 million of damage": what the sum is, as "caused $7.8 million of damage" said
            phrase_end = after + 1
            while phrase_end < min(count, after + 3) and lower[phrase_end].isalpha() \
                    and words[phrase_end][:1].islower() and lower[phrase_end] not in _PHRASE_STOP \
                    and text[ends[phrase_end - 1]:starts[phrase_end]] == " ":
                phrase_end += 1
            # (a span to pay it in is no part: "the $13.2 million of damage within a month"; a date is: "in May")
            timed = phrase_end + 2 < count and lower[phrase_end] in ("within", "over") \
                and lower[phrase_end + 1] in ("a", "an", "the") and lower[phrase_end + 2] in _INTERVALS
            if phrase_end >= count or lower[phrase_end] not in _PART_OF_SUM or timed \
                    or text[ends[phrase_end - 1]:starts[phrase_end]] != " ":
                # (not "the $3.2 million of damage in the old town", "... to homes": a part)
                kinds = {_sum_kind(word) for word in lower[after + 1:phrase_end]} - {""}
        elif opening and currency == "%" and not head:
            kinds = {"*"}  # "At 60 percent, the rate is the highest": the percentage itself
        # round 13: "lost her seat by 1,817 votes", "was carried by 36 votes": a margin, stated (not a measure's
        # or a time's difference: "won by 3 metres", "by two days")
        margin_by = known is None and previous == "by" and not currency and not hyphened and head not in _UNIT_WORDS \
            and head not in _DURATION_KINDS and "/" not in head \
            and (not _MARGIN_STATED.isdisjoint(lower[max(0, index - 5):index - 1])
                 or following < count and lower[following] in _MARGIN_COUNTS) \
            and not _tally_to(lower, following)  # ("cleared it by 3 votes": one too; not "by 220 votes to 200")
        # ... or named by an indefinite word for one: "re-elected with a majority of 4,300", "a margin of 12 votes"
        margin_by = margin_by or known is None and previous == "of" and not currency and before in _MARGIN_NAMES \
            and index > 2 and lower[index - 3] in ("a", "an") and head not in _UNIT_WORDS \
            and head not in _DURATION_KINDS and "/" not in head and not hyphened \
            and not _conditional(article, index)  # (not "needed a majority of 4,300 to win")
        # (consist18) ... or told with a copula after a word for one: "The winning candidate's majority was 6,896
        # votes", "Her lead is 12 points" (not "the majority is 70": a share of a group, no votes or points after)
        margin_by = margin_by or known is None and previous in _COPULAS and before in _MARGIN_NAMES \
            and not currency and following < count and lower[following] in _MARGIN_COUNTS \
            and not _conditional(article, index)
        if index in acted and index not in acted_only and known is not None and head != _MARGIN:
            if not currency:
                kinds.add(f"act:{acted[index]}/{head}")
            elif following >= count or lower[following] not in _PERCENT_OWNER and lower[following] not in _SUM_JOINS:
                # "The loss of 31 percent worried farmers": the act's size by its sign; what follows the sign is
                # the sentence's verb (not "the loss of 31 percent in the north": a part)
                kinds, head, after = {f"act:{acted[index]}/"}, "", following
        # (consist21) "A crowd of 35,000 watched the match": the people it is made of, stated (no noun after it)
        crowd_of = not kinds and not currency and not margin_by and known is None and previous == "of" \
            and before in _CROWDS and lower[index - 3] in ("a", "an") and text[ends[index - 3]:starts[index - 2]] == " "
        if crowd_of:
            kinds, after = {_ANY_PEOPLE, *_CROWD_KINDS}, following
        if not kinds and not currency and not margin_by:
            continue
        if reference and currency == "%" and head:
            if after < count and lower[after] in _PERCENT_OWNER:
                continue  # "the 3 percent rise in prices": a share of something the reference names
            if after == following + 1 and head in _PERCENT_ITSELF or head == "rate" and lower[after - 1] == "rate" \
                    and all(word in ("percent", "per", "cent") for word in lower[index + 1:after - 1]):
                kinds.add("*")  # "The 55 percent figure": the percentage itself (round 14: "the 37 percent rate")
        window = lower[max(0, index - 12):min(count, after + 4)]
        if reference and after + 1 < count and lower[after] in _OWN_MOVES and text[ends[after - 1]:starts[after]] == " " \
                and lower[after + 1] not in _CHANGE_TO and not lower[after + 1][:1].isdigit():
            # (consist21) "The 38,100 knots rose as one", "the 12 climbers climbed on": what the things counted did,
            # no update of their count (not "rose to 40", "rose by 3")
            window = lower[max(0, index - 12):after] + lower[after + 1:min(count, after + 4)]
        updates = _ANAPHORA_UPDATED - {"now"} if reference else _ANAPHORA_UPDATED
        if currency == "%" or previous == "by" and currency:
            updates = updates - _BY_CHANGES  # "Council tax rose by 14 percent": the change itself, not an update
        if previous == "to" and (currency == "%" or not currency and head in _UNIT_WORDS and before in _LEVEL_CHANGES):
            updates = updates - _LEVEL_CHANGES  # (round 14: "has risen to 12 percent": the new level, read below;
            # round 16: and a measure's, "The balloon rose to 15,000 feet")
        # "The strike has now lasted 20 weeks": "now" with the verb of the first statement of its kind is the
        # count as it stands (after an earlier count of the kind it is an update, read as before)
        now_first = not reference and "now" in window and updates.isdisjoint(set(window) - {"now"}) \
            and "now" in lower[max(0, index - 3):index] and bool(kinds) \
            and all((kind, currency) not in stated for kind in kinds)
        if reference and index > 1 and lower[index - 2] in _THROUGH and lower[index - 1] in _OPENERS:
            # (round 15: "Fuel prices rose during the 43 weeks of the shutdown": the change is the subject's, the
            # span is the one told before)
            updates = updates - _CHANGE_VERBS
        if "final" in window and "final" in updates \
                and _contest_finals(article, max(0, index - 12), min(count, after + 4)):
            updates = updates - {"final"}  # (round 15: "scored 86 points in the cup final": a match, no update)
        if not updates.isdisjoint(window) and not now_first:
            continue  # "has now consumed 1,550 acres", "revised": an update
        if reference and (currency or head.partition("/")[0] in _UNIT_WORDS) and _clause_verb(article, after):
            # "the 206 mm that fell.", "the £255,000 it fetched.": a clause of its verb alone says what the
            # measure is (not a part: "the 30 hectares that flooded in March" names more); a sum is what its
            # verb names ("fetched" ... "sold for £780,000")
            if currency and currency != "%":
                kinds = {_sum_kind(lower[after + 1])} - {""}
            after += 2
        elif reference and currency and currency != "%" and head in _SUM_ITSELF:
            kinds.add("*")  # "The €820,000 total": the sum itself
        if reference:
            # "In those 11 years he kept a diary": the pronoun after a phrase opening the sentence is its subject
            fronted = index > 1 and lower[index - 2] in _FRONTED and words[index - 2][:1].isupper() \
                and after < count and lower[after] in _SHE_HE_IT and text[ends[after - 1]:starts[after]] in (" ", ", ")
            if not kinds or not value or not opening and not fronted and not (head in _DURATION_KINDS and _it_took(lower, after)) and (
                    after < count and lower[after] in _RESTRICTIVE
                                                         or after + 1 < count and lower[after + 1] in _SOMEBODYS
                                                         and lower[after] != "for") \
                    or _own_occasion(article, index):
                continue  # "the 125 evacuees who returned home", "the 30 students in her class": a part of them
            # a participle with its agent ("closed by the strike", "imposed by federal regulators"); without
            # one the word may be the reference's own verb ("the 7,949 yes votes amounted to")
            # ... or closing the noun phrase before the sentence's verb ("the 40 people arrested were released")
            participle = lower[after] if after + 1 < count and text[ends[after - 1]:starts[after]] == " " and (
                lower[after].endswith("ed") or lower[after] in _IRREGULAR_PAST) and (
                lower[after + 1] == "by" or lower[after + 1] in _AUXILIARIES and lower[after] not in _AUXILIARIES
                and text[ends[after]:starts[after + 1]] == " ") else ""
            if any(verb < count and text[ends[verb - 1]:starts[verb]] == " " and (
                lower[verb].endswith("ed") or lower[verb] in _IRREGULAR_PAST) and any(
                    lower[position] in _MONTHS_DAYS or lower[position] in _PERIODS and lower[position - 1] in _DEICTIC
                    for position in range(verb + 1, min(count, verb + 5))) for verb in (
                        {after, following} if currency else (after,))):
                continue  # "the 12 dogs adopted this week", "the 450 ballots counted on Tuesday": a part, by when
                # (consist18: and a sum's, "the £105,000 raised this year")
            # "the 40 animals in the reptile house" (not a sum: "the $4.3 million spent on the renovation" says
            # what it is; not "in an email")
            part_by_place = not currency and after + 1 < count and lower[after] in _PLACE_PREPOSITIONS \
                and lower[after + 1] == "the" and text[ends[after - 1]:starts[after]] == " "
            if currency and (not head or lower[following].endswith("ed") or lower[following] in _IRREGULAR_PAST):
                # "the $4.3 million spent on the renovation": what the sum is, named after its verb
                sentence_end = _sentence_end(article, index)
                for position in range(after, min(count, after + 4)):
                    if starts[position] < sentence_end:
                        kinds.add(_sum_kind(lower[position]))
            if change and "workforce" in kinds and before in _CUT_NAMES:
                kinds.add("layoff")
            bounds = _sentence_words(article, index)
            kinds.discard("")
            for kind in kinds:
                earlier = stated.get((kind, currency), ())
                if len({item[0] for item in earlier}) != 1:
                    continue  # none, or two counts of this kind already: a reference may mean either
                first = earlier[-1]
                if first[0] < 0 or first[0] == value or not _comparable(value, first[0]):
                    continue
                first_bounds = _sentence_words(article, first[1])
                if first_bounds == bounds:
                    continue
                if (head == _COUNT_NAMED or head[:6] == _RATE_NAMED) and any(first_bounds[0] <= number < first_bounds[1]
                                                and not starts[first[1]] <= starts[number] < first[2]
                                                and (lower[number].isdigit() or lower[number] in _COUNT_WORDS)
                                                and not (len(lower[number]) == 4 and "1000" <= lower[number] <= "2100")
                                                for number in numbers):
                    continue  # "412 complaints about the bins and 90 about parking" ... "That tally of 390": either
                if head == _COUNT_NAMED and (_tally_dated(lower, after, bounds[1], first_bounds)
                                             or lower[index - 3 + (index in apposed)] in _SHE_HE_OWNS
                                             and not _GROUPS.isdisjoint(lower[first_bounds[0]:first[1]])):
                    continue  # (consist17) "scored 57 tries last season" ... "His tally of 39 this season": another
                    # season; "The side scored 96 tries" ... "His tally of 30": one player's part of the team's
                if index in apposed_parts and apposed_parts[index][2] in _DURATION_KINDS and not currency \
                        and lower[apposed_parts[index][1]] not in _EPISODES \
                        and not _named_alike(lower[apposed_parts[index][1]], lower[first_bounds[0]:first_bounds[1]]) \
                        and _noun(lower[apposed_parts[index][1]]) not in map(_noun, lower[first_bounds[0]:first_bounds[1]]):
                    continue  # (consist18) "spent sixty days underground" ... "The rescue, 3 days in the planning,"
                if head == _ANY_COUNT and index in apposed and lower[index - 2] in _SHE_HE_OWNS \
                        and not _GROUPS.isdisjoint(lower[first_bounds[0]:first[1]]):
                    continue  # (consist18) "The side scored 96 tries" ... "His tally, 30, was": one player's part
                if head[:6] == _RATE_NAMED and (after < count and lower[after] in _HYPOTHETICAL
                                                or _tally_dated(lower, after, bounds[1], first_bounds)):
                    continue  # (consist18) "Its daily output of 1,200 would keep ten staff busy": another value
                if index in the_named and lower[index - 3] in _SUM_OWNERS and (
                        after < count and lower[after] in _HYPOTHETICAL
                        or _tally_dated(lower, after, bounds[1], first_bounds)):
                    continue  # (consist17) "his pay of £570,000 would be fairer", "... this year": another value
                    # (consist18: not "will": "Her donation of $13 million will pay for a new ward" is the sum given)
                if index in bare_apposed and currency == "%" and bare_apposed[index] in _RATE_APPOSED \
                        and bare_apposed[index] not in lower[first_bounds[0]:first_bounds[1]]:
                    continue  # (consist21) "Prices rose 3 percent" ... "The rate, 5.8 percent,": the rate named first
                if first[1] > 1 and lower[first[1] - 1] == "of" and lower[first[1] - 2] in _CROWDS \
                        and (after > following + 1 or value * 2 < first[0]):
                    continue  # (consist21) "A crowd of 35,000" ... "the 4,000 away fans": a part of the crowd
                if _given_before(article, index, value, first_seen):
                    break  # a number the article already gave, in any phrasing
                if (index, bounds) not in occasions:
                    occasions[index, bounds] = _occasion(article, index, *bounds)
                if (first[1], first_bounds) not in occasions:
                    occasions[first[1], first_bounds] = _occasion(article, first[1], *first_bounds)
                marks, _, _, sources, _ = occasions[index, bounds]
                predicate = _predicate_start(lower, after, bounds[1])
                if predicate < bounds[1]:
                    # dates and places after the reference's verb say what became of the whole ("The jars,
                    # 546 of them, are being conserved in Strathmuir"), not which count it is
                    if (index, (bounds[0], predicate)) not in occasions:
                        occasions[index, (bounds[0], predicate)] = _occasion(article, index, bounds[0], predicate)
                    marks = occasions[index, (bounds[0], predicate)][0]
                earlier_marks, _, earlier_forecast, earlier_sources, earlier_near = occasions[first[1], first_bounds]
                prefix = lower[max(bounds[0], index - 12):index]
                prefix_other = not _OCCASION.isdisjoint(prefix) or any(
                    word in ("earlier", "later") and position and prefix[position - 1] in _INTERVALS
                    for position, word in enumerate(prefix))
                prefix_forecast = not _FORECAST.isdisjoint(prefix) and _CONTESTED.isdisjoint(prefix)
                # The reference's own sentence speaks of another occasion or a plan before the number ("next
                # year the 40 ..."); what follows it says what became of them ("were expected to recover").
                # The earlier statement's occasion words ("last year", "in the first round") are what the
                # reference refers back to.
                # "The agency will review all 1,811 individuals": a plan for a set, not the count stated before.
                # (not "would appeal against the €430,000 penalty": what is contested is there already)
                # (consist17) "Prosecutors had sought the 20-year term", "had asked for the" (the verb governs the
                # reference: not "seeking homes for the 26 animals", not "asked whether")
                demanded = index > 2 and lower[index - 1] in _OPENERS and (
                    lower[index - 2] in _DEMANDED or lower[index - 2] == "for" and (
                        lower[index - 3] in _ASKED or lower[index - 3] in _DEMANDED))
                # (consist18: "will" before a definite sum or measure is what becomes of the one told before: "The
                # sanctuary will put the £105,000 to use", "Beavers will be released on the 3,320 hectares"; a count
                # of things under a plan may be another set: "will review all 1,811 individuals")
                planned = not _FUTURE.isdisjoint(prefix) and _CONTESTED.isdisjoint(prefix) and not (
                    _KNOWN_UNDER.isdisjoint(prefix) and previous in _REFERENCES and index not in apposed
                    and (currency in _CURRENCIES or head in _UNIT_WORDS)) or demanded
                if prefix_other or prefix_forecast or planned or earlier_forecast or _apart(marks, earlier_marks, True) \
                        or (sources and earlier_sources and not sources & earlier_sources):
                    continue
                if value > first[0]:
                    if added is None:
                        added = _added_counts(article, numbers)
                    if _added_between(lower, added, first[1], index):
                        continue  # (consist20) "arrested 9 more" told between: the larger count may be the total
                if value < first[0] and (marks[1] and not earlier_marks[1] or part_by_place):
                    continue  # a smaller count in a place named or placed ("the 40 acres near the river"): a part
                if named and not _OTHER_NAMED_VALUES.isdisjoint(_before_than(lower[after:min(count, after + 6)])) and (
                        after >= count or lower[after] in _COPULAS or lower[after] in _OTHER_VALUES
                        or lower[after] in _FUTURE or lower[after] in _AUXILIARIES):
                    continue  # "That weight of 44 tonnes is the legal limit": another value of the measure
                if head in _WEIGHTS and after > following + 1 and lower[following] in _UNIT_NAMES \
                        and not _weighed_before(lower, first_bounds, lower[apposed_parts[index][1]]
                                                if index in apposed else lower[after - 1], index):
                    continue  # "The bull weighs 900 kilograms" ... "the 400 kg calf": another thing's weight
                if hyphened in _WEIGHTS and after > following and not _weighed_before(lower, first_bounds,
                                                                                      lower[after - 1], index):
                    continue  # ... "the 400-kilogram calf"
                if kind in _DURATION_UNITS and hyphen_duration and not _LASTING.isdisjoint(
                        lower[first_bounds[0]:first_bounds[1]]) and _event(_noun(lower[after - 1])) not in earlier_near \
                        and not _named_alike(lower[after - 1], lower[first_bounds[0]:first_bounds[1]]) \
                        and not _waited_for(lower, first_bounds, _noun(lower[after - 1])) \
                        and not (_noun(lower[after - 1]) in _WHOLE_NOUNS and (
                            after >= count or lower[after] not in _PERCENT_OWNER and lower[after] != "to") and (
                            _noun(lower[after - 1]) not in _TRAVEL_NOUNS
                            or not _TAKES.isdisjoint(lower[first_bounds[0]:first_bounds[1]]))):
                    continue  # "The trial lasted 18 months" ... "The 24-month sentence": another thing's duration
                if the_named.get(index, "") in _WAITS and not _waited_for(lower, first_bounds, the_named[index]):
                    continue  # (round 16) "The flight lasted 150 minutes" ... "the delay of 40 minutes": a part
                if kind in _DURATION_KINDS and after < count and lower[after] in _CLAUSE_AFTER \
                        and lower[after] not in lower[first_bounds[0]:first_bounds[1]]:
                    continue  # "closed for 31 minutes after the crash" ... "the 12-minute delay before the crash"
                if following < after - 1 and "-" in lower[following] and lower[following] not in lower[
                        first_bounds[0]:first_bounds[1]]:
                    continue  # "400 full-time staff" ... "the 250 part-time staff": another group
                if _of_another(article, after, earlier_near, _SUM_JOINS if currency else ("of",)):
                    continue  # "400 hectares of woodland" ... "the 30 hectares of meadow": a part of another thing
                if _elsewhere(article, first_bounds, bounds, after if opening else -1):
                    continue  # "Gusts reached 120 km/h on the coast" ... "At 80 km/h, the wind inland": elsewhere
                if opening and "/" not in head and not (
                        after < count and lower[after] in _SHE_HE_IT or after + 1 < count and lower[after] == "the"
                        and (_event(_noun(lower[after + 1])) in earlier_near or currency == "%" and (
                            lower[after + 1] in _PERCENT_RATES and (after + 2 >= count or lower[after + 2] != "of")))):
                    continue  # "At 30 acres, the lake ..." after "The park covers 400 acres": another thing's size
                if index in bare_apposed and not currency and lower[index - 2] not in _DEMONSTRATIVES \
                        and not _described_before(lower, first_bounds, bare_apposed[index]) \
                        and _dimension_of(bare_apposed[index]) != _measure_dimension(head):
                    continue  # "The bridge is 267 metres long" ... "The tower, 300 metres, was": another thing's
                if index in apposed_parts and index not in bare_apposed and not currency \
                        and (apposed_parts[index][2] in _UNIT_WORDS or "/" in apposed_parts[index][2]) \
                        and lower[apposed_parts[index][1] - 1] not in _DEMONSTRATIVES \
                        and "of" not in lower[first[1] + 1:min(count, first[1] + 4)] \
                        and not _weighed_before(lower, first_bounds, lower[apposed_parts[index][1]], index) \
                        and _dimension_of(lower[apposed_parts[index][1]]) != _measure_dimension(apposed_parts[index][2]):
                    continue  # (round 16) "The farm covers 400 hectares" ... "The woodland, 120 hectares in all,":
                    # the first measure is its subject's (no "of": not "45 millimetres of rain" ... "The downpour,
                    # 60 mm in all,"), and the noun in apposition is another thing the first sentence did not name
                if index in apposed_parts and lower[apposed_parts[index][1] - 1][-2:] == "'s" and not any(
                        word.endswith(_noun(lower[apposed_parts[index][1] - 1][:-2]))
                        for word in lower[first_bounds[0]:first_bounds[1]]):
                    continue  # (round 15) "The path is 219 miles long" ... "The river's length, 145 miles,": another's
                if index in apposed_parts and _MEASURE_NOUNS.get(lower[apposed_parts[index][1]], "") in _LINEAR \
                        and any(_LINEAR_ADJECTIVES.get(word, _MEASURE_NOUNS[lower[apposed_parts[index][1]]])
                                != _MEASURE_NOUNS[lower[apposed_parts[index][1]]]
                                for word in lower[first_bounds[0]:first_bounds[1]]):
                    continue  # (round 15) "The path is 219 metres long" ... "Its width, 3 metres,": another dimension
                if (index in apposed_parts and lower[apposed_parts[index][1]] == "capacity"
                        or lower[index - 1] == "of" and lower[index - 2] == "capacity") \
                        and "can" not in lower[first_bounds[0]:first_bounds[1]] \
                        and lower[first[1] + 1:first[1] + 2] not in _CAPACITY_COUNTS:
                    # (consist19: a count of beds or berths is the place's capacity: "The hospital has 420 beds" ...
                    # "Its capacity of 510")
                    continue  # (round 15) "The tank now holds 3,000 litres" ... "Its capacity, 12,000 litres,": most
                if index in possessors and possessors[index] not in map(_noun, lower[first_bounds[0]:first_bounds[1]]) \
                        and not _general_owner(lower, possessors[index], first_bounds, index):
                    continue  # "The plant employs 450" ... "the company's 620 staff": another owner's count
                if _another_owner(article, bounds, index, first_bounds):
                    continue  # "He was jailed for 20 months" ... "His accomplice received the 30-month term"
                if participle and not {_event(participle), _stem(participle)} & earlier_near:
                    # "The city has 300 schools" ... "the 45 schools closed by the strike": a participle and
                    # agent the first statement did not speak of pick out a part
                    continue
                first_start = starts[first[1]]
                first_start -= first_start > 0 and text[first_start - 1] == currency and currency in _CURRENCIES
                found.extend(_stated_twice(article, (first_start, first[2]), (starts[index] - signed, ends[after - 1])))
                break
            continue
        # A plain statement of a count: not hedged, a range, a part ("1,070 of them") or a change's new value.
        # Another count of the same kind beside it ("7 rifles and 5 handguns", "another 300 workers"): the
        # kind's count is no longer one number, and a later total ("the 12 weapons") is no conflict.
        listed = previous in _OTHER or (
            previous in _LIST_JOINS and (index - 2 in numbers_set or index - 3 in numbers_set)
        ) or (after + 1 < count and lower[after] in _LIST_JOINS and after + 1 in numbers_set) or (
            after < count and after in numbers_set and text[ends[after - 1]:starts[after]] == ", ") or (
            # "and inflation at 3 percent": another percentage, not stated as a level of its own here
            previous == "at" and currency == "%" and before not in _LEVEL_VERBS)
        # "raised parking charges by 30 percent", "will go up by €620,000": the size of the change, stated
        by_change = previous == "by" and currency and not _BY_CHANGES.isdisjoint(
            lower[max(0, index - _REFERENCE_WINDOW):index - 1])
        # (consist20) "cut the waiting list by 910 patients", "raised the river by 238 millimetres": the size of a
        # change, kept only as the change's act (for "The reduction of 548"), never as a count of patients
        change_only = previous == "by" and not currency and acts and known is None and bool(_change_act(article, index))
        by_change = by_change or change_only
        # "A total of 29 candidates", "heard evidence from 80 witnesses" (not "rose from 5 to 8"), "travelling
        # at 29 miles per hour", "a top speed of 290 km/h", "Unemployment stands at 16 percent", "a transfer fee of
        # €950,000": the count itself
        opened = previous == "of" and before == "total" or previous == "from" and before.isalpha() \
            and before not in _TO_CHANGES and before not in _HEDGED and before not in _COUNT_WORDS \
            and "to" not in lower[following:after + 2] or previous in ("at", "of") and "/" in head \
            or previous == "at" and currency == "%" and before in _LEVEL_VERBS \
            or previous == "of" and signed and before in _SUM_NAMES and (
                lower[index - 3] in ("a", "an") or index > 3 and lower[index - 4] in ("a", "an")) or crowd_of
        # round 14: "Unemployment rose to 65 percent in December": the rate's new level, stated as a fact (not
        # "could fall to 4 percent", "is expected to have risen to 7 percent": a guess or a plan)
        # round 16: and a measure's new level ("The balloon rose to 15,000 feet", "climbed to 37,100 feet")
        level_to = previous == "to" and (currency == "%" or not currency and head in _UNIT_WORDS) \
            and before in _LEVEL_CHANGES \
            and text[ends[index - 2]:starts[index - 1]] == " " \
            and _FUTURE.isdisjoint(prefix := lower[max(0, index - 8):index - 2]) and _FORECAST.isdisjoint(prefix) \
            and _HEDGED.isdisjoint(prefix)
        # round 16: "racked up 86 points", "brought up 64 cannons": "up" a verb's particle, not "up 5 percent" nor
        # "went up 30": a change
        particle_up = previous == "up" and currency != "%" and (
            before.endswith("ed") or before in _IRREGULAR_PAST or before in _PAST_FORMS) and before not in _UP_CHANGES
        # (consist21) "The concert was attended by 12,000 fans", "She is survived by four grandchildren": the agent
        # of a passive, a count stated (not a change, a margin, a measure or a span: "rose by 12 percent", "passed
        # by 20 votes", "beaten by 3 metres")
        agent_by = previous == "by" and not currency and not margin_by and not by_change and bool(head) \
            and head not in _UNIT_WORDS and head not in _DURATION_KINDS and "/" not in head and not hyphened \
            and (before.endswith("ed") or before in _PASSIVE_PARTICIPLES) and before not in _BY_CHANGES \
            and before not in _MARGIN_VERBS and before not in _UP_BY and before not in _DOWN_BY \
            and index > 2 and lower[index - 3] in _PASSIVE_AUXILIARIES and text[ends[index - 3]:starts[index - 2]] == " " \
            and text[ends[index - 2]:starts[index - 1]] == " "
        if previous in _HEDGED and not particle_up or previous in _OTHER or previous in _OCCASION or previous in (
            "than", "from", "of", "between", "per", "by", "at", "among", "including"
        ) and not by_change and not opened and not margin_by and not agent_by or (
            previous == "to" and not level_to
            and (before in _TO_CHANGES or before[:1].isdigit() or before in _COUNT_WORDS)
        ) or (previous in ("and", "or") and (before[:1].isdigit() or before in _COUNT_WORDS)):
            if not listed:
                continue
        # (consist18) "caused $7.8 million of damage", "€190,000 of public money": what the sum is, named after
        # "of" without a determiner (not "$2 million of the budget": a part)
        sum_of = currency in _CURRENCIES and after == following and after + 1 < count and lower[after] == "of" \
            and text[ends[after - 1]:starts[after]] == " " and lower[after + 1].isalpha() \
            and words[after + 1][:1].islower() and lower[after + 1] not in _PHRASE_STOP
        if sum_of:
            for position in range(after + 1, min(count, after + 3)):
                if not lower[position].isalpha() or not words[position][:1].islower() \
                        or text[ends[position - 1]:starts[position]] != " ":
                    break
                kinds.add(_sum_kind(lower[position]))
        elif after < count and lower[after] == "of" and currency != "%" and not (
                head and after + 1 < count and lower[after + 1].isalpha() and lower[after + 1] not in _PHRASE_STOP
                and lower[after + 1] not in _COUNT_WORDS and words[after + 1][:1].islower()):
            # "12 members of the board", "five of them": a part (a percentage "of" a group is the statement: "25
            # percent of tenants"; so is a count of a kind of thing: "25 species of bird", "167 hectares of forest")
            continue
        kinds = {_MARGIN} if margin_by else set(kinds)
        act = (_act(previous, before) or _change_act(article, index)) \
            if acts and text[ends[index - 1]:starts[index] - signed] == " " else ""
        if act and not listed:
            kinds.add(f"act:{act}/{'' if currency else head}")  # "ordered 45 aircraft": an order of aircraft
            if head and not currency:
                kinds.add(f"act:{act}/")  # (round 14: and an order of 45, for "their score of 137" with no noun)
        if not margin_by and not currency and "/" in head and head.partition("/")[2] in _RATE_TIMES \
                and head.partition("/")[0] not in _UNIT_WORDS and not hyphened and not listed:
            kinds.add(_RATE_NAMED + head.partition("/")[2])  # (consist18) "534 barrels a week": a weekly count
        if not margin_by and not currency and head and head not in _UNIT_WORDS and head not in _DURATION_KINDS \
                and "/" not in head \
                and head != "point" and not hyphened:
            kinds.add(_ANY_COUNT)  # a count of things, for "all N" with no noun
        if listed or hyphened:
            value = -1.0  # marks the kind as counted twice (a measure in one word is read as a reference only)
        if previous == "off" and before in ("laid", "lay", "lays", "laying") or "workforce" in kinds and previous in _CUT_VERBS:
            kinds.add("layoff")  # "laid off 469 teachers", "cut 690 jobs" ... "the 944 layoffs"
        if not currency and (_ANY_PEOPLE in kinds or head in _PEOPLE_NOUNS or head == "person") \
                and (previous in _EMPLOYS or previous == "off" and before in ("laid", "lay", "lays", "laying")) \
                and text[ends[index - 1]:starts[index]] == " ":
            kinds.add("workforce")  # (consist18) "The factory employed 870 people" ... "those 270 jobs": its staff
            # (and "laid off 90 people": staff too, a second count of them)
        if not currency and known is None and not listed and previous in _HOLDS | _EMPLOYS \
                and text[ends[index - 1]:starts[index]] == " ":
            # (consist20) "runs 135 lorries", "has 40 planes": a fleet; "employs 850 workers", "has 900 staff": a
            # workforce (for "Its fleet of 387", "Its workforce of 620")
            if head in _FLEET_CLASSES or not _FLEET_KINDS.isdisjoint(_GENERAL_MEMBERS.get(head, ())):
                kinds.add("#fleet")
            elif "workforce" in kinds and (previous in _EMPLOYS or head == "workforce"):
                kinds.add("#staff")
        if not currency and (_ANY_PEOPLE in kinds or head in _PEOPLE_NOUNS) and previous.endswith("ed") \
                and _CLASSES.get(previous, "") in _PEOPLE_EVENTS:
            kinds.add(_CLASSES[previous])  # "Police arrested 57 people" ... "Those 30 arrests"
        if not currency and not margin_by and head and previous in _TALLIED and head not in _UNIT_WORDS \
                and head not in _DURATION_KINDS and "/" not in head and not hyphened \
                and text[ends[index - 1]:starts[index]] == " ":
            kinds.add(_COUNT_NAMED)  # (consist17) "has scored 57 tries" ... "His tally of 39": a tally of them
        if currency:
            kinds.add("*")
            # What a sum is: the words before it ("The contract is worth $594 million", "will spend $338 million").
            for back in range(max(0, index - _REFERENCE_WINDOW), index):
                kinds.add(_sum_kind(lower[back]))
            if previous in _COPULAS:
                # "The fine imposed on the shipping company was €800,000": the sentence's subject names the sum
                opening = _sentence_words(article, index)[0]
                if lower[opening] == "the" and opening + 1 < index:
                    kinds.add(_sum_kind(lower[opening + 1]))
        if change_only:
            kinds = {kind for kind in kinds if kind[:7] == "act:chg"}
        kinds.discard("")
        for kind in kinds:
            bucket = stated.setdefault((kind, currency), [])
            if len(bucket) < 4:
                bucket.append((value, index, ends[after - 1] if after > following else ends[following]
                               if margin_by and following < count and lower[following] in _MARGIN_COUNTS
                               else ends[following - 1]))
    return found


# round 14: a sentence opening "It <verb>s N ..." says what a thing already named has now, in the present tense
# of a state ("It employs 600 people", "It covers 520 acres"): when the article stated once before, with the same
# verb, a count of the same dimension ("The plant employs 450 workers"), or gave it as a named owner's count ("the
# plant's 450 workers"), the pronoun's owner is that statement's, and the two numbers disagree. Verbs of saying,
# changing or updating and counts set apart (a date, a place, a source, a plan, another one) are no restatement.
_NOT_STATE_VERBS = _ATTRIBUTION | _UPDATED | _AUXILIARIES | _FORECAST | _TO_CHANGES | _CHANGE_VERBS | _HEDGED \
    | frozenset("is was says plans expects hopes needs wants wins loses adds cuts sells buys".split()) - {"has"}
_STATE_PEOPLE = _PEOPLE_NOUNS | frozenset(("person", "workforce", "staff"))
_PART_AFTER = _PLACE_PREPOSITIONS | _RESTRICTIVE | _OTHER | frozenset(("of",))


def _dimension(article: Article, index: int) -> tuple[float, str, str, int] | None:
    """(value, currency, what a number counts: its class, "~person" for people, or "" for a bare sum, the word
    after its phrase) for the number at word ``index``, or None."""
    read = _value_at(article, index)
    if read is None:
        return None
    head, after = _head_class(article, read[2], 0)
    if read[1]:
        return read[0], read[1], "", read[2]
    if not head or head in _COUNT_WORDS:
        return None
    return read[0], "", _ANY_PEOPLE if head in _STATE_PEOPLE else _UNIT_NAMES.get(head, head), after


def _pronoun_restatements(article: Article, numbers: list[int]) -> list[Span]:
    lower = article.lower_words
    words = article.words
    text, starts, ends = article.norm, article.word_starts, article.word_ends
    count = len(lower)
    found: list[Span] = []
    after_word: dict[str, list[int]] | None = None
    for index in numbers:
        if index < 2 or lower[index - 2] != "it" or words[index - 2] != "It":
            continue
        verb = lower[index - 1]
        if len(verb) < 3 or not verb.isalpha() or verb[-1] != "s" or verb in _NOT_STATE_VERBS \
                or text[ends[index - 2]:starts[index - 1]] != " " \
                or text[ends[index - 1]:starts[index]].rstrip("$\u20ac\u00a3") != " ":
            continue
        bounds = _sentence_words(article, index)
        if bounds[0] != index - 2:
            continue  # the pronoun opens its sentence
        then = _dimension(article, index)
        if then is None or then[3] < count and (lower[then[3]] in _PART_AFTER or lower[then[3]] in _DURATION_AFTER):
            continue  # "It employs 600 people in France", "600 more": a part or another count
        # the earlier statements of that verb (or a named owner's count) and dimension (the numbers after each
        # word found in one pass on first use; at most eight read per reference, so that a long article costs
        # linear time)
        if after_word is None:
            after_word = {}
            for position in numbers:
                if position > 0:
                    key = "'s" if lower[position - 1][-2:] == "'s" else lower[position - 1]
                    after_word.setdefault(key, []).append(position)
        candidates = sorted(after_word.get(verb, []) + after_word.get("'s", []))
        if len(candidates) > 8:
            continue  # many such counts: no one of them is what the pronoun restates
        earlier: list[tuple[int, float, int]] = []
        for position in candidates:
            if position >= bounds[0]:
                break
            owned = lower[position - 1][-2:] == "'s" and bool(_possessor(article, position))
            if lower[position - 1] != verb and not owned \
                    or text[ends[position - 1]:starts[position]].rstrip("$\u20ac\u00a3") != " ":
                continue
            first = _dimension(article, position)
            if first is None or first[1] != then[1] or first[2] != then[2]:
                continue
            earlier.append((position, first[0], first[3]))
        if len({item[1] for item in earlier}) != 1:
            continue  # none, or two values already: the pronoun may mean either
        position, value, after = earlier[0]
        if value == then[0] or not _comparable(value, then[0]) or _given_before(article, index, then[0]):
            continue
        first_bounds = _sentence_words(article, position)
        if first_bounds == bounds or after < count and (lower[after] in _PART_AFTER or lower[after] in _DURATION_AFTER):
            continue
        first_occasion = _occasion(article, position, *first_bounds)
        then_occasion = _occasion(article, index, *bounds)
        if first_occasion[1] or then_occasion[1] or first_occasion[2] or then_occasion[2] \
                or _apart(first_occasion[0], then_occasion[0], True) or then_occasion[0][1] \
                or not _FUTURE.isdisjoint(lower[first_bounds[0]:first_bounds[1]]) \
                or not _FUTURE.isdisjoint(lower[bounds[0]:bounds[1]]) \
                or not _ATTRIBUTION.isdisjoint(lower[first_bounds[0]:first_bounds[1]]) \
                and not _ATTRIBUTION.isdisjoint(lower[bounds[0]:bounds[1]]):
            continue  # another date, place, occasion or plan, or two reports (perhaps two sources)
        first_start = starts[position] - (position > 0 and text[starts[position] - 1:starts[position]] in _CURRENCIES)
        then_start = starts[index] - (text[starts[index] - 1:starts[index]] in _CURRENCIES)
        first_end = ends[max(position, after - 1)]
        then_end = ends[max(index, then[3] - 1)]
        found.extend(_stated_twice(article, (first_start, first_end), (then_start, then_end)))
    return found


# round 15: a sum per unit of something is a rate of its own dimension: "A pint at the stadium costs $7.70", "The
# club pays its forward €720,000 a week", "costs $14.75 for adults". Restated with another sum as the subject of a
# judgement ("Fans said $13.55 a pint was exploitative", "asked whether €480,000 a week was justified", "said paying
# $14.90 a bottle was unthinkable"), the rate is the one the article gave: a judgement is of what is already told.
# Only an article with one such rate per unit, stated plainly, and a judgement with no date, place, forecast or
# other source apart from it.
_PER = frozenset(("a", "an", "per", "each", "every"))
_PRICE_VERBS = frozenset(("costs", "cost"))
_RATE_JUDGED_AFTER = _SAID_THAT | frozenset(("whether",))
_RATE_PAYING = frozenset(("paying", "charging"))
_RATE_JUDGEMENTS = _COPULAS | frozenset("seemed seems proved looked looks felt feels".split())
_RATE_HEDGED = _HEDGED | frozenset("than from to between".split())


def _rate_unit(article: Article, following: int) -> tuple[str, int]:
    """(the unit of a rate whose sum ends before word ``following``, the index of the word after it): "a pint",
    "per adult", "for a loaf", "for adults"; ("", 0) for none."""
    lower, words, text = article.lower_words, article.words, article.norm
    count = len(lower)

    def plain(position: int) -> bool:
        return position < count and lower[position].isalpha() and words[position][:1].islower() \
            and lower[position] not in _PHRASE_STOP \
            and text[article.word_ends[position - 1]:article.word_starts[position]] == " "

    if following + 1 < count and text[article.word_ends[following - 1]:article.word_starts[following]] == " ":
        if lower[following] in _PER and plain(following + 1):
            return _noun(lower[following + 1]), following + 2
        if lower[following] == "for" and lower[following + 1] in ("a", "an") and plain(following + 2):
            return _noun(lower[following + 2]), following + 3
        if lower[following] == "for" and lower[following + 1].endswith("s") and plain(following + 1):
            return _noun(lower[following + 1]), following + 2  # "costs $14.75 for adults"
    return "", 0


def _priced_subject(article: Article, index: int, first: int) -> str:
    """The noun of a subject "A/An <words> <noun> ... costs $N" (the sum at word ``index``, its sentence opening at
    word ``first``): what one of costs that sum ("A return ticket on the island ferry costs $3.90" -> "ticket")."""
    lower, words = article.lower_words, article.words
    verb = index - 1 - (index > 1 and lower[index - 1] == "now")
    if lower[first] not in ("a", "an") or verb <= first or lower[verb] not in _PRICE_VERBS:
        return ""
    noun = ""
    for position in range(first + 1, min(verb, first + 5)):
        if not lower[position].isalpha() or not words[position][:1].islower() or lower[position] in _PHRASE_STOP:
            break
        noun = lower[position]
    return _noun(noun) if noun else ""


def _said_by(lower: tuple[str, ...], bounds: tuple[int, int]) -> frozenset[str]:
    """The content words within two words of a verb of saying in the sentence at word ``bounds`` (who said it)."""
    who: set[str] = set()
    for position in range(bounds[0], bounds[1]):
        if lower[position] in _ATTRIBUTION:
            who.update(word for word in lower[max(bounds[0], position - 2):min(bounds[1], position + 3)]
                       if word.isalpha() and word not in _PHRASE_STOP and word not in _ATTRIBUTION)
    return frozenset(who)


_RATE_SUM_OWNERS = _SOMEBODYS | frozenset(("the", "that", "this"))


def _rate_adjective_sum(article: Article, index: int, following: int) -> int:
    """(consist18) The index of the rate adjective in "his/the weekly €810,000" or "His weekly wage of €810,000"
    (the sum at word ``index``, its words ending before ``following``), else 0: a rate named by its adjective,
    the sum per week (not before a modal: "his weekly €900 would be fairer"; not a target or a limit)."""
    lower, words, text = article.lower_words, article.words, article.norm
    starts, ends = article.word_starts, article.word_ends
    if index < 2 or following < len(lower) and lower[following] in _HYPOTHETICAL:
        return 0
    adjective = index - 1
    if lower[index - 1] == "of" and index > 3 and text[ends[index - 1]:starts[index]].rstrip("$\u20ac\u00a3") == " ":
        noun = lower[index - 2]
        if not noun.isalpha() or not words[index - 2][:1].islower() or noun in _OTHER_VALUES or noun in _HEDGED \
                or noun in _PHRASE_STOP or text[ends[index - 3]:starts[index - 1]] != f" {words[index - 2]} ":
            return 0
        adjective = index - 3
    elif text[ends[index - 1]:starts[index]] not in (" $", " \u20ac", " \u00a3") or following < len(lower) \
            and text[ends[following - 1]:starts[following]] == " " and lower[following].isalpha() \
            and words[following][:1].islower() and not _finite_verb(lower[following]) \
            and lower[following] not in _PHRASE_STOP:
        return 0  # (not "the weekly €50 allowance": another sum named by its own noun)
    if lower[adjective] not in _RATE_ADJECTIVES or adjective < 1 or lower[adjective - 1] not in _RATE_SUM_OWNERS \
            or text[ends[adjective - 1]:starts[adjective]] != " ":
        return 0
    return adjective


# consist20: nouns that name a sum per year by themselves ("earns $120,000 a year" ... "Her $150,000 salary", "his
# salary of €950,000", "his salary, €950,000,"), read as "his yearly €950,000" is (with an owner, not before a modal)
_YEARLY_NOUNS = frozenset(("salary",))


def _yearly_sum(article: Article, index: int, following: int) -> int:
    """The index of the owner before "salary" in "his $150,000 salary", "his salary of $150,000" or "his salary,
    $150,000," (the sum at word ``index``, its words ending before ``following``), else 0."""
    lower, text = article.lower_words, article.norm
    starts, ends = article.word_starts, article.word_ends
    if index < 2:
        return 0
    gap = text[ends[index - 1]:starts[index]]
    if following < len(lower) and lower[following] in _HYPOTHETICAL and gap[:1] != ",":
        return 0  # (not "Her salary of $150,000 would be"; an apposition is stated: "his salary, €950,000, should")
    if lower[index - 1] == "of" and index > 3 and gap.rstrip("$\u20ac\u00a3") == " " and lower[index - 2] in _YEARLY_NOUNS \
            and text[ends[index - 3]:starts[index - 2]] == " " and text[ends[index - 2]:starts[index - 1]] == " ":
        owner = index - 3  # "his salary of €950,000"
    elif lower[index - 1] in _YEARLY_NOUNS and index > 2 and gap in (", $", ", \u20ac", ", \u00a3") \
            and text[ends[index - 2]:starts[index - 1]] == " " and text[ends[following - 1]:ends[following - 1] + 1] == ",":
        owner = index - 2  # "his salary, €950,000," (not "his salary, €950,000 with bonuses,")
    elif gap in (" $", " \u20ac", " \u00a3") and following < len(lower) and lower[following] in _YEARLY_NOUNS \
            and text[ends[following - 1]:starts[following]] == " ":
        owner = index - 1  # "Her $150,000 salary"
    else:
        return 0
    return owner if lower[owner] in _RATE_SUM_OWNERS else 0


def _rate_restatements(article: Article, numbers: list[int]) -> list[Span]:
    lower, starts, ends, text = article.lower_words, article.word_starts, article.word_ends, article.norm
    # unit, currency -> [(value, start offset, end offset, word index)] of plain statements
    stated: dict[tuple[str, str], list[tuple[float, int, int, int]]] = {}
    judged: list[tuple[str, str, float, int, int, int, int]] = []
    yearly: set[int] = set()  # (consist20: the salaries, set apart by another occasion anywhere in their sentence)
    covered = -1
    for index in numbers:
        if starts[index] < covered or starts[index] == 0 or text[starts[index] - 1] not in _CURRENCIES:
            continue
        read = _value_at(article, index)
        if read is None:
            continue
        value, currency, following = read
        covered = ends[following - 1]
        unit, after = _rate_unit(article, following)
        word_before = lower[index - 1] if index > 0 else ""
        # (the sentence's first word is looked up only where it matters: most sums are neither judged nor priced)
        first = _sentence_words(article, index)[0] if unit and after < len(lower) and lower[after] in _RATE_JUDGEMENTS \
            or word_before in _RATE_HEDGED or not unit and (word_before in _PRICE_VERBS or word_before == "now") else -1
        previous = word_before if index > first else ""
        named = _rate_adjective_sum(article, index, following) if not unit else 0
        if not unit and not named and (owner := _yearly_sum(article, index, following)):
            # (consist20) "earns $120,000 a year" ... "Her $150,000 salary": the yearly rate named by its noun
            end = following + (following < len(lower) and lower[following] in _YEARLY_NOUNS)
            judged.append(("year", currency, value, index, index, starts[owner], ends[end - 1]))
            yearly.add(index)
            continue
        if named:
            # (consist18) "earns €470,000 a week" ... "his weekly €810,000", "His weekly wage of €810,000": the rate
            # named by its adjective
            judged.append((_RATE_ADJECTIVES[lower[named]], currency, value, index, index, starts[named - 1],
                           ends[following - 1]))
            continue
        if unit and after < len(lower) and lower[after] in _RATE_JUDGEMENTS:
            opener = index - 1 if previous in _RATE_PAYING else index
            if opener == first or lower[opener - 1] in _RATE_JUDGED_AFTER:
                judged.append((unit, currency, value, index, after, starts[opener] - (opener == index),
                               ends[after - 1]))
                continue
        if previous in _RATE_HEDGED:
            continue
        if not unit and first >= 0:
            unit, after = _priced_subject(article, index, first), following
        if unit:
            bucket = stated.setdefault((unit, currency), [])
            if len(bucket) < 4:  # (two values already make every later judgement ambiguous)
                bucket.append((value, starts[index] - 1, ends[after - 1], index))
    found: list[Span] = []
    # (the sums with a sign: two in the first statement's sentence ("$7.70 at the stadium and $6.50 at the pub")
    # leave open which one a judgement means)
    signed = [index for index in numbers if starts[index] > 0 and text[starts[index] - 1] in _CURRENCIES] \
        if judged else []
    for unit, currency, value, index, verb, start, end in judged[:64]:
        earlier = [item for item in stated.get((unit, currency), ()) if item[3] < index]
        if len({item[0] for item in earlier}) != 1 or earlier[0][0] == value or not _comparable(value, earlier[0][0]):
            continue
        first = earlier[-1]
        bounds, first_bounds = _sentence_words(article, index), _sentence_words(article, first[3])
        if bounds == first_bounds or _given_before(article, index, value) \
                or index in yearly and not _OCCASION.isdisjoint(lower[bounds[0]:bounds[1]]):
            continue  # ("Her $150,000 salary next year")
        # (the judgement's words after its verb are no other occasion of the rate: "is more than they can afford";
        # its dates are: "was normal in 2010")
        marks, _, _, sources, _ = _occasion(article, index, *bounds)
        _, other, forecast, _, _ = _occasion(article, index, bounds[0], verb)
        first_marks, first_other, first_forecast, first_sources, _ = _occasion(article, first[3], *first_bounds)
        said, first_said = _said_by(lower, bounds), _said_by(lower, first_bounds)
        if other or forecast or first_other or first_forecast or _apart(marks, first_marks, True) \
                or sources and first_sources and not sources & first_sources \
                or said and first_said and not said & first_said \
                or sum(1 for number in signed if first_bounds[0] <= number < first_bounds[1]) > 1 \
                or not _FUTURE.isdisjoint(lower[max(bounds[0], index - 6):index]) \
                or not _FUTURE.isdisjoint(lower[max(first_bounds[0], first[3] - 6):first[3]]):
            continue  # (and not "will pay him €50,000 a week": a plan)
        found.extend(_stated_twice(article, (first[1], first[2]), (start, end)))
    return found


# consist19: a measure, a span of time or a sum stated twice by the same subject and verb ("The trial lasted six
# weeks" ... "The trial, which lasted eight weeks,", "The new library cost £3.2 million" ... "The library cost £4.5
# million"): the verbs that state what a thing measured, cost or lasted, by their stem.
_RESTATED_VERBS = {"lasted": "last", "lasts": "last", "took": "take", "takes": "take", "cost": "cost",
                   "costs": "cost", "weighed": "weigh", "weighs": "weigh", "covered": "cover", "covers": "cover",
                   "measured": "measure", "measures": "measure"}
_SUBJECT_DETERMINERS = frozenset("the its their his her".split())
_NOT_SUBJECT = _PHRASE_STOP | _OCCASION | _OTHER | _HEDGED | _UPDATED | _FORECAST | _PERIODS | _MONTHS_DAYS \
    | frozenset("each every one rest remainder part".split())


def _subject_of(article: Article, verb: int) -> tuple[str, tuple[str, ...], str] | None:
    """(noun, the lower-case words before it, determiner) of "the/its <up to two words> <noun>" right before the
    verb at word ``verb``, or before ", which" and the verb ("The new library cost", "The trial, which lasted")."""
    lower, words, text = article.lower_words, article.words, article.norm
    starts, ends = article.word_starts, article.word_ends
    noun = verb - 1
    if noun > 0 and lower[noun] == "which" and text[ends[noun - 1]:starts[noun]] == ", " \
            and text[ends[noun]:starts[verb]] == " ":
        noun -= 1
    elif noun < 1 or text[ends[noun]:starts[verb]] != " ":
        return None
    determiner = noun - 1
    while determiner >= 0 and determiner > noun - 3 and lower[determiner] not in _SUBJECT_DETERMINERS:
        determiner -= 1
    if determiner < 0 or lower[determiner] not in _SUBJECT_DETERMINERS:
        return None
    phrase = range(determiner + 1, noun + 1)
    if any(not lower[position].isalpha() or not words[position][:1].islower() or lower[position] in _NOT_SUBJECT
           or text[ends[position - 1]:starts[position]] != " " for position in phrase):
        return None
    return _noun(lower[noun]), lower[determiner + 1:noun], lower[determiner]


def _same_verb_restatements(article: Article, numbers: list[int]) -> list[Span]:
    """A measure, span of time or sum the same subject and verb state twice with two values (see
    ``_RESTATED_VERBS``): not hedged ("lasted about"), not another subject ("the retrial", "the first trial"
    ... "the second trial"), not an update, a forecast, another occasion, place or source (``_disagree``)."""
    lower, text = article.lower_words, article.norm
    starts, ends = article.word_starts, article.word_ends
    count = len(lower)
    stated: dict[tuple[str, str, str], tuple[int, float, tuple[str, ...], tuple[int, int], int, int,
                                          tuple[str, ...]]] = {}
    found: list[Span] = []
    done: set[tuple[str, str, str]] = set()
    for index in numbers:
        if index < 3 or text[ends[index - 1]:starts[index]] == ",":
            continue  # (the second group of "60,300")
        verb = index - 1 - (lower[index - 1] == "for")
        if lower[verb] not in _RESTATED_VERBS:
            continue
        read = _value_at(article, index)
        if read is None:
            continue
        value, currency, following = read
        if text[ends[verb]:starts[index]].rstrip("$\u20ac\u00a3") not in (" ", " for "):
            continue
        if currency:
            unit, end = currency, ends[following - 1]
        elif following < count and lower[following] in _DURATION_UNITS:
            unit, end = _DURATION_UNITS[lower[following]], ends[following]
        elif following < count and lower[following] in _UNIT_NAMES:
            unit, end = _UNIT_NAMES[lower[following]], ends[following]
        else:
            continue
        subject = _subject_of(article, verb)
        if subject is None:
            continue
        key = (subject[0], _RESTATED_VERBS[lower[verb]], unit)
        bounds = _sentence_words(article, index)
        if not _ANAPHORA_UPDATED.isdisjoint(lower[bounds[0]:bounds[1]]) \
                or not _ATTRIBUTION.isdisjoint(lower[bounds[0]:bounds[1]]):
            continue  # "has now lasted", "the revised cost"; "the council said": a source's figure
        # the words after the quantity up to a comma or the sentence's end ("on the way back", "after the rain")
        tail_end = bisect_left(starts, end, index, bounds[1])
        tail = tail_end
        while tail < bounds[1] and text[ends[tail - 1]:starts[tail]] == " ":
            tail += 1
        tail_words = lower[tail_end:tail]
        earlier = stated.get(key)
        if earlier is None:
            stated[key] = (index, value, subject[1], bounds, starts[index] - bool(currency), end, tail_words)
            continue
        if tail_words and tail_words != earlier[6]:
            continue  # (another leg, another time: "The journey took eight hours on the way back")
        if key in done or earlier[3] == bounds or earlier[1] == value or not _comparable(value, earlier[1]):
            continue
        if subject[2] != "the" and subject[2] != "its" or not set(subject[1]) <= set(earlier[2]) \
                or _disagree(article, index, bounds, earlier[0], earlier[3]):
            continue  # (a reference names no more than the first subject did: "the new library" ... "the library")
        done.add(key)
        found.extend(_stated_twice(article, (earlier[4], earlier[5]), (starts[index] - bool(currency), end)))
    return found


_STRONG_DETERMINERS = frozenset("the its their this that".split())


def _strong_restatements(article: Article, numbers: list[int]) -> list[Span]:
    """consist19: "the/its N-strong <group>" gives the size of a group a sentence before named with one number
    ("The squad has 23 players" ... "the 25-strong squad", "The zoo's penguin colony numbers 188 birds" ... "the
    939-strong colony", "A crowd of 35,000" ... "The 40,000-strong crowd"): only when exactly one earlier sentence
    names the group and it holds exactly one number, not of another occasion, place or source (``_disagree``)."""
    lower, words, text = article.lower_words, article.words, article.norm
    starts, ends = article.word_starts, article.word_ends
    found: list[Span] = []
    # each noun's first two sentences, read once per article (only when a reference is met)
    named_in: dict[str, list[tuple[int, int]]] = {}
    for index in numbers:
        if index < 1 or lower[index - 1] not in _STRONG_DETERMINERS or "strong" not in lower[index] and not (
                index + 1 < len(lower) and "strong" in lower[index + 1] and text[ends[index]:starts[index + 1]] == ","):
            continue  # (a look at the word first: "25-strong"; "40" of "40,000-strong")
        read = _value_at(article, index)
        if read is None or read[1] or not lower[read[2] - 1].endswith("-strong") or read[2] >= len(lower) \
                or not lower[read[2]].isalpha() or not words[read[2]][:1].islower():
            continue
        group = _noun(lower[read[2]])
        bounds = _sentence_words(article, index)
        if not named_in:
            for position, word in enumerate(lower):
                sentences = named_in.setdefault(_noun(word), [])
                if len(sentences) < 2 and (not sentences or sentences[-1][1] <= position):
                    sentences.append(_sentence_words(article, position))
        earlier = named_in.get(group, [])
        if not earlier or earlier[0][1] > bounds[0] or len(earlier) > 1 and earlier[1][1] <= bounds[0]:
            continue  # (exactly one sentence before names the group)
        first, last = earlier[0]
        inside = [position for position in numbers[bisect_left(numbers, first):bisect_left(numbers, last)][:4]
                  if not (position > first and text[ends[position - 1]:starts[position]] == ",")]
        stated = _value_at(article, inside[0]) if len(inside) == 1 else None
        if stated is None or stated[1] or stated[0] == read[0] or not _comparable(read[0], stated[0]) \
                or not _OTHER_VALUES.isdisjoint(lower[first:last]) or not _ANAPHORA_UPDATED.isdisjoint(lower[first:last]) \
                or _disagree(article, index, bounds, inside[0], earlier[0]):
            continue  # (and not "had 23 players last season", "now has", "about 23")
        found.extend(_stated_twice(article, (starts[inside[0]], ends[stated[2] - 1]), (starts[index], ends[read[2]])))
    return found


def extract_consistency(article: Article) -> dict[str, Measurement]:
    """Count inconsistent names and conflicting figures (each finding: two evidence spans).

    Examples
    --------
    >>> from reliability.article import Article
    >>> text = ("Benjamin Young, a researcher at Rand, spoke. "
    ...         '"No amount of training can replicate it," Yang said.')
    >>> result = extract_consistency(Article(text))
    >>> result["name_inconsistency"].value, [text[s.start:s.end] for s in result["name_inconsistency"].spans]
    (1.0, ['Benjamin Young', 'Yang'])
    >>> text = "On Monday 12 people were killed in the blast. Police said 15 people were killed."
    >>> [text[s.start:s.end] for s in extract_consistency(Article(text))["conflicting_figures"].spans]
    ['12 people were killed', '15 people were killed']
    """
    if article.word_count == 0:
        reason = "the text has no words"
        return {name: Measurement(math.nan, reason=reason) for name in ("name_inconsistency", "conflicting_figures")}
    names = _name_conflicts(article)
    if article.capitalised_indices:
        particles = _particle_conflicts(article)
        if particles:
            seen = {span.start for span in names[1::2]}
            for first, then in zip(particles[0::2], particles[1::2]):
                if then.start not in seen:
                    names += (first, then)
    figures = _figure_conflicts(article)
    digits = article.digit_indices
    listed = PHRASES.hits(article, "consistency")
    # (consist19: and ages written in words alone, "A twenty-nine-year-old man" ... "The fifty-one-year-old")
    if digits or listed or _AGE_SUFFIX in article.norm:
        numbers = [*digits, *(hit.first for hit in listed if hit.category == "number_word")]
        reported = {span.start for span in figures}
        anaphora = _anaphora_conflicts(article, numbers) + _age_conflicts(article, numbers)
        anaphora += _named_age_conflicts(article, digits)
        anaphora += _same_verb_restatements(article, sorted(set(numbers)))
        if "strong" in article.norm:
            anaphora += _strong_restatements(article, sorted(set(numbers)))
        if "It" in article.words:
            anaphora += _pronoun_restatements(article, sorted(set(numbers)))
        if digits:
            anaphora += _rate_restatements(article, sorted(set(digits)))
            anaphora += _magnitude_conflicts(article)
        seen = {span.start for span in anaphora[1::2]}
        for first, then in (lambda found: zip(found[0::2], found[1::2]))(_reference_conflicts(article, numbers)):
            if then.start not in seen:
                anaphora += (first, then)
        for first, then in zip(anaphora[0::2], anaphora[1::2]):
            if then.start not in reported:  # a pair the rule above already reports counts once
                figures += (first, then)
    return {
        "name_inconsistency": Measurement(len(names) / 2.0, tuple(names)),
        "conflicting_figures": Measurement(len(figures) / 2.0, tuple(figures)),
    }
