"""Name positions added by the lead in session 24, from the name renders of blind19 the detector missed (all three
renders of four templates) and from wordings of our own.

``python benchmarks/consistency_misses.py --split blind19 --kind name_inconsistency --contexts 3`` listed 33 missed
renders of 216. Three positions recur there and are common in news copy; each is read in general and tested here
with sentences of our own (other people, other wording), with near-misses that must stay silent:

- "at" ending a phrase aimed at somebody: more verbs ("hooted", "booed", "hissed", "barked", "snarled",
  "bellowed", "sniped"), a noun of such a phrase ("hurled abuse at", "took aim at", "poked fun at", "pointed the
  finger at", "fired questions at") or "out"/"back" after a verb of striking or firing ("lashed out at", "hit back
  at"): the capitalised word after it is a person, not a place (things fired at a place stay places);
- a caption's label opening a sentence ("Pictured:", "Above:", "Inset:"): the capitalised word after the colon
  does not open a sentence;
- a name as the first part of a compound adjective ("the Okonjo-led troop", "the Ruiz-era reforms", "a
  Mendes-designed stadium"), but never a nation, a people, a bloc or an age ("the Saudi-led coalition", "Soviet-era
  flats", "Iranian-backed militias", "Roman-era ruins"); its evidence is the name alone;
- spellings of one name in two conventions: Welsh Rhys and the anglicised Rees, Reece, Reese; Persian "-eh" as
  "-e"; Egyptian Arabic "g" for the "j" of other romanisations; Somali "c" for the ayn on a name of Somali shape;
  Maltese "x" for "sh".

Figures are in features/consistency.md ("Session 24, names (lead)").
"""

from __future__ import annotations

import pytest

from reliability.article import Article
from reliability.features.consistency import extract_consistency


def _pairs(text: str) -> list[str]:
    measurement = extract_consistency(Article(text))["name_inconsistency"]
    return [text[span[0]:span[1]] for span in measurement.spans]


_FILLER = " The meeting ran late. Several residents asked questions about parking."

AIMED_AT = [
    ("The referee Gwendolyn Marchbanks sent off two players.", "Away fans hooted at Marshbanks for the rest of the game.",
     "Marshbanks"),
    ("The chairman Ruben Okoronkwo left the ground by a side door.", "Supporters booed at Okoronkow as he drove off.",
     "Okoronkow"),
    ("Councillor Maude Haverstock defended the budget.", "Protesters hurled abuse at Haverstok outside the hall.",
     "Haverstok"),
    ("The novelist Osric Pembleton has written a satire of the town.", "Critics poked fun at Pembelton in the local paper.",
     "Pembelton"),
    ("Minister Ingrid Vasquez-Lund announced the cuts.", "The opposition took aim at Vasquez-Lunt on Friday.",
     "Vasquez-Lunt"),
    ("The auditor Desmond Achterberg found the missing money.", "The board pointed the finger at Achterburg instead.",
     "Achterburg"),
    ("The coach Isidore Fanshawe dropped his captain.", "The captain lashed out at Fanshaw after the match.", "Fanshaw"),
    ("The mayor Theodora Quilliam was accused of favouritism.", "On Tuesday she hit back at Quiliam's critics.",
     "Quiliam's"),
    ("The prosecutor Leontine Abernethy opened the case.", "Reporters fired questions at Abernathy on the steps.",
     "Abernathy"),
    ("The tenor Cosimo Bellingham sang the anthem.", "A heckler sniped at Bellinghan from the back row.", "Bellinghan"),
]


@pytest.mark.parametrize(("first", "then", "variant"), AIMED_AT)
def test_at_after_a_phrase_aimed_at_somebody_is_a_person(first: str, then: str, variant: str) -> None:
    pairs = _pairs(first + _FILLER + " " + then)
    assert len(pairs) == 2 and pairs[1] == variant


AIMED_AT_NEAR = [
    # things fired or thrown at a place named like the person: a place
    "The mayor Hana Tolhurst spoke on Monday." + _FILLER + " Rockets were fired at Torhurst overnight.",
    "The mayor Hana Tolhurst spoke on Monday." + _FILLER + " The festival at Torhurst was cancelled.",
    "The mayor Hana Tolhurst spoke on Monday." + _FILLER + " The crowd roared at Torhurst as the band began.",
    # the name spelt as introduced
    "The coach Isidore Fanshawe dropped his captain." + _FILLER + " The captain lashed out at Fanshawe after the match.",
    "Councillor Maude Haverstock defended the budget." + _FILLER + " Protesters hurled abuse at Haverstock outside.",
]


