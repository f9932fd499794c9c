"""Numbers: what a reader sees for each number (kind, value, unit, qualifier, rate, span).

Sentences here are written for the tests, not taken from the corpus; the corpus floors are in
test_corpus_quality.py.
"""

from __future__ import annotations

import pytest

from reader.nlp.numbers import find_numbers


@pytest.fixture(scope="module")
def blank():
    """The rule-based fallback pipeline: no tagger, no parser, no recogniser."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def numbers(nlp, text: str, base: int = 0):
    found = find_numbers(nlp(text), base)
    for n in found:
        assert text[n.start - base:n.end - base] == n.text
    return found


def by_text(nlp, text: str) -> dict:
    return {n.text: n for n in numbers(nlp, text)}


# -- money ---------------------------------------------------------------------------------

def test_money_with_scale_qualifier_and_rate(nlp):
    (n,) = [n for n in numbers(nlp, "Exports are now worth over $10 billion a year to the region.")]
    assert (n.text, n.kind, n.value, n.unit) == ("$10 billion", "money", 10_000_000_000, "USD")
    assert n.qualifier == "over"
    assert n.per == "year"


def test_money_short_scales_and_currencies(nlp):
    got = by_text(nlp, "The plan costs £3bn, plus €450m from Brussels and ¥1,200 per head.")
    assert (got["£3bn"].value, got["£3bn"].unit) == (3_000_000_000, "GBP")
    assert (got["€450m"].value, got["€450m"].unit) == (450_000_000, "EUR")
    assert (got["¥1,200"].value, got["¥1,200"].unit, got["¥1,200"].per) == (1200, "JPY", "person")


def test_dollar_prefixes_name_the_currency(nlp):
    got = by_text(nlp, "The mine was sold for US$2.5 million and A$40 million in shares.")
    assert (got["US$2.5 million"].value, got["US$2.5 million"].unit) == (2_500_000, "USD")
    assert (got["A$40 million"].value, got["A$40 million"].unit) == (40_000_000, "AUD")


@pytest.mark.parametrize("pipeline", ["nlp", "blank"])
def test_rupiah_and_rand_prefixes(pipeline, request):
    nlp = request.getfixturevalue(pipeline)
    text = "The pause costs Rp 1.6 trillion. Mthunzi gained R1.1 billion and a parcel costs R85."
    got = {n.text: (n.kind, n.value, n.unit) for n in numbers(nlp, text)}
    assert got == {"Rp 1.6 trillion": ("money", 1_600_000_000_000, "IDR"),
                   "R1.1 billion": ("money", 1_100_000_000, "ZAR"),
                   "R85": ("money", 85, "ZAR")}
    assert not [n for n in numbers(nlp, "The R2-D2 toy sold out.") if n.kind == "money"]


def test_decibels_half_as_a_subject_and_a_measure_after_a_label(nlp):
    text = ("The trial enrolled 312 children. Half received the drug. Nausea hit 11 per cent of "
            "those given HNP-208 and 9 per cent of the others, who lost 20 decibels of hearing.")
    got = {n.text: (n.kind, n.value, n.unit) for n in numbers(nlp, text)}
    assert got["Half"] == ("percent", 50, "%")
    assert got["9 per cent"] == ("percent", 9, "%")
    assert got["20 decibels"] == ("quantity", 20, "dB")
    assert "208" not in got


@pytest.mark.parametrize("pipeline", ["nlp", "blank"])
def test_local_currency_signs_race_times_and_nautical_miles(pipeline, request):
    nlp = request.getfixturevalue(pipeline)
    text = ("The council approved a zł 2 billion plan. She won in 2:06:41 and took KSh 4 million. "
            "A GH₵ 5 million grant came too. The tanker sailed 3,500 nautical miles.")
    got = {n.text: (n.kind, n.value, n.unit) for n in numbers(nlp, text)}
    assert got == {"zł 2 billion": ("money", 2_000_000_000, "PLN"),
                   "2:06:41": ("duration", 7601, "second"),
                   "KSh 4 million": ("money", 4_000_000, "KES"),
                   "GH₵ 5 million": ("money", 5_000_000, "GHS"),
                   "3,500 nautical miles": ("quantity", 3500, "nmi")}
    (clock,) = numbers(nlp, "The count ended at 16:00:00 GMT.")
    assert clock.kind == "date"


def test_iso_codes_before_the_amount_and_hyphenated_areas(nlp):
    got = {n.text: (n.kind, n.value, n.unit) for n in numbers(
        nlp, "The contracts were worth ARS 90 billion. A 1,200-square-metre hall opened.")}
    assert got["ARS 90 billion"] == ("money", 90_000_000_000, "ARS")
    assert got["1,200-square-metre"][0] == "quantity"


def test_namibian_dollars(nlp):
    (n,) = numbers(nlp, "Crews lost about N$480 a day.")
    assert (n.kind, n.value, n.unit) == ("money", 480, "NAD")


def test_a_fortnight_is_two_weeks(nlp):
    (n,) = numbers(nlp, "Residents were given a fortnight to comment.")
    assert (n.text, n.kind, n.value, n.unit) == ("a fortnight", "duration", 2, "week")


def test_hyphenated_electrical_and_chip_units(nlp):
    got = {n.text: (n.kind, n.unit) for n in numbers(
        nlp, "They want a 230-kilovolt line and a 2-nanometre process.")}
    assert got == {"230-kilovolt": ("quantity", "kV"), "2-nanometre": ("quantity", "nm")}


def test_currency_words_after_the_amount(nlp):
    got = by_text(nlp, "The hospital owes 312,500 euros and three million dollars in back pay.")
    assert (got["312,500 euros"].kind, got["312,500 euros"].value) == ("money", 312_500)
    assert got["312,500 euros"].unit == "EUR"
    assert (got["three million dollars"].value, got["three million dollars"].unit) == (
        3_000_000, "USD")


def test_hyphenated_scale(nlp):
    (n,) = numbers(nlp, "The $2.4-billion merger was approved.")
    assert (n.text, n.value, n.unit) == ("$2.4-billion", 2_400_000_000, "USD")


def test_value_is_int_when_integral(nlp):
    (n,) = numbers(nlp, "Tickets cost $45 each.")
    assert n.value == 45 and isinstance(n.value, int)
    (m,) = numbers(nlp, "Tickets cost $4.50 each.")
    assert m.value == 4.5 and isinstance(m.value, float)


# -- percent and fractions -----------------------------------------------------------------

@pytest.mark.parametrize("text, span, value", [
    ("Turnout fell to 48% in the north.", "48%", 48),
    ("Turnout fell by 7 per cent in the north.", "7 per cent", 7),
    ("Turnout fell by 2.5 percent in the north.", "2.5 percent", 2.5),
])
def test_percent_spellings(nlp, text, span, value):
    (n,) = numbers(nlp, text)
    assert (n.text, n.kind, n.value, n.unit) == (span, "percent", value, "%")


def test_fractions_are_percentages(nlp):
    got = by_text(nlp, "Almost half of the staff and two-thirds of the managers signed.")
    assert (got["half"].kind, got["half"].value, got["half"].qualifier) == (
        "percent", 50, "almost")
    assert got["two-thirds"].kind == "percent"
    assert got["two-thirds"].value == pytest.approx(66.67, abs=0.01)


def test_a_fraction_after_a_verb_is_a_percentage_but_an_ordinal_before_a_noun_is_not(nlp):
    got = by_text(nlp, "The union paid a fifth and a bank lent the rest. Then she won a third "
                       "term, and the town lost a quarter, its worst year.")
    assert (got["a fifth"].kind, got["a fifth"].value) == ("percent", 20)
    assert (got["a quarter"].kind, got["a quarter"].value) == ("percent", 25)
    assert got["third"].kind == "ordinal"


def test_half_of_a_match_is_not_a_number(nlp):
    got = by_text(nlp, "Neither side scored in the first half, and the second half was dull.")
    assert set(got) == {"first", "second"}
    assert all(n.kind == "ordinal" for n in got.values())


# -- counts and number words ---------------------------------------------------------------

def test_counts_span_the_number_only(nlp):
    got = by_text(nlp, "Rescuers found twelve survivors and 1,450 people were evacuated.")
    assert (got["twelve"].kind, got["twelve"].value) == ("count", 12)
    assert (got["1,450"].kind, got["1,450"].value) == ("count", 1450)


def test_number_words_compose(nlp):
    got = by_text(nlp, "Some twenty-five thousand fans and a dozen players came.")
    n = got["twenty-five thousand"]
    assert (n.kind, n.value, n.qualifier) == ("count", 25_000, "some")
    assert got["a dozen"].value == 12


def test_scaled_counts(nlp):
    (n,) = numbers(nlp, "The virus has infected 2.3 million people.")
    assert (n.text, n.value) == ("2.3 million", 2_300_000)


def test_vague_amounts_have_no_value(nlp):
    got = by_text(nlp, "Thousands marched and dozens of arrests were made.")
    assert got["Thousands"].kind == "count" and got["Thousands"].value is None
    assert got["dozens"].value is None


@pytest.mark.parametrize("phrase", ["at least", "more than", "nearly", "up to", "about"])
def test_approximators_become_qualifiers(nlp, phrase):
    (n,) = numbers(nlp, f"The flood displaced {phrase} 300 families.")
    assert (n.text, n.qualifier) == ("300", phrase)


def test_one_as_pronoun_is_not_a_number(nlp):
    text = "No one was hurt. One of the two guards ran, and the other was a brave one."
    got = numbers(nlp, text)
    assert [(n.text, n.start) for n in got] == [("One", 17), ("two", 28)]


def test_the_only_one_is_a_pronoun_unless_of_a_group(nlp):
    assert numbers(nlp, "This mill is the only one in the valley with a water wheel.") == []
    got = numbers(nlp, "She was the only one of the nine climbers who reached the top.")
    assert [(n.text, n.value) for n in got] == [("one", 1), ("nine", 9)]


def test_one_before_a_stop_is_a_pronoun_unless_in_a_ratio(nlp):
    assert numbers(nlp, "The club will lend a kayak to every child who asks for one.") == []
    got = numbers(nlp, "The ruling, by two magistrates to one, stands.")
    assert [n.text for n in got] == ["two", "one"]


def test_indefinite_one_is_not_a_number(nlp):
    assert numbers(nlp, "They met one day in Rome and left one by one.") == []
    (n,) = numbers(nlp, "The strike lasted only one day.")
    assert (n.text, n.kind, n.value, n.unit) == ("one day", "duration", 1, "day")


def test_number_words_inside_names(nlp):
    got = numbers(nlp, "The Formula One season and the Three Gorges Dam were on the agenda.")
    assert got == []


# -- years, dates, times -------------------------------------------------------------------

def test_four_digits_before_a_plural_noun_are_a_count(nlp, blank):
    for pipe in (nlp, blank):
        got = by_text(pipe, "In 2016 a poll of 1850 voters was taken.")
        assert (got["2016"].kind, got["1850"].kind) == ("year", "count")


def test_a_recent_year_after_a_determiner_is_a_year_before_a_plural_too(nlp):
    got = by_text(nlp, "Loans were taken after the 2030 floods, and the clams are at a tenth of "
                       "their 2015 numbers. A survey of 1709 schoolchildren followed.")
    assert (got["2030"].kind, got["2015"].kind) == ("year", "year")
    assert got["1709"].kind == "count"


def test_one_before_a_subject_pronoun_is_the_pronoun(nlp):
    assert numbers(nlp, "It was a long walk, but one we can finally see the end of.") == []
    assert [n.text for n in numbers(nlp, "Three were hurt and one died.")] == ["Three", "one"]


def test_one_as_an_object_before_an_adverb_is_the_pronoun_but_before_a_noun_a_count(nlp):
    assert numbers(nlp, "Our grandchildren will not need one either.") == []
    assert numbers(nlp, "She sliced one open in her orchard.") == []
    got = [n.text for n in numbers(nlp, "We bought one new car, he scored one more, and the "
                                        "clinic had one solar-powered fridge.")]
    assert got == ["one", "one", "one"]


def test_ages_said_of_people_without_the_word_age(nlp):
    def kind(text, word):
        return by_text(nlp, text)[word].kind

    assert kind("We see children of six and seven on inhalers.", "six") == "duration"
    assert kind("We see children of six and seven on inhalers.", "seven") == "duration"
    assert kind("Last year a rice farmer of 23 walked into our clinic.", "23") == "duration"
    assert kind("We see welders of 40 whose lungs look old.", "40") == "duration"
    assert kind("When I was nine there was no girls' team.", "nine") == "duration"
    assert kind("When they were 12, they played with a stick.", "12") == "duration"
    assert kind("Keisha, who is 19 and bowled well, won the award.", "19") == "duration"
    assert kind("Our master builders are few, and the youngest of them is 63, he said.",
                "63") == "duration"
    # but a mother of three counts her children, and a noun after the number says what it counts
    assert kind("A mother of three came to us on the fifth day.", "three") == "count"
    assert kind("Families of 15 share one tap.", "15") == "count"
    assert kind("The council fined the owners of 37 flats.", "37") == "count"
    assert kind("When we were seven points down we kept fighting.", "seven") != "duration"
    assert kind("She was one of the 31 people rescued.", "one") != "duration"


def test_a_year_is_a_year_not_a_count(nlp):
    (n,) = numbers(nlp, "The bridge was finished in 1932.")
    assert (n.kind, n.value, n.unit) == ("year", 1932, None)


def test_year_range_is_two_years(nlp):
    got = numbers(nlp, "He led the club from 1998 to 2003 and again in 2010 - 2012.")
    assert [(n.text, n.kind) for n in got] == [
        ("1998", "year"), ("2003", "year"), ("2010", "year"), ("2012", "year")]


@pytest.mark.parametrize("date", [
    "Thursday, March 3, 2016", "March 3, 2016", "3 March 2016", "March 2016", "March 3",
    "the 3rd of March",
])
def test_dates_are_one_span(nlp, date):
    text = f"The hearing was set for {date} by the judge."
    (n,) = numbers(nlp, text)
    assert n.kind == "date" and n.value is None
    assert n.text == date.removeprefix("the ")


@pytest.mark.parametrize("date", ["April 13–14, 2012", "2-3 November"])
def test_date_ranges_are_one_date(nlp, date):
    (n,) = numbers(nlp, f"The summit takes place on {date} in Lisbon.")
    assert (n.text, n.kind) == (date, "date")


def test_bare_weekdays_and_months_are_not_numbers(nlp):
    assert numbers(nlp, "On Tuesday he said that in March prices may rise again.") == []


def test_decades_are_years(nlp):
    (n,) = numbers(nlp, "The tower was built in the 1970s.")
    assert (n.text, n.kind, n.value) == ("1970s", "year", 1970)


def test_clock_time(nlp):
    (n,) = numbers(nlp, "The polls close at 9:30 p.m. tonight.")
    assert n.text == "9:30 p.m."


# -- durations and ages --------------------------------------------------------------------

def test_durations_include_the_unit(nlp):
    got = by_text(nlp, "The talks lasted 36 hours after a wait of twenty working days.")
    assert (got["36 hours"].kind, got["36 hours"].value, got["36 hours"].unit) == (
        "duration", 36, "hour")
    assert got["twenty working days"].value == 20
    assert got["twenty working days"].unit == "day"


def test_decades_normalised_to_years(nlp):
    (n,) = numbers(nlp, "The feud has lasted three decades.")
    assert (n.text, n.kind, n.value, n.unit) == ("three decades", "duration", 30, "year")


def test_word_only_duration_keeps_its_approximator(nlp):
    got = by_text(nlp, "The two towns have been twinned for nearly a decade.")
    d = got["nearly a decade"]
    assert (d.kind, d.value, d.unit, d.qualifier) == ("duration", 10, "year", "nearly")


def test_ages(nlp):
    got = by_text(nlp, "Maria Lopez, 67, and her six-year-old grandson survived.")
    assert (got["67"].kind, got["67"].value, got["67"].unit) == ("duration", 67, "year")
    assert (got["six-year-old"].kind, got["six-year-old"].value) == ("duration", 6)


def test_hyphenated_duration(nlp):
    (n,) = numbers(nlp, "The strike ended a 14-month dispute.")
    assert (n.text, n.kind, n.value, n.unit) == ("14-month", "duration", 14, "month")


# -- quantities ----------------------------------------------------------------------------

def test_rates(nlp):
    got = by_text(nlp, "Workers earn $15 an hour, rent is £200 per week, and fees rise annually by 3%.")
    assert got["$15"].per == "hour"
    assert got["£200"].per == "week"
    assert got["3%"].per is None
    assert numbers(nlp, "He moved here 20 years ago.")[0].per is None


def test_negative_quantities(nlp):
    got = by_text(nlp, "Nights fell to minus 12 degrees, and -5°C by day.")
    assert got["minus 12 degrees"].value == -12
    assert (got["-5°C"].value, got["-5°C"].unit) == (-5, "°C")


def test_a_temperature_said_without_degrees(nlp):
    got = by_text(nlp, "\"We trained at minus 30 all winter,\" the musher said.\n\n"
                       "By noon the thermometer at the finish showed plus 2.")
    assert (got["minus 30"].kind, got["minus 30"].value, got["minus 30"].unit) == (
        "quantity", -30, "°C")
    assert (got["plus 2"].kind, got["plus 2"].value, got["plus 2"].unit) == ("quantity", 2, "°C")
    got = by_text(nlp, "The fund paid 40 families, plus 12 more in May.")  # no weather here
    assert got["12"].kind == "count"


def test_quantities(nlp):
    got = by_text(nlp, "The convoy drove 240 miles, then 12km on foot, carrying 30 kg each.")
    assert (got["240 miles"].kind, got["240 miles"].value, got["240 miles"].unit) == (
        "quantity", 240, "mi")
    assert (got["12km"].value, got["12km"].unit) == (12, "km")
    assert got["30 kg"].unit == "kg"


# -- ordinals ------------------------------------------------------------------------------

def test_ordinals(nlp):
    got = numbers(nlp, "It was her third win and the club's 125th season.")
    assert [(n.text, n.kind, n.value) for n in got] == [
        ("third", "ordinal", 3), ("125th", "ordinal", 125)]


def test_position_after_day_or_number(nlp):
    got = by_text(nlp, "On day four of the trial, witness number 7 spoke.")
    assert (got["four"].kind, got["four"].value) == ("ordinal", 4)
    assert (got["number 7"].kind, got["number 7"].value) == ("ordinal", 7)


def test_a_second_thing_paid_for_is_an_ordinal_but_not_for_a_second(nlp):
    got = numbers(nlp, "The sponsor will pay for a second ring. He paused for a second.")
    assert [(n.text, n.kind, n.value) for n in got] == [("second", "ordinal", 2)]
    assert got[0].start == len("The sponsor will pay for a ")


def test_a_second_before_no_noun_is_the_unit_of_time(nlp):
    got = numbers(nlp, "A keeper has less than a second to react. The pumps lift 9 cubic metres "
                       "a second back into the river. She won a second title. One ferry left "
                       "in July and a second in August. He breathed on every second step.")
    assert [(n.text, n.kind) for n in got if "second" in n.text] == [
        ("second", "ordinal"), ("second", "ordinal"), ("second", "ordinal")]


def test_first_aid_and_head_first_are_no_ordinals(nlp):
    assert numbers(nlp, "Volunteers trained in first aid staffed the first-aid tents, and a "
                        "diver went in head-first.") == []
    assert [n.text for n in numbers(nlp, "She won the first heat.")] == ["first"]


def test_sequencing_first_is_not_an_ordinal(nlp):
    assert numbers(nlp, "First and foremost, at first nobody listened.") == []


def test_first_closing_its_clause_is_an_adverb_but_the_first_is_an_ordinal(nlp):
    assert numbers(nlp, "The mill will buy from the co-operative first and from the traders "
                        "later. The colony tells us first, she said.") == []
    assert numbers(nlp, "Many families go first to the healer.") == []
    got = numbers(nlp, "She won her first, and he finished the first.")
    assert [(n.text, n.kind) for n in got] == [("first", "ordinal"), ("first", "ordinal")]


def test_more_than_after_an_amount_compares_and_qualifies_nothing(nlp):
    got = by_text(nlp, "Puffins numbered 11,600 pairs, 6% more than a decade ago, and the count "
                       "has run for more than a decade.")
    assert (got["a decade"].kind, got["a decade"].qualifier) == ("duration", None)
    assert got["more than a decade"].qualifier == "more than"


def test_the_number_of_a_numbered_name_is_no_number(nlp):
    got = numbers(nlp, "The skipper of the Kaiyo Maru No. 12 taught at School No. 7 for 20 years.")
    assert [n.text for n in got] == ["20 years"]


# -- scores and ranges ---------------------------------------------------------------------

def test_football_score_is_one_entry(nlp):
    got = numbers(nlp, "Ghana beat Chile 2 – 1 after trailing 0 – 1 at the break.")
    assert [(n.text, n.kind, n.value, n.unit) for n in got] == [
        ("2 – 1", "count", None, "score"), ("0 – 1", "count", None, "score")]


def test_range_shares_the_unit(nlp):
    (n,) = numbers(nlp, "Repairs will take 6-8 weeks.")
    assert (n.text, n.kind, n.value, n.unit) == ("6-8 weeks", "duration", None, "week")
    a, b = numbers(nlp, "Prices rose between 5 and 7% last year.")
    assert (a.kind, a.value, b.kind, b.value) == ("percent", 5, "percent", 7)


# -- digits inside names -------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "Windows 7", "Firefox 3", "IE8", "STS-122", "COVID-19", "8chan", "the 737",
])
def test_digits_in_names_are_not_numbers(nlp, name):
    assert numbers(nlp, f"Critics compared it with {name} on the day.") == []


def test_offsets_are_document_offsets(nlp):
    text = "Sales rose 4% in 2021."
    got = find_numbers(nlp(text), 1000)
    assert [(n.start, n.end) for n in got] == [(1011, 1013), (1017, 1021)]
    assert all(n.id == "" for n in got)


# -- the rule-based fallback pipeline ------------------------------------------------------

def test_fallback_reads_money_percent_and_rates(blank):
    got = by_text(blank, "Trade is now over $10 billion a year, and 60% of it crosses here.")
    assert (got["$10 billion"].value, got["$10 billion"].qualifier, got["$10 billion"].per) == (
        10_000_000_000, "over", "year")
    assert got["60%"].kind == "percent"


def test_fallback_dates_years_and_durations(blank):
    got = by_text(blank, "Talks began on Monday, May 2, 2022, after an 11-year lull since 2011.")
    assert got["Monday, May 2, 2022"].kind == "date"
    assert (got["11-year"].kind, got["11-year"].unit) == ("duration", "year")
    assert got["2011"].kind == "year"


def test_headline_capitals_do_not_hide_numbers(nlp):
    got = numbers(nlp, "Earthquake Kills 200 In Chile As Rescuers Search Rubble")
    assert [(n.text, n.kind) for n in got] == [("200", "count")]


def test_fallback_excludes_names_and_pronoun_one(blank):
    assert numbers(blank, "No one at Apollo 13 headquarters used Windows 10.") == []


def test_fallback_ages_and_scores(blank):
    got = by_text(blank, "Striker Ana Diaz, 24, scored as Spain won 3 – 0.")
    assert (got["24"].kind, got["24"].unit) == ("duration", "year")
    assert got["3 – 0"].unit == "score"


def test_energy_and_volume_units_in_their_own_case(nlp):
    got = by_text(nlp, "The 480 MW farm would make 1,500 gigawatt-hours a year, using 45 megalitres.")
    assert (got["480 MW"].kind, got["480 MW"].unit) == ("quantity", "MW")
    assert (got["1,500 gigawatt-hours"].unit, got["1,500 gigawatt-hours"].per) == ("GWh", "year")
    assert got["45 megalitres"].unit == "ML"


def test_the_year_in_a_law_name_is_not_a_number(nlp):
    got = by_text(nlp, "He was charged under the Fraud Act 2006 in March 2011.")
    assert "2006" not in got
    assert got["March 2011"].kind == "date"


def test_bare_dollars_take_the_currency_named_earlier(nlp):
    from reader.document import from_text
    from reader.nlp.analyze import analyze

    text = ("The city will spend C$312 million on transit.\n\n"
            "Fares rise to $3.20. Across the border, fares are US$2.75 and $3 next year.")
    units = {n.text: n.unit for n in analyze(from_text(text), nlp).numbers}
    assert [units[k] for k in ("C$312 million", "$3.20", "US$2.75", "$3")] == [
        "CAD", "CAD", "USD", "USD"]


def _units(nlp, text):
    from reader.document import from_text
    from reader.nlp.analyze import analyze
    return {n.text: n.unit for n in analyze(from_text(text), nlp).numbers if n.kind == "money"}


def test_a_bare_shilling_is_the_currency_of_the_country_the_article_names(nlp):
    tanzania = ("Farmers near Moshi, Tanzania, sell a sack for Sh45,000.\n\n"
                "Last year it fetched 38,000 shillings, and a Kenyan buyer offered 2,100 Kenyan "
                "shillings. Tanzanian traders want TSh 50,000.")
    assert _units(nlp, tanzania) == {"Sh45,000": "TZS", "38,000 shillings": "TZS",
                                     "2,100 Kenyan shillings": "KES", "TSh 50,000": "TZS"}
    assert _units(nlp, "In Gulu, Uganda, a bicycle costs 300,000 shillings.") == {
        "300,000 shillings": "UGX"}
    # Kenya's, when no country is named
    assert _units(nlp, "The fare is Sh 120.") == {"Sh 120": "KES"}
    # a street named for Kenyatta names no country
    assert _units(nlp, "Shops on Kenyatta Road, Kenyatta Avenue and Kenyatta Street in Mwanza, "
                       "Tanzania, pay Sh8,000.") == {"Sh8,000": "TZS"}


def test_panama_balboa_sign(nlp):
    got = by_text(nlp, "The canal toll rose to B/.420,000, and a bus fare to B/. 1.25.")
    assert (got["B/.420,000"].kind, got["B/.420,000"].value, got["B/.420,000"].unit) == (
        "money", 420_000, "PAB")
    assert (got["B/. 1.25"].value, got["B/. 1.25"].unit) == (1.25, "PAB")


def test_quetzal_sign_but_not_a_quarter_of_the_year(nlp):
    got = by_text(nlp, "The fine was Q2,400 and the loan Q1.3 million, but sales fell in Q3.")
    assert (got["Q2,400"].value, got["Q2,400"].unit) == (2400, "GTQ")
    assert (got["Q1.3 million"].value, got["Q1.3 million"].unit) == (1_300_000, "GTQ")
    assert "Q3" not in got and "3" not in got


def test_cents_named_by_whose_they_are(nlp):
    got = by_text(nlp, "A ride costs 30 US cents, against 45 Australian cents in Perth.")
    assert (got["30 US cents"].kind, got["30 US cents"].value, got["30 US cents"].unit) == (
        "money", 0.3, "USD")
    assert (got["45 Australian cents"].value, got["45 Australian cents"].unit) == (0.45, "AUD")


@pytest.mark.parametrize("pipeline", ["nlp", "blank"])
def test_clock_times_told_in_words(pipeline, request):
    got = by_text(request.getfixturevalue(pipeline),
                  "She left at half past four, the bus came at a quarter to six, and by ten past "
                  "nine she was home.")
    assert [(t, n.kind) for t, n in got.items()] == [
        ("half past four", "date"), ("a quarter to six", "date"), ("ten past nine", "date")]


def test_a_fraction_of_a_unit_of_time(nlp):
    got = by_text(nlp, "The mill has stood for a quarter of a century.")
    n = got["a quarter of a century"]
    assert (n.kind, n.value, n.unit) == ("duration", 25, "year")


def test_local_measures_of_land_and_harvest(nlp):
    got = by_text(nlp, "They harvested two quintals of beans on four stremmata, and their "
                       "neighbours 30 quintales on 12 dunams.")
    assert [(t, n.kind, n.value, n.unit) for t, n in got.items()] == [
        ("two quintals", "quantity", 2, "quintal"), ("four stremmata", "quantity", 4, "stremma"),
        ("30 quintales", "quantity", 30, "quintal"), ("12 dunams", "quantity", 12, "dunam")]
    got = by_text(nlp, "Each grower sold 900 viss of cashews and two maunds of wheat; the family "
                       "owns 3 jeribs of land and 12 kanals near the road.")
    assert [(t, n.kind, n.value, n.unit) for t, n in got.items()] == [
        ("900 viss", "quantity", 900, "viss"), ("two maunds", "quantity", 2, "maund"),
        ("3 jeribs", "quantity", 3, "jerib"), ("12 kanals", "quantity", 12, "kanal")]
    # East Asian measures of land: Thailand's rai, China's mu, Korea's pyeong
    got = by_text(nlp, "The resort bought 11 rai by the beach, the co-operative farms 40 mu of "
                       "tea and the flat measures 25 pyeong.")
    assert [(t, n.kind, n.value, n.unit) for t, n in got.items()] == [
        ("11 rai", "quantity", 11, "rai"), ("40 mu", "quantity", 40, "mu"),
        ("25 pyeong", "quantity", 25, "pyeong")]


def test_subunits_and_the_uzbek_sum(nlp):
    got = by_text(nlp, "Growers get 40 tetri a kilogram, tea costs 50 paise and the fund holds "
                       "450 million sum.")
    assert (got["40 tetri"].kind, got["40 tetri"].value, got["40 tetri"].unit) == (
        "money", 0.4, "GEL")
    assert (got["50 paise"].value, got["50 paise"].unit) == (0.5, "INR")
    assert (got["450 million sum"].value, got["450 million sum"].unit) == (450_000_000, "UZS")


def test_an_ordinal_of_three_digits_after_the(nlp):
    got = by_text(nlp, "They won it in the 112th minute, after a save in the 101st minute.")
    assert [(t, n.kind, n.value) for t, n in got.items()] == [
        ("112th", "ordinal", 112), ("101st", "ordinal", 101)]


def test_a_day_of_the_month_in_words(nlp):
    got = by_text(nlp, "From the first of December, or the third of May 2033, the final is "
                       "played in daylight.")
    assert [(t, n.kind) for t, n in got.items()] == [
        ("first of December", "date"), ("third of May 2033", "date")]


def test_a_letter_before_an_amount_is_a_currency_where_the_article_names_its_country(nlp):
    from reader.document import from_text
    from reader.nlp.analyze import analyze

    def money(text):
        return {n.text: n.unit for n in analyze(from_text(text), nlp).numbers if n.kind == "money"}

    assert money("In Sokoto, Nigeria, the contractor took N412 million.") == {
        "N412 million": "NGN"}
    assert money("Herders in Lesotho lost sheep worth M190,000.") == {"M190,000": "LSL"}
    assert money("Maize in Zambia costs K850 a bag, up from K7,200 a tonne.") == {
        "K850": "ZMW", "K7,200": "ZMW"}
    # a letter and digits that name a road or a peak, or an amount where no such country is named
    assert money("In Lesotho the M5 road and the K2 climb reopened.") == {}
    assert money("Traders in Kenya moved N412 million of goods.") == {}


def test_minutes_to_the_hour_after_at(nlp):
    got = by_text(nlp, "The fish struck at ten to three, after prices went from ten to twelve.")
    assert [(t, n.kind) for t, n in got.items()] == [
        ("ten to three", "date"), ("ten", "count"), ("twelve", "count")]


def test_first_as_an_adverb_of_sequence_is_not_a_number(nlp, blank):
    for pipeline in (nlp, blank):
        got = by_text(pipeline, "The researcher who first spotted the leak was the first to call.")
        assert [n.text for n in numbers(pipeline, "The researcher who first spotted the leak.")] == []
        assert got["first"].kind == "ordinal"  # "the first to call"


def test_spaced_degrees_light_years_and_magnitudes(nlp):
    got = by_text(nlp, "It fell to 10 °C as a magnitude 5.8 quake hit a town 12 light-years "
                       "from nowhere.")
    assert (got["10 °C"].kind, got["10 °C"].value, got["10 °C"].unit) == ("quantity", 10, "°C")
    assert (got["magnitude 5.8"].value, got["magnitude 5.8"].unit) == (5.8, "magnitude")
    assert got["12 light-years"].unit == "light-year"
    # a lone spaced unit stays ambiguous: "10 m" may be metres or millions
    assert by_text(nlp, "They stood 10 m apart.")["10"].unit is None


def test_pressures_in_psi_and_millibar(nlp):
    got = by_text(nlp, "Tyres run at 32 psi, and the low deepened by one millibar.")
    assert (got["32 psi"].kind, got["32 psi"].unit) == ("quantity", "psi")
    assert (got["one millibar"].value, got["one millibar"].unit) == (1, "mbar")


def test_dinar_and_riyal_signs_and_a_curly_oclock(nlp):
    got = by_text(nlp, "Seats cost JD 40 and KD 1.5 million was raised by 9 o’clock.")
    assert (got["JD 40"].kind, got["JD 40"].unit) == ("money", "JOD")
    assert (got["KD 1.5 million"].value, got["KD 1.5 million"].unit) == (1.5e6, "KWD")
    assert got["9 o’clock"].kind == "date"


def test_soles_cfa_francs_and_a_tolerance_is_not_negative(nlp):
    got = by_text(nlp, "The builder was paid S/ 12 million; fares rose to three soles and the "
                       "state owes CFA 310 billion. The band is 3%, plus or minus 1.5 points.")
    assert (got["S/ 12 million"].kind, got["S/ 12 million"].unit) == ("money", "PEN")
    assert (got["three soles"].value, got["three soles"].unit) == (3, "PEN")
    assert got["CFA 310 billion"].value == 3.1e11
    assert got["1.5 points"].value == 1.5


@pytest.mark.parametrize("text, number", [
    ("The poet dies at 95", "95"),
    ("She was 95.", "95"),
    ("At 27 she took a job as an observer.", "27"),
    ("The clinic screens all adults over 40 for diabetes.", "40"),
    ("The cup is for players under 15 from six islands.", "15"),
    ("The weavers are few, and most of them are over 65, the guild said.", "65"),
    ("Half the choir was under 30.", "30"),
    ("Girls stop at 20 or 21, just when they reach their best.", "21"),
    ("Merle, who turns 15 next month, pitched twice.", "15"),
    ("When I started playing at 14, we changed in a bus.", "14"),
    ("Ana, 19, who joined the workshop at sixteen and now leads it, agreed.", "sixteen"),
    ("Vigan girl, 13, wins chess title in tie-break", "13"),
    ("The herder, 23, said the bull was calm.", "23"),
    ("Many carry loads before they are 15, the survey found.", "15"),
    ("The goalkeeper was 17. Nobody had seen him play before.", "17"),
])
def test_ages_said_in_passing_are_durations(nlp, text, number):
    n = by_text(nlp, text)[number]
    assert (n.kind, n.unit) == ("duration", "year")


def test_at_a_number_before_a_noun_or_within_a_clock_s_hours_is_no_age(nlp):
    got = by_text(nlp, "Nurses at 14 health centres start at eight, and the lake stood at 24.")
    assert [got[k].kind for k in ("14", "eight", "24")] == ["count", "count", "count"]
    got = by_text(nlp, "Bamboo shoots are cut before they are 30 centimetres tall.")
    assert got["30 centimetres"].kind == "quantity"


def test_a_clock_time_in_words(nlp):
    assert by_text(nlp, "The call came at six o’clock.")["six o’clock"].kind == "date"
    assert by_text(nlp, "It was 95 degrees.")["95 degrees"].kind == "quantity"


def test_bolivianos_lek_and_ages_between(nlp):
    got = by_text(nlp, "Diesel hit Bs 9.50 and the wall cost 1.2 billion lekë. The dead were "
                       "aged between 19 and 48.")
    assert (got["Bs 9.50"].kind, got["Bs 9.50"].unit) == ("money", "BOB")
    assert got["1.2 billion lekë"].unit == "ALL"
    assert got["19"].kind == got["48"].kind == "duration"


def test_a_speed_or_a_flow_per_second_or_hour_is_one_quantity(nlp):
    got = by_text(nlp, "The spring gives 25 litres per second, and gusts reached 98 miles per "
                       "hour or 44 metres per second. She earns 20 dollars per hour.")
    assert [(got[t].kind, got[t].value, got[t].unit) for t in (
        "25 litres per second", "98 miles per hour", "44 metres per second")] == [
        ("quantity", 25, "l/s"), ("quantity", 98, "mph"), ("quantity", 44, "m/s")]
    assert (got["20 dollars"].unit, got["20 dollars"].per) == ("USD", "hour")  # a pay rate


def test_radioactivity_and_doses_are_quantities(nlp):
    got = by_text(nlp, "The limit is 600 becquerels per kilogram, and the crew got 2.5 "
                       "millisieverts.")
    assert (got["600 becquerels per kilogram"].unit, got["2.5 millisieverts"].unit) == (
        "Bq/kg", "mSv")


def test_the_number_before_a_participle_is_a_count_and_every_second_year_an_ordinal(nlp):
    got = by_text(nlp, "Divers found 230 animals, close to the 245 counted in 2012. The cup "
                       "comes back every second year, and a litre flows every second.")
    assert (got["245"].kind, got["245"].value) == ("count", 245)
    assert [n.text for n in numbers(nlp, "The cup comes back every second year, and a litre "
                                         "flows every second.")] == ["second"]
    assert numbers(nlp, "The 747 landed at noon.") == []


def test_a_currency_code_after_the_amount(nlp):
    # Algeria's dinar written "DA" after the amount, Bosnia's convertible mark "KM" (not km)
    assert _units(nlp, "A ride costs 300 DA, and 50 DA for children.") == {
        "300 DA": "DZD", "50 DA": "DZD"}
    assert _units(nlp, "The fine was 120 KM; the park got 1.9 million KM, 12 km away.") == {
        "120 KM": "BAM", "1.9 million KM": "BAM"}


def test_a_data_rate_is_one_quantity(nlp):
    got = by_text(nlp, "The satellite gave about 40 megabits per second; the cable carries "
                       "10 Gbps, and homes get 500 kbps.")
    assert [(got[t].kind, got[t].value, got[t].unit) for t in (
        "40 megabits per second", "10 Gbps", "500 kbps")] == [
        ("quantity", 40, "Mbit/s"), ("quantity", 10, "Gbit/s"), ("quantity", 500, "kbit/s")]


def test_what_an_age_is_said_to_be_is_an_age(nlp):
    got = by_text(nlp, "Fewer than 60 weavers remain, and their average age is 68. The members, "
                       "whose median age was about 41, met 12 times.")
    assert (got["68"].kind, got["68"].unit) == ("duration", "year")
    assert (got["41"].kind, got["41"].qualifier) == ("duration", "about")
    assert got["60"].kind == got["12"].kind == "count"


def test_more_ages_containers_and_currency_signs(nlp):
    got = by_text(nlp, "A couple, aged 63 and 65, was found, and a woman of 71. The port handled "
                       "164,000 TEU and paid 500,000 krónur, ₮20 million and 41 billion "
                       "guaraníes.")
    assert got["63"].kind == got["65"].kind == got["71"].kind == "duration"
    assert (got["164,000 TEU"].kind, got["164,000 TEU"].unit) == ("quantity", "TEU")
    assert got["500,000 krónur"].unit == "ISK"
    assert (got["₮20 million"].value, got["₮20 million"].unit) == (2e7, "MNT")
    assert got["41 billion guaraníes"].unit == "PYG"


def test_zig_tala_and_dollars_named_by_their_country(nlp):
    got = by_text(nlp, "Wages rose to ZiG 5,600 a month. The fund holds 150,000 tala. Each "
                       "player gets 75,000 Surinamese dollars.")
    assert (got["ZiG 5,600"].value, got["ZiG 5,600"].unit) == (5600, "ZWG")
    assert (got["150,000 tala"].kind, got["150,000 tala"].unit) == ("money", "WST")
    assert got["75,000 Surinamese dollars"].unit == "SRD"


def test_currencies_named_by_whose_they_are(nlp):
    got = by_text(nlp, "It cost 270 million CFA francs, 100,000 Barbados dollars, 410,000 "
                       "Belarusian rubles, nine million convertible marks and 3,000 Sri Lankan "
                       "rupees; fares were 40 córdobas, 48 million vatu or 12 meticais.")
    assert {t: n.unit for t, n in got.items() if n.kind == "money"} == {
        "270 million CFA francs": "XOF", "100,000 Barbados dollars": "BBD",
        "410,000 Belarusian rubles": "BYN", "nine million convertible marks": "BAM",
        "3,000 Sri Lankan rupees": "LKR", "40 córdobas": "NIO", "48 million vatu": "VUV",
        "12 meticais": "MZN"}


def test_ages_after_a_surname_and_in_passing(nlp):
    got = by_text(nlp, "Pujol, 56, said rents rose. He is only 14. She has trained since she "
                       "was 11 on a grass track.")
    assert {t: (n.kind, n.unit) for t, n in got.items()} == {
        "56": ("duration", "year"), "14": ("duration", "year"), "11": ("duration", "year")}


def test_gourdes_kwanzas_paanga_maloti_and_island_dollars(nlp):
    got = by_text(nlp, "It cost 500 gourdes, 310,000 kwanzas, 180,000 pa'anga, 3,400 maloti "
                       "and 350,000 Solomon Islands dollars.")
    assert [n.unit for n in got.values()] == ["HTG", "AOA", "TOP", "LSL", "SBD"]


def test_every_currency_of_iso_4217_reads_by_whose_it_is_its_unit_or_its_code(nlp):
    got = by_text(nlp, "Rent is 12,000 Malagasy ariary, 8,000 Djiboutian francs or 650 Gambian "
                       "dalasis; teachers earn 30,000 South Sudanese pounds, nurses 9,000 Sudanese "
                       "pounds. The port cost 2.6 billion escudos and KGS 40 million, and a "
                       "ticket 70 Eastern Caribbean dollars.")
    assert {t: (n.kind, n.unit) for t, n in got.items()} == {
        "12,000 Malagasy ariary": ("money", "MGA"), "8,000 Djiboutian francs": ("money", "DJF"),
        "650 Gambian dalasis": ("money", "GMD"), "30,000 South Sudanese pounds": ("money", "SSP"),
        "9,000 Sudanese pounds": ("money", "SDG"), "2.6 billion escudos": ("money", "CVE"),
        "KGS 40 million": ("money", "KGS"), "70 Eastern Caribbean dollars": ("money", "XCD")}


def test_a_currency_the_words_do_not_name_is_not_guessed(nlp):
    # "francs" belong to many countries: an adjective that names none of them gives no code
    got = by_text(nlp, "The ring sold for 5,000 Atlantean francs. ALL 12 members voted.")
    assert got["12"].kind == "count"
    assert got.get("5,000 Atlantean francs") is None


def test_at_the_age_of_is_an_age(nlp):
    got = by_text(nlp, "She began rowing at the age of nine and retired at the age of 34.")
    assert {t: (n.kind, n.unit) for t, n in got.items()} == {
        "nine": ("duration", "year"), "34": ("duration", "year")}


def test_a_number_before_a_capitalised_last_word(nlp):
    # the currency reading looks two words ahead: the paragraph may end first
    got = by_text(nlp, "The derby ended 3-1 Celtic")
    assert list(got) == ["3-1"]


def test_ages_people_give_of_themselves_in_words_or_digits(nlp):
    got = by_text(nlp, 'She said: "I have swum here since I was eight. I am 22 now." A boy of '
                       'three was hurt.')
    assert {t: (n.kind, n.unit) for t, n in got.items()} == {
        "eight": ("duration", "year"), "22": ("duration", "year"), "three": ("duration", "year")}


def test_an_hour_of_the_morning_or_night_in_words_is_a_clock_time(nlp):
    got = by_text(nlp, "The sirens sounded at two in the morning, at 3 in the afternoon and at "
                       "ten at night. Two in the band slept.")
    assert {t: n.kind for t, n in got.items()} == {
        "two in the morning": "date", "3 in the afternoon": "date", "ten at night": "date",
        "Two": "count"}


def test_ages_of_ones_kin_and_spanish_plurals_and_spellings_of_currencies(nlp):
    got = by_text(nlp, '"My grandson is nine," she said. "My neighbour is 91." The fund paid '
                       "412 billion tögrög and the clinic cost 38.5 billion colones.")
    assert {t: (n.kind, n.unit) for t, n in got.items()} == {
        "nine": ("duration", "year"), "91": ("duration", "year"),
        "412 billion tögrög": ("money", "MNT"), "38.5 billion colones": ("money", "CRC")}


def test_plurals_of_currencies_that_add_more_than_an_s(nlp):
    got = by_text(nlp, "The tram cost 310 million manats, growers got 95,000 bolívares a tonne "
                       "and a ticket is 2.50 leva.")
    assert {t: (n.kind, n.unit) for t, n in got.items()} == {
        "310 million manats": ("money", "AZN"), "95,000 bolívares": ("money", "VES"),
        "2.50 leva": ("money", "BGN")}


def test_the_taka_sign_and_carats(nlp):
    got = by_text(nlp, "The owners owe Tk 54 crore in wages, a worker borrowed Tk 18,000, and "
                       "the mine sold 310,000 carats.")
    assert {t: (n.kind, n.value, n.unit) for t, n in got.items()} == {
        "Tk 54 crore": ("money", 540_000_000, "BDT"), "Tk 18,000": ("money", 18_000, "BDT"),
        "310,000 carats": ("quantity", 310_000, "ct")}


def test_a_span_of_time_with_or_or_to_is_one_duration_but_weights_and_changes_are_two(nlp):
    got = by_text(nlp, "Repairs take three or four days, the dam will last 15 to 20 years and "
                       "sacks weigh 20 to 25 kilograms. Queues grew from 10 to 12 days.")
    assert {t: (n.kind, n.value, n.unit) for t, n in got.items()} == {
        "three or four days": ("duration", None, "day"),
        "15 to 20 years": ("duration", None, "year"),
        "20": ("quantity", 20, "kg"), "25 kilograms": ("quantity", 25, "kg"),
        "10": ("duration", 10, "day"), "12 days": ("duration", 12, "day")}


def test_a_year_before_a_name_that_opens_with_a_plural_is_a_year(nlp):
    found = numbers(nlp, "Under the 2015 Fisheries Code, trawlers land 2015 boxes a week.")
    assert [(n.text, n.kind) for n in found] == [("2015", "year"), ("2015", "count")]


def test_a_fraction_before_a_comparative_is_a_share(nlp):
    got = numbers(nlp, "Prices are a quarter higher than last year, and she won a third title.")
    assert [(n.text, n.kind, n.value) for n in got] == [
        ("a quarter", "percent", 25), ("third", "ordinal", 3)]


def test_a_fraction_more_or_fewer_is_a_share_but_a_third_term_an_ordinal(nlp):
    found = numbers(nlp, "Food costs a third more on the island, a fifth fewer boats sailed, "
                         "and the mayor won a third term.")
    assert [(n.text, n.kind, n.value) for n in found] == [
        ("a third", "percent", 33.33), ("a fifth", "percent", 20), ("third", "ordinal", 3)]


def test_millions_of_a_currency_is_money_and_thousands_of_years_a_duration(nlp):
    got = by_text(nlp, "The strike costs importers millions of rupees a day; the reef took "
                       "thousands of years to grow, and thousands of people came.")
    assert {t: (n.kind, n.value, n.unit) for t, n in got.items()} == {
        "millions of rupees": ("money", None, "INR"),
        "thousands of years": ("duration", None, "year"), "thousands": ("count", None, None)}


def test_a_measure_after_a_label_word_is_a_measure(nlp):
    got = by_text(nlp, "The control room is 400 metres away and crews line 60 kilometres of "
                       "canals; staff meet in room 12.")
    assert {t: (n.kind, n.value) for t, n in got.items()} == {
        "400 metres": ("quantity", 400), "60 kilometres": ("quantity", 60)}


def test_ages_after_a_hyphenated_name_and_at_an_age_with_a_comma(nlp):
    got = by_text(nlp, "Lin Mei-hua, 41, and Omar al-Hadi, 67, sold the farm. \"At 58, I am "
                       "too old to start again,\" he said.")
    assert {t: (n.kind, n.unit) for t, n in got.items()} == {
        "41": ("duration", "year"), "67": ("duration", "year"), "58": ("duration", "year")}


def test_samoan_tala_and_uzbek_soums(nlp):
    got = by_text(nlp, "The winners get 150,000 tālā; the farmer spent 65 million soums.")
    assert {t: (n.kind, n.unit) for t, n in got.items()} == {
        "150,000 tālā": ("money", "WST"), "65 million soums": ("money", "UZS")}


def test_a_laws_number_is_no_number(nlp):
    assert numbers(nlp, "Farms must give way to towns under Law 12-08 on water.") == []


def test_dimensions_compound_measures_bare_decades_and_an_approximate_age(nlp):
    got = by_text(nlp, "The canvas measures 142 by 98 centimetres and has a 30-centimetre tear. "
                       "It hung in a barn for decades; its painter died aged about 40.")
    assert {t: (n.kind, n.value, n.unit) for t, n in got.items()} == {
        "142": ("quantity", 142, "cm"), "98 centimetres": ("quantity", 98, "cm"),
        "30-centimetre": ("quantity", 30, "cm"), "decades": ("duration", None, "year"),
        "40": ("duration", 40, "year")}


def test_degrees_below_zero_are_negative(nlp):
    found = numbers(nlp, "At dawn it was 14 degrees below zero on the pass.")
    assert [(n.text, n.value) for n in found] == [("14 degrees below zero", -14)]


def test_an_hour_and_a_half_half_a_billion_dollars_and_a_quarter_of_a_million(nlp):
    got = by_text(nlp, "The count took an hour and a half; the dike costs half a billion "
                       "dollars and protects a quarter of a million people.")
    assert {t: (n.kind, n.value, n.unit) for t, n in got.items()} == {
        "an hour and a half": ("duration", 1.5, "hour"),
        "half a billion dollars": ("money", 500_000_000, "USD"),
        "a quarter of a million": ("count", 250_000, None)}


def test_amounts_of_won_but_not_the_verb(nlp):
    got = by_text(nlp, "Riders get 1,500 won per delivery, and the firm paid 4.8 billion won in "
                       "fines. Of the 20 candidates, 12 won seats.")
    assert {t: (n.kind, n.value, n.unit) for t, n in got.items()} == {
        "1,500 won": ("money", 1500, "KRW"), "4.8 billion won": ("money", 4_800_000_000, "KRW"),
        "20": ("count", 20, None), "12": ("count", 12, None)}


def test_several_hundred_and_a_few_hundred_have_no_value(nlp):
    got = by_text(nlp, "Delays cost several hundred thousand euros a month; several hundred "
                       "people came, each paid a few hundred dollars, and the rock formed "
                       "several million years ago.")
    assert {t: (n.kind, n.value, n.unit) for t, n in got.items()} == {
        "several hundred thousand euros": ("money", None, "EUR"),
        "several hundred": ("count", None, None),
        "a few hundred dollars": ("money", None, "USD"),
        "several million years": ("duration", None, "year")}


def test_a_hyphened_amount_of_a_currency_and_a_local_sign_after_it_are_money(nlp):
    got = by_text(nlp, "Voters backed a 31-million-franc wall and a 200-euro fine. Growers were "
                       "paid 12 million ZiG.")
    assert {t: (n.kind, n.value, n.unit) for t, n in got.items()} == {
        "31-million-franc": ("money", 31_000_000, "CHF"), "200-euro": ("money", 200, "EUR"),
        "12 million ZiG": ("money", 12_000_000, "ZWG")}


def test_sixths_and_eighths(nlp):
    got = by_text(nlp, "The prize is roughly a sixth of the budget and an eighth of the land.")
    assert {t: (n.kind, n.value, n.unit) for t, n in got.items()} == {
        "a sixth": ("percent", 16.67, "%"), "an eighth": ("percent", 12.5, "%")}


def test_half_a_unit_is_half_that_measure(nlp):
    got = by_text(nlp, "Each family farms half a hectare and walks half a kilometre to the well.")
    assert {t: (n.kind, n.value, n.unit) for t, n in got.items()} == {
        "half a hectare": ("quantity", 0.5, "ha"), "half a kilometre": ("quantity", 0.5, "km")}


def test_over_a_number_of_things_is_a_count_not_an_age(nlp):
    assert by_text(nlp, "Shares of over 40 firms rose.")["40"].kind == "count"


def test_pounds_and_dollars_named_by_their_islands(nlp):
    got = by_text(nlp, "Licences brought in 12 million Falkland pounds, the clinic cost 900,000 "
                       "St Helena pounds and a permit 400 Cayman dollars.")
    assert got["12 million Falkland pounds"].unit == "FKP"
    assert got["900,000 St Helena pounds"].unit == "SHP"
    assert got["400 Cayman dollars"].unit == "KYD"


def test_parts_per_million_and_a_fractional_score_are_quantities(nlp):
    got = by_text(nlp, "Sulphur dioxide reached 280 parts per million; the choir scored 94.6 "
                       "points and the guard 31 points.")
    assert (got["280 parts per million"].kind, got["280 parts per million"].unit) == (
        "quantity", "ppm")
    assert (got["94.6 points"].kind, got["94.6 points"].value) == ("quantity", 94.6)
    assert got["31"].kind == "count"  # (whole points: annotators differ; a count, as before)


def test_an_age_after_a_name_with_an_apostrophe_or_a_suffix(nlp):
    got = by_text(nlp, "\"It is bad,\" said Erwan Le Floc'h, 61, who heads the branch, and "
                       "Rogelio Manalastas Jr., 58, the chairman.")
    assert (got["61"].kind, got["61"].unit) == ("duration", "year")
    assert (got["58"].kind, got["58"].unit) == ("duration", "year")


def test_one_after_an_adjective_is_a_pronoun_and_a_change_by_two_thirds_a_percent(nlp):
    got = by_text(nlp, "A live whale is worth more than a dead one ever was. I will be on the "
                       "very first one. The first one hundred days passed.")
    assert "one" not in got
    assert got["one hundred days"].value == 100
    got = by_text(nlp, "The spring's flow fell by “roughly two thirds” in a decade.")
    assert (got["two thirds"].kind, got["two thirds"].value) == ("percent", 66.67)
    got = by_text(nlp, "The bush has cut the herd the land can carry by up to two thirds.")
    n = got["two thirds"]
    assert (n.kind, n.value, n.qualifier) == ("percent", 66.67, "up to")


def test_measures_per_measure_ages_to_an_age_and_a_fall_of_a_third(nlp):
    got = by_text(nlp, "Haemoglobin rose to 11.6 grams per decilitre and yields to 5.9 tonnes "
                       "per hectare; 14,000 hectolitres were sold.")
    assert (got["11.6 grams per decilitre"].value, got["11.6 grams per decilitre"].unit) == (
        11.6, "g/dl")
    assert got["5.9 tonnes per hectare"].unit == "t/ha"
    assert got["14,000 hectolitres"].unit == "hl"
    got = by_text(nlp, "The victims were aged 71 to 96. A fall of a third in two years is good; "
                       "the end of a third term is near.")
    assert (got["96"].kind, got["96"].unit) == ("duration", "year")
    assert (got["a third"].kind, got["a third"].value) == ("percent", 33.33)
    assert got["third"].kind == "ordinal"


def test_first_before_a_subject_and_a_capitalised_currency_word_are_no_numbers(nlp):
    got = by_text(nlp, "First I weigh the baby. The route crossed land of two Mbyá Guaraní "
                       "communities, and the fare is 5,000 guaraníes.")
    assert "First" not in got
    assert got["two"].kind == "count"
    assert got["5,000 guaraníes"].unit == "PYG"


def test_ugandan_shillings_written_shs_before_the_amount(nlp):
    n = by_text(nlp, "The court fined the company Shs450 million on Tuesday.")["Shs450 million"]
    assert (n.kind, n.value, n.unit) == ("money", 450_000_000, "UGX")


def test_the_first_of_a_range_with_its_own_multiplier_takes_only_the_unit(nlp):
    found = by_text(nlp, "The ape lived between 12 million and 9 million years ago.")
    assert (found["12 million"].kind, found["12 million"].value) == ("duration", 12_000_000)
    found = by_text(nlp, "The rocks are between 12 and 9 million years old.")
    assert (found["12"].kind, found["12"].value) == ("duration", 12_000_000)


@pytest.mark.parametrize("text, amount, value, unit", [
    ("She received Rwf800,000 in prize money.", "Rwf800,000", 800_000, "RWF"),
    ("The fine was FRw 1.5 million.", "FRw 1.5 million", 1_500_000, "RWF"),
    ("A bag of beans costs FBu 60,000 in Gitega.", "FBu 60,000", 60_000, "BIF"),
    ("Farmers are paid MK500 a kilogram.", "MK500", 500, "MWK"),
    ("The loan of Kz 2 billion was signed in Luanda.", "Kz 2 billion", 2_000_000_000, "AOA"),
])
def test_african_currency_signs_before_the_amount(nlp, text, amount, value, unit):
    n = by_text(nlp, text)[amount]
    assert (n.kind, n.value, n.unit) == ("money", value, unit)


@pytest.mark.parametrize("text, units", [
    # a currency word several countries use is the currency of the country the article names
    ("Traders in Kaolack, Senegal, pay 850 francs a kilogram, Senegalese officials said. A "
     "buyer from Geneva offered 2 Swiss francs.",
     {"850 francs": "XOF", "2 Swiss francs": "CHF"}),
    ("In Cameroon the fee is 1.4 billion CFA francs, and Cameroonian firms pay FCFA 30,000.",
     {"1.4 billion CFA francs": "XAF", "FCFA 30,000": "XAF"}),
    ("Farmers in Huila, Colombia, sell a bag for 950,000 pesos.", {"950,000 pesos": "COP"}),
    ("A court in Yamoussoukro, Côte d’Ivoire, heard that the land sold for 95 million francs.",
     {"95 million francs": "XOF"}),
    ("A fisherman in Esbjerg, Denmark, earns 400 kroner a crate.", {"400 kroner": "DKK"}),
    ("Sugar costs Rs380 a kilogram in Lahore, Pakistan.", {"Rs380": "PKR"}),
    ("The rent in Amman, Jordan, rose to 400 dinars a month.", {"400 dinars": "JOD"}),
    ("The Sultan of Brunei's fund gave B$3.2 million.", {"B$3.2 million": "BND"}),
    ("A clinic in Matagalpa, Nicaragua, cost C$38 million.", {"C$38 million": "NIO"}),
    ("A clinic in Moncton, Canada, cost C$38 million.", {"C$38 million": "CAD"}),
    # a word alone, in an article that names no country, keeps its usual currency
    ("The ticket costs 40 francs.", {"40 francs": "CHF"}),
])
def test_a_shared_currency_word_is_the_currency_of_the_country_named(nlp, text, units):
    assert _units(nlp, text) == units


def test_a_tie_between_countries_keeps_the_word_s_usual_currency(nlp):
    text = ("Runners came from Kenya, Uganda and Tanzania. The winner took Sh500,000, "
            "the county said.")
    assert _units(nlp, text) == {"Sh500,000": "KES"}


@pytest.mark.parametrize("amount, unit", [
    ("EC$4.6 million", "XCD"), ("TT$84 million", "TTD"), ("J$1,500", "JMD"),
    ("BZ$35,000", "BZD"), ("GY$400", "GYD"), ("BDS$5,000", "BBD"), ("SI$85", "SBD"),
])
def test_caribbean_and_pacific_dollar_prefixes(nlp, amount, unit):
    assert _units(nlp, f"The contract is worth {amount}, the minister said.") == {amount: unit}


def test_a_measure_per_cubic_or_square_measure_is_one_quantity(nlp):
    got = by_text(nlp, "Fine dust reached 300 micrograms per cubic metre, and the farms use "
                       "4 litres per square metre.")
    assert (got["300 micrograms per cubic metre"].kind,
            got["300 micrograms per cubic metre"].value) == ("quantity", 300)
    assert got["4 litres per square metre"].unit == "l/sq m"


def test_a_fraction_after_at_least_is_a_share(nlp):
    got = by_text(nlp, "The route could cut the cost by at least a third.")
    assert (got["a third"].kind, got["a third"].value, got["a third"].qualifier) == (
        "percent", 33.33, "at least")


def test_ghana_s_cedi_with_a_cent_sign_and_myanmar_s_kyat_by_its_letter(nlp):
    got = by_text(nlp, "Farmers in Ghana got GH¢14 a kilo.")
    assert (got["GH¢14"].kind, got["GH¢14"].value, got["GH¢14"].unit) == ("money", 14, "GHS")
    assert _units(nlp, "A court in Myanmar fined the owner K120 million.") == {
        "K120 million": "MMK"}


def test_older_or_younger_than_a_number_and_a_child_under_one_are_ages(nlp):
    got = by_text(nlp, "Of the 900 residents, 40 percent are older than 70, and a child under "
                       "five was treated. The bridge is older than 20 houses.")
    assert (got["70"].kind, got["70"].unit) == ("duration", "year")
    assert (got["five"].kind, got["five"].unit) == ("duration", "year")
    assert got["20"].kind == "count"


def test_vietnamese_dong_written_before_the_amount(nlp):
    assert _units(nlp, "The ferry costs VNĐ30,000 a ticket.") == {"VNĐ30,000": "VND"}


def test_a_number_the_model_joined_to_an_ordinal_in_a_name_is_still_a_number(nlp):
    # the model read "First 11" of a headline as a law's name
    from spacy.tokens import Span
    text = "First 11 km of greenway opens"
    sdoc = nlp(text)
    sdoc.ents = [Span(sdoc, 0, 2, label="LAW")]
    assert "11 km" in {n.text for n in find_numbers(sdoc, 0, text)}


def test_a_letter_sign_before_a_price_of_two_digits_is_money_where_the_country_is_named(nlp):
    # "K14 a kilogram" in Zambia, "Le25 a week" in Sierra Leone; a road's "M5" stays a label
    assert _units(nlp, "In Chipata, Zambia, the mill pays K14 a kilogram.") == {"K14": "ZMW"}
    assert _units(nlp, "In Makeni, Sierra Leone, households pay Le25 a week and the council "
                       "spent Le31 million.") == {"Le25": "SLE", "Le31 million": "SLE"}
    assert _units(nlp, "In Lesotho, the M5 a mile north was closed.") == {}


def test_a_letter_sign_before_any_small_amount_is_money_where_the_article_uses_it_for_more(
        nlp):
    # "K40 of betel nut" is money in an article that writes "K4.8 million"; alone, or as a
    # name ("the M5", "the M5 road"), it is none
    text = ("The market in Papua New Guinea cost K4.8 million. Traders take K40 of betel nut "
            "across and pay K2 for every crate.")
    assert _units(nlp, text) == {"K4.8 million": "PGK", "K40": "PGK", "K2": "PGK"}
    from reader.document import from_text
    from reader.nlp.analyze import analyze
    assert "K40" not in {e.name for e in analyze(from_text(text), nlp).entities}
    assert _units(nlp, "In Papua New Guinea, traders take K40 of betel nut across.") == {}
    assert _units(nlp, "Lesotho spent M42 million, and the M5 road and M5 motorway were shut."
                  ) == {"M42 million": "LSL"}


def test_vietnam_s_dong_written_in_vietnamese(nlp):
    got = by_text(nlp, "The rice sold for 14,000 đồng a kilo, and the fine was 2.1 billion đồng.")
    assert (got["14,000 đồng"].kind, got["14,000 đồng"].value, got["14,000 đồng"].unit) == (
        "money", 14_000, "VND")
    assert (got["2.1 billion đồng"].value, got["2.1 billion đồng"].unit) == (2.1e9, "VND")


def test_a_soum_is_a_district_in_mongolia_and_money_in_uzbekistan(nlp):
    from reader.document import from_text
    from reader.nlp.analyze import analyze
    text = "Mongolia's Khovd province has 17 soums; the team visited eight soum schools."
    got = {n.text: (n.kind, n.value) for n in analyze(from_text(text), nlp).numbers}
    assert got == {"17": ("count", 17), "eight": ("count", 8)}
    assert _units(nlp, "In Uzbekistan, bread costs 4,000 soums.") == {"4,000 soums": "UZS"}


def test_pounds_of_something_are_a_weight(nlp):
    got = by_text(nlp, "The growers will deliver 410,000 pounds of cured leaf; the buyer paid "
                       "900 pounds for the samples.")
    assert (got["410,000 pounds"].kind, got["410,000 pounds"].unit) == ("quantity", "lb")
    assert (got["900 pounds"].kind, got["900 pounds"].unit) == ("money", "GBP")


def test_bare_pounds_where_no_land_of_pounds_is_named_are_a_weight(nlp):
    from reader.document import from_text
    from reader.nlp.analyze import analyze

    def kinds(text):
        return {n.text: (n.kind, n.unit) for n in analyze(from_text(text), nlp).numbers}

    assert kinds("In Honduras, a cook said: I buy 40 pounds a week from the cooperative.")[
        "40 pounds"] == ("quantity", "lb")
    # unless it is paid, or the text names a land of pounds or writes "£"
    assert kinds("In Honduras the buyer paid 900 pounds for the samples.")["900 pounds"] == (
        "money", "GBP")
    assert kinds("Bread in Cairo costs 30 pounds more than it did.")["30 pounds"] == (
        "money", "EGP")
    assert kinds("It cost £5 in Leeds, and now 7 pounds.")["7 pounds"] == ("money", "GBP")


def test_centavos_are_a_hundredth_of_the_named_country_s_currency(nlp):
    from reader.document import from_text
    from reader.nlp.analyze import analyze

    def money(text):
        return [(n.text, n.value, n.unit) for n in analyze(from_text(text), nlp).numbers
                if n.kind == "money"]

    assert money("In Mexico the gatherers were paid 60 centavos a bean.") == [
        ("60 centavos", 0.6, "MXN")]
    assert money("A bag of sugar costs 50 centavos more in Brazil.") == [
        ("50 centavos", 0.5, "BRL")]


def test_a_country_named_with_stan_says_whose_shared_currency_it_is(nlp):
    assert _units(nlp, "In Turkmenistan, a loaf of bread costs 1.20 manat.") == {
        "1.20 manat": "TMT"}
    assert _units(nlp, "Traders in Uzbekistan pay 900 som a kilo.") == {"900 som": "UZS"}


def test_a_letter_s_amount_converted_to_dollars_is_money_where_no_country_is_named(nlp):
    # the conversion says it is money, and its rate whose: about 4 kina, 25 kwacha to a dollar
    assert _units(nlp, "The winners take K50,000 (about US$13,000), and the stand will cost "
                       "K2.4 million.") == {"K50,000": "PGK", "US$13,000": "USD",
                                            "K2.4 million": "PGK"}
    assert _units(nlp, "The mill cost K310 million, about US$12.5 million.") == {
        "K310 million": "ZMW", "US$12.5 million": "USD"}
    # a rate none of the letter's currencies has is no conversion
    assert _units(nlp, "The K2 team spent K900 (US$900) on ropes.") == {"US$900": "USD"}


def test_vanuatu_s_vatu_and_uzbekistan_s_so_m_with_its_apostrophe(nlp):
    assert _units(nlp, "Families pay VT9,000 a month; the grid cost VT436 million.") == {
        "VT9,000": "VUV", "VT436 million": "VUV"}
    assert _units(nlp, "The region will spend 26 billion so'm on wells and 4 billion so’m on "
                       "roads.") == {"26 billion so'm": "UZS", "4 billion so’m": "UZS"}


def test_currencies_written_by_codes_and_signs_not_iso_s_or_shared(nlp):
    assert _units(nlp, "China spent RMB 5 billion; Israel paid NIS 38 million.") == {
        "RMB 5 billion": "CNY", "NIS 38 million": "ILS"}
    assert _units(nlp, "The Dominican Republic spent RD$2.5 million; Lebanon, L£9 billion.") == {
        "RD$2.5 million": "DOP", "L£9 billion": "LBP"}
    # a sign or word two countries share is the named one's; territories without an ISO code
    assert _units(nlp, "In Venezuela, families paid Bs. 90 a month.") == {"Bs. 90": "VES"}
    assert _units(nlp, "In the Seychelles a meal costs SR 600.") == {"SR 600": "SCR"}
    assert _units(nlp, "Tiraspol paid 42 million Transnistrian roubles; a ticket in Transnistria "
                       "costs 3 roubles.") == {"42 million Transnistrian roubles": "PRB",
                                               "3 roubles": "PRB"}
    assert _units(nlp, "In Somaliland a goat costs 13,500 shillings.") == {
        "13,500 shillings": "SLSH"}
    assert _units(nlp, "Mogadishu paid 1.8 billion Somali shillings.") == {
        "1.8 billion Somali shillings": "SOS"}


def test_horsepower(nlp):
    got = by_text(nlp, "The boat has two 250-horsepower engines and a 150 hp outboard.")
    assert [(got[k].kind, got[k].value, got[k].unit) for k in ("250-horsepower", "150 hp")] == [
        ("quantity", 250, "hp"), ("quantity", 150, "hp")]


def test_a_recent_year_before_a_plural_is_a_year(nlp):
    got = by_text(nlp, "Landlords cannot charge 2027 rents for 2033 flats, and 2000 people "
                       "signed the letter.")
    assert [got[k].kind for k in ("2027", "2033", "2000")] == ["year", "year", "count"]


def test_a_bare_currency_word_takes_the_currency_named_before_it(nlp):
    from reader.document import from_text
    from reader.nlp.analyze import analyze

    text = ("The clinic paid 420,000 convertible marks for the scanner, twice the 2.2 million "
            "marks a lab paid for two. Pupils need 50 marks to pass.")
    got = {n.text: n for n in analyze(from_text(text), nlp).numbers}
    assert (got["2.2 million marks"].kind, got["2.2 million marks"].unit) == ("money", "BAM")
    assert got["50"].kind == "count"
    alone = analyze(from_text("Pupils need 50 marks to pass."), nlp).numbers
    assert {n.text: n.kind for n in alone} == {"50": "count"}  # no currency named: marks are marks
