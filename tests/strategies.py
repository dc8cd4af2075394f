"""Hypothesis strategies for hostile and realistic article text, shared by the tests."""

from __future__ import annotations

from hypothesis import strategies as st

_FRAGMENTS = [
    "According to a source with direct access to the discussions, ",
    "officials said ", "URGENT UPDATE: ", "Stay tuned!!! ", "reportedly ", "could ",
    "Monday, March 14, 2017 ", "February 30, 2016 ", "the 2019 treaty ", "signed in June 2024. ",
    "“Curly quotes” ", "‘single’ ", " — ", "Михайлов said ", "Choe Son Hui ", "🙂 ", "<script>x</script> ",
    "&amp; ", "\u200b", "\u202e", "\x00", "\n\n", "May 2024 ", "Theresa May ", "2,000 troops ",
    "Mr. Smith said. ", "!!!", "???", '"', "'", "-", "...",
]

#: Text mixing news phrases, markup, control characters and arbitrary Unicode.
article_text = st.lists(
    st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=40)), max_size=60
).map("".join)

#: Optional titles.
titles = st.one_of(st.none(), st.text(max_size=80), st.sampled_from(["You Won't Believe This!", "BREAKING: Talks Fail"]))