@pytest.mark.parametrize("text", AIMED_AT_NEAR)
def test_places_and_consistent_names_after_at_stay_silent(text: str) -> None:
    assert _pairs(text) == []


CAPTIONS = [
    ("The stonemason Ambrose Fitzwarren carved the new font.", "Pictured: Fitzwaren with his chisels.", "Fitzwaren"),
    ("The goalkeeper Oluwaseun Adebayo-Cole saved three penalties.", "Above: Adebayo-Kole celebrates the third.",
     "Adebayo-Kole"),
    ("The beekeeper Winifred Scarborough lost half her hives.", "Inset: Scarborugh inspecting a frame.", "Scarborugh"),
    ("The violinist Tobias Wetherall played at the vigil.", "Below: Wetheral and the choir at the memorial.",
     "Wetheral"),
]


@pytest.mark.parametrize(("first", "then", "variant"), CAPTIONS)
def test_a_caption_label_does_not_open_a_sentence(first: str, then: str, variant: str) -> None:
    pairs = _pairs(first + _FILLER + " " + then)
    assert len(pairs) == 2 and pairs[1] == variant


CAPTIONS_NEAR = [
    "The stonemason Ambrose Fitzwarren carved the new font." + _FILLER + " Pictured: Fitzwarren with his chisels.",
    # a caption naming a place in Title Case
    "The stonemason Ambrose Fitzwarren carved the new font." + _FILLER + " Pictured: Fitzwaren Abbey at dusk.",
    # a label word that is no caption's ("Left" ends a sentence's clause, mid-sentence)
    "The beekeeper Winifred Scarborough lost half her hives." + _FILLER + " She turned left: Scarborough Road was shut.",
]


@pytest.mark.parametrize("text", CAPTIONS_NEAR)
def test_caption_near_misses_stay_silent(text: str) -> None:
    assert _pairs(text) == []


COMPOUNDS = [
    ("The new scout leader is Cressida Ballantyne.", "The Balantyne-led troop built a raft.", "Balantyne"),
    ("The former minister Augusto Quintanilla reformed the schools.", "The Quintanila-era reforms are being undone.",
     "Quintanila"),
    ("The architect Rosalind Featherby won the competition.", "A Featherbey-designed stadium will open in spring.",
     "Featherbey"),
    ("The producer Kwabena Asamoah-Gyan financed the film.", "The Asamoah-Gyam-backed studio has gone bust.",
     "Asamoah-Gyam"),
    ("The chef Perpetua Lindqvist trained a generation of cooks.", "Lindquist-trained chefs run four of the kitchens.",
     "Lindquist"),
]


@pytest.mark.parametrize(("first", "then", "variant"), COMPOUNDS)
def test_a_name_in_a_compound_adjective_is_read(first: str, then: str, variant: str) -> None:
    text = first + _FILLER + " " + then
    pairs = _pairs(text)
    assert len(pairs) == 2 and pairs[1] == variant


COMPOUNDS_NEAR = [
    # nations, peoples, blocs and ages named like a person of the article
    "Ahmed Saudy, a lawyer, spoke on Monday." + _FILLER + " The Saudi-led coalition bombed the port.",
    "The analyst Karl Sovet wrote the report." + _FILLER + " The Soviet-era flats will be demolished.",
    "The historian Lucia Romano spoke." + _FILLER + " The Roman-era ruins were found under the car park.",
    "The envoy Dariush Irani arrived on Monday." + _FILLER + " Iranian-backed militias hold the crossing.",
    # the compound spelt as introduced
    "The new scout leader is Cressida Ballantyne." + _FILLER + " The Ballantyne-led troop built a raft.",
    # a compound whose second part makes no name of the first ("Smyth-Jones" is one name, not a variant)
    "The new scout leader is Cressida Smyth." + _FILLER + " The Smith-Jones family built a raft.",
]


@pytest.mark.parametrize("text", COMPOUNDS_NEAR)
def test_compound_near_misses_stay_silent(text: str) -> None:
    assert _pairs(text) == []


# Spellings of one name in two conventions, from blind19's misses and names of our own: Welsh Rhys as the anglicised
# Rees/Reece/Reese (lexicons/name_romanisations.tsv), Persian "-eh" as "-e", Egyptian Arabic "g" for "j", Somali "c"
# for the ayn, Maltese "x" for "sh".
SPELLINGS = [
    ("The harpist Bethan Rhys played at the funeral.", "Mourners thanked Reece afterwards.", "Reece"),
    ("The keeper Gruffydd Rees moved the hives.", "The honey will be sold by Rhys at the market.", "Rhys"),
    ("The bridge inspector Parisa Karimzade found a crack.", "Engineers say Karimzadeh may have prevented a collapse.",
     "Karimzadeh"),
    ("The architect Farhad Mehdizadeh designed the library.", "Mehdizade said the roof was the hardest part.", "Mehdizade"),
    ("The sound engineer Hoda Naguib recorded every bell.", "The recordings, Najib reckons, will go to the archive.",
     "Najib"),
    ("The surgeon Tarek Hegazi led the team.", "Hijazi said the patient was recovering.", "Hijazi"),
    ("The farrier Hodan Abdi shod the horses.", "The force is giving Cabdi a silver horseshoe.", "Cabdi"),
    ("The elder Faadumo Cismaan opened the centre.", "Isman said it had taken ten years.", "Isman"),
    ("The lift engineer Carmelo Shuereb freed eleven people.", "Xuereb said later that they had been singing.", "Xuereb"),
]


@pytest.mark.parametrize(("first", "then", "variant"), SPELLINGS)
def test_spellings_of_one_name_in_two_conventions(first: str, then: str, variant: str) -> None:
    pairs = _pairs(first + _FILLER + " " + then)
    assert len(pairs) == 2 and pairs[1] == variant


SPELLINGS_NEAR = [
    # a "c" before a vowel in a name of no Somali shape: another name
    "The singer Ana Carlo sang at the gala." + _FILLER + " Arlo said it was the best night of the year.",
    "The poet Jane Austen read from her work." + _FILLER + " Causten said the reading had sold out.",
    # Rice is an English surname of its own, not in the Rhys group
    "The keeper Gruffydd Rhys moved the hives." + _FILLER + " The honey will be sold by Rice at the market.",
    # the same spelling twice
    "The surgeon Tarek Hegazy led the team." + _FILLER + " Hegazy said the patient was recovering.",
]


@pytest.mark.parametrize("text", SPELLINGS_NEAR)
def test_spelling_near_misses_stay_silent(text: str) -> None:
    assert _pairs(text) == []


# Positions and introductions found missing among 52 wordings of our own (one headteacher introduced 14 ways and
# named again 38 ways; every other wording was already read): a sentence opened by "Both", "Neither" or "Either";
# a thing awarded that "went to" somebody; a caption's aside after the name ("(pictured)"); a full name introduced in
# the possessive; a middle initial; a nickname between the given name and the surname.
_HEAD = "The headteacher Rosalind Etheridge has run Ashgrove Primary for a decade."
_LATER = " Parents praised the school's results this year. The roll has grown by a third. "

OWN_POSITIONS = [
    (_HEAD, "Both Etheredge and the chairman of governors signed the letter.", "Etheredge"),
    (_HEAD, "Neither Etheredge nor the council would comment.", "Etheredge"),
    (_HEAD, "The job went to Etheredge in 2015.", "Etheredge"),
    (_HEAD, "The award went to Etheredge on Friday.", "Etheredge"),
    (_HEAD, "Etheredge (pictured) received the award on Friday.", "Etheredge"),
    ("Rosalind Etheridge's school has been rated outstanding.", "Etheredge said the school would stay open.",
     "Etheredge"),
    ("Rosalind J. Etheridge has run Ashgrove Primary for a decade.", "Parents thanked Etheredge on Friday.", "Etheredge"),
    ("Rosalind \u201cRos\u201d Etheridge has run Ashgrove Primary for a decade.", "Etheredge said the school would stay open.",
     "Etheredge"),
]


@pytest.mark.parametrize(("first", "then", "variant"), OWN_POSITIONS)
def test_own_positions_and_introductions(first: str, then: str, variant: str) -> None:
    pairs = _pairs(first + _LATER + then)
    assert len(pairs) == 2 and pairs[1] == variant


def test_nickname_and_middle_initial_evidence_is_the_whole_name() -> None:
    text = "Rosalind \u201cRos\u201d Etheridge has run Ashgrove Primary." + _LATER + "Etheredge said it would stay open."
    assert _pairs(text) == ["Rosalind \u201cRos\u201d Etheridge", "Etheredge"]
    text = "Rosalind J. Etheridge has run Ashgrove Primary." + _LATER + "Etheredge said it would stay open."
    assert _pairs(text) == ["Rosalind J. Etheridge", "Etheredge"]


OWN_NEAR = [
    # a journey to a place named like the person
    _HEAD + _LATER + "She went to Etheredge on Friday to open the fete.",
    _HEAD + _LATER + "The coach went to Etheredge on Friday.",
    # the same spelling in each new position
    _HEAD + _LATER + "Both Etheridge and the chairman of governors signed the letter.",
    "Rosalind Etheridge's school has been rated outstanding." + _LATER + "Etheridge said the school would stay open.",
    "Rosalind J. Etheridge has run Ashgrove Primary for a decade." + _LATER + "Parents thanked Etheridge on Friday.",
    "Rosalind \u201cRos\u201d Etheridge has run Ashgrove Primary." + _LATER + "Etheridge said the school would stay open.",
    # a middle initial that is a sentence's end ("Plan B. Jones said") does not join two people
    "The engineers chose Plan B. Jones said it was cheaper." + _LATER + "Jones said the work would start soon.",
]


@pytest.mark.parametrize("text", OWN_NEAR)
def test_own_near_misses_stay_silent(text: str) -> None:
    assert _pairs(text) == []


# An Arabic name written with its article in lower case ("Nouri al-Maliki") was no name word: neither its full name
# nor a later "al-Malki" was read. A run opened by "al-" is a place's ("in al-Gharia al-Gharbiya"), not a person's.
ARTICLED = [
    ("The former prime minister Nouri al-Maliki spoke on Monday.", "Later, al-Malki said the deal was close.",
     "al-Malki"),
    ("Ayman al-Zawahiri released a new message.", "Analysts say al-Zawahri recorded it months ago.", "al-Zawahri"),
    ("The cleric Moqtada al-Sadr called for calm.", "Supporters of al-Sader marched in Baghdad.", "al-Sader"),
    ("Prime Minister Haider al-Abadi visited the front.", "Al-Ebadi said the city would be retaken.", "Al-Ebadi"),
]


@pytest.mark.parametrize(("first", "then", "variant"), ARTICLED)
def test_arabic_names_with_the_article_in_lower_case(first: str, then: str, variant: str) -> None:
    pairs = _pairs(first + _FILLER + " " + then)
    assert len(pairs) == 2 and pairs[1] == variant


ARTICLED_NEAR = [
    "The former prime minister Nouri al-Maliki spoke on Monday." + _FILLER + " Later, al-Maliki said the deal was close.",
    # only the article differs: one name
    "President Abdel Fattah el-Sisi spoke on Monday." + _FILLER + " Later, al-Sisi said the deal was close.",
    # places: a run opened by "al-", and a list of villages
    "A unit destroyed a vehicle in al-Gharia al-Gharbiya on Monday." + _FILLER
    + " Other units struck Nabe al-Sakher al-Hamidia al-Samdania al-Gharbia and Boreiqa.",
    # an organisation spelt two ways, no person introduced
    "Osama bin Laden founded al-Qaeda in 1988." + _FILLER + " A statement from al-Qaida denied it.",
]


@pytest.mark.parametrize("text", ARTICLED_NEAR)
def test_articled_near_misses_stay_silent(text: str) -> None:
    assert _pairs(text) == []


# A third batch of our own (42 later mentions of the headteacher; the misses read here): a sentence adverb set off by
# commas after the name, "sent" and other irregular pasts, a question or focus word opening the sentence ("Is", "Even",
# "Only", "Ask"), and a name between dashes after a word in lower case.
OWN_THIRD = [
    "Etheredge, however, disagreed.",
    "Etheredge sent a letter to parents.",
    "Is Etheredge the best head in the county?",
    "Even Etheredge was surprised.",
    "Only Etheredge knew the plan.",
    "Ask Etheredge and she will tell you.",
    "Their head \u2014 Etheredge \u2014 has the final say.",
]


@pytest.mark.parametrize("then", OWN_THIRD)
def test_own_third_batch(then: str) -> None:
    pairs = _pairs(_HEAD + _LATER + then)
    assert pairs == ["Rosalind Etheridge", "Etheredge"]


OWN_THIRD_NEAR = [
    # a place after "however" and a dash: no person's surname near it
    _HEAD + _LATER + "Ashford, however, disagreed.",
    # the same spelling in each new position
    _HEAD + _LATER + "Etheridge, however, disagreed.",
    _HEAD + _LATER + "Is Etheridge the best head in the county?",
    _HEAD + _LATER + "Their head \u2014 Etheridge \u2014 has the final say.",
    # "Will" stays a given name: "Will Etheridge" is another person with the same surname, not a variant
    _HEAD + _LATER + "Her son Will Etheridge teaches in Leeds.",
]


@pytest.mark.parametrize("text", OWN_THIRD_NEAR)
def test_own_third_batch_near_misses(text: str) -> None:
    assert _pairs(text) == []
