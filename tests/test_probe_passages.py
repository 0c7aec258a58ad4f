"""Batteries of short passages written for the project in the style of news reports
(events invented, not taken from any article), coded in the gold format of
``../shared/corpus`` by writers who saw neither the corpus nor the extractor, and
scored atom by atom like the reference scorer (precision counts too, unlike the
probe items). They measure how the rules hold up on wording nobody tuned them on.

- ``cases/passages5/``: 20 passages, 136 required atoms. First run F1 0.56
  (0.65 after the rules it prompted, each with test sentences of its own).
- ``cases/passages6/``: 20 passages written later, on purpose unlike the first
  (village fighting in Sagaing and Magway, Bago, Mon, Tanintharyi, conscription,
  airstrike tolls, monthly monitors' tallies). First run F1 0.42 as its writer
  coded it, 0.47 once its civilian casualties were marked optional as the corpus
  README has them (108 required atoms).
- ``cases/passages7/``: 16 passages in the mix of reporting on the war, written last
  and measured once before any rule was written for it: first run F1 0.47 (P 0.46,
  R 0.48; 102 required atoms), against 0.42 for the code of the start of the session
  that wrote passages6 and 7; rules prompted by it come after that measurement.

- ``cases/passages8/`` and ``cases/passages9/``: 16 passages each, written together later
  (the second as excerpts cut from longer reports: live blogs, weekly briefs, timelines,
  features), measured once before any rule was written for them: first runs F1 0.41
  (96 required atoms) and 0.38 (98), with the code fitted to passages5..7.

- ``cases/passages10/``: 16 passages written last (a sample of an analyst's daily feed: wire items,
  regional outlets, longer briefs), measured only at the end of the session whose rules came from
  passages8 and 9: F1 0.44 with the code of that session's start, 0.54 with its end (89 required
  atoms). Rules of the session of 2026-12-01 were written from it (0.71 then).

- ``cases/passages11/`` and ``cases/passages12/``: 16 passages each, written at the start of the
  session of 2026-12-01 (the first leaning on 2024-2025 reversals, handovers and junta-voice
  retakings; the second on late 2023 to 2024: Operation 1027, Operation 1111, Chin, Rakhine),
  measured with that session's starting code before any rule: F1 0.43 (84 required atoms) and
  0.53 (114). passages11 was then used to find failures (0.63 at the session's end); passages12
  was left blind: 0.58 at the end, the honest measure of that session's rules. Rules of the
  next session (the second of 2026-12-01) were written from both (0.75 and 0.78 then).

- ``cases/passages13/`` and ``cases/passages14/``: 16 passages each, written blind at the start of
  the second session of 2026-12-01 (the first on Sagaing, Magway, Bago, Tanintharyi, Kayin and Mon:
  PDFs, the KNLA, air strikes, monthly tallies; the second on northern Shan, Kachin, Chin and
  Rakhine: ceasefires, handovers, wire reports, junta statements), measured with that session's
  starting code before any rule: F1 0.69 (109 required atoms) and 0.63 (97). Both were left
  blind until the session's last hour: 0.73 and 0.63 then, the honest measure of its rules;
  passages14 and then passages13 were used to find failures (0.70 and 0.75 at the end).

- ``cases/passages15/`` and ``cases/passages16/``: 16 passages each, written blind at the start of
  the session of 2026-12-01 07:17 (the first on Rakhine, Chin, Magway, Sagaing, Ayeyarwady and
  Mandalay, with four undated passages; the second on Karenni, Kayin, Mon, Tanintharyi, Bago, Shan
  and Kachin, with four undated passages), measured with that session's starting code before any
  rule: F1 0.42 (82 required atoms) and 0.58 (91). passages15 was then used to find failures
  (0.74 at the end); passages16 was left blind until the session's last hour: 0.61 then, the
  honest measure of that session's rules, and 0.76 after the rules it then prompted.

- ``cases/passages17/``, ``cases/passages18/`` and ``cases/passages19/``: 16 passages each, written
  blind at the start of the session of 2026-12-01 10:24 (Rakhine, Chin, Magway, Sagaing and
  Mandalay; Shan, Kachin, Kayin, Mon, Bago and Tanintharyi; a mix across the country; four undated
  in each), measured with that session's starting code before any rule: F1 0.57 (104 required
  atoms), 0.53 (116) and 0.49 (101). passages17 and 18 were then used to find failures (0.82 and
  0.74 at the end); passages19 was left blind until the session's rules were written: still 0.49
  (none of the 30-odd rules changed a single row of it), then 0.69 after rules written from it
  (date rules whose cues its writer's report had named among them: not a blind gain).

- ``cases/passages20/``: 16 passages written blind during that session (2024-2025 across the
  country: counter-offensives, handovers, air strikes with counts, tallies compared across months;
  four undated), measured once with that session's final code and never read: F1 0.55 (109
  required atoms). Rules were written from it in the session after (0.65).

- ``cases/passages21/`` to ``cases/passages25/``: 16 passages each, written blind in the session of
  2026-12-01 12:47 (Rakhine, Chin, Magway, Sagaing; Kachin, northern Shan, Mandalay, Kayin, Mon;
  Karenni, southern Shan, Tanintharyi, Bago, Yangon; short day-to-day items; feature pieces; four
  undated in each), each measured before any rule was written from it: F1 0.57, 0.57, 0.54, 0.68
  and 0.49.

- ``cases/passages26/`` to ``cases/passages33/``: 16 passages each, written blind two at a time in
  the session of 2026-12-01 15:06, styled as ordinary news excerpts with six undated passages each,
  each measured before any rule was written from it: F1 0.63, 0.56, 0.66, 0.67, 0.56, 0.67, 0.50
  and 0.72 (0.00 to 0.01 above the same batteries scored with that session's starting code).
  The README's table "How far to trust the events" keeps the first runs and the scores since.

- ``cases/passages34/`` to ``cases/passages39/``: 16 passages each, written blind two at a time in
  the session of 2026-12-01 17:06 with the same prompt, each measured before any rule was written
  from it: F1 0.57, 0.56, 0.72, 0.69, 0.59 and 0.71 (0.00 to 0.01 above the same batteries scored
  with that session's starting code).

- ``cases/passages40/`` to ``cases/passages45/``: 16 passages each, written blind two at a time in
  the session of 2026-12-01 19:33 with the same prompt (themes: pronoun-heavy reporting of 2023-24,
  2025 reporting with junta-media paraphrase, 2024 single-event reports, coalitions and joint
  forces, follow-ups and tallies, short items across every state), each measured before any rule
  was written from it: F1 0.71, 0.51, 0.63, 0.41, 0.56 and 0.55 (0.00 to 0.01 above the same
  batteries scored with that session's starting code).

- ``cases/passages46/`` to ``cases/passages51/``: 16 passages each, written blind by six writers at once in
  the session of 2026-12-01 21:59 with the same prompt (themes: Rakhine and Chin 2024-25; the 2025
  ceasefires and reversals; the dry zone; the southeast; Kachin and Kayah; wire copy with long
  background), each measured before any rule was written from it: F1 0.62, 0.47, 0.65, 0.66, 0.67
  and 0.74 (identical with that session's starting code).

- ``cases/passages52/`` to ``cases/passages57/``: 16 passages each, written blind the same way later in that
  session (themes: Shan beyond Operation 1027; short wire briefs; the junta's media paraphrased; late 2023 to
  mid 2024; Sagaing, Magway and Mandalay; follow-up stories), each measured before any rule was written from
  it: F1 0.42, 0.76, 0.54, 0.64, 0.67 and 0.61 (0.41, 0.76, 0.55, 0.64, 0.67 and 0.61 with the session's
  starting code: the rules written from passages46..51 in the hours before moved them by -0.01 to +0.01).

- ``cases/passages58/`` to ``cases/passages63/``: 16 passages each, written blind by six writers at once in
  the session of 2026-12-02 00:23 with the same prompt (themes: Bago and the delta; Kayin and Mon; Chin and
  the Kale-Tamu area; Kachin and northern Sagaing; the months after the 2025 earthquake in a radio service's
  bulletins; Rakhine from the AA's advance), each measured with that session's starting code before any rule
  was written from it: F1 0.54, 0.67, 0.51, 0.62, 0.61 and 0.67.

- ``cases/passages64/`` to ``cases/passages69/``: 16 passages each, written blind the same way later in that
  session (themes: Kayah and southern Shan; reports translated from Burmese-language outlets; Tanintharyi;
  the months around the December 2025 election; northern Shan and Mandalay through the 2025 reversals;
  single-event news of 2024 across the country), each measured before any rule was written from it: F1 0.75,
  0.53, 0.67, 0.52, 0.50 and 0.56 (the same with the session's starting code: the rules written from
  passages58..63 in the hour before moved them by 0.00).

- ``cases/passages70/`` to ``cases/passages75/``: 16 passages each, written blind the same way later in that
  session (themes: Rakhine and southern Chin; Sagaing in small stories; who did what told indirectly; counts
  and tallies in ordinary news; dates told in many ways; places told in many ways), each measured before any
  rule was written from it: F1 0.54, 0.69, 0.46, 0.59, 0.70 and 0.71 (0.53, 0.69, 0.43, 0.59, 0.70 and 0.71
  with the session's starting code: the rules written in the session so far moved them by 0.00 to +0.03).

- ``cases/passages155/`` and ``cases/passages156/``: 16 passages each, written blind at the start of the session
  of 2026-12-03 (22:02) with a prompt and conventions rewritten that session (Chin State 2024-2025 and the rival
  Chin coalitions; Kachin and northern Shan in 2025), measured with that session's starting code (22e8f9f)
  before any rule: F1 0.47 (91 required atoms) and 0.42 (74). passages155 was then read; passages156 was left
  unread.

- ``cases/passages157/`` and ``cases/passages158/``: 16 passages each, written blind at the start of the session
  of 2026-12-04 (07:33) with the same prompt and conventions (interviews, Q&As and heavily quoted reporting, the
  speakers' "we" and "us"; scraped pages with little metadata: explainers, live blogs, bulletins, captions and
  reposts whose date must be read from the text), measured with that session's starting code (4669c44) before
  any rule: F1 0.63 (109 required atoms) and 0.65 (96); six passages of each have no publication date.

Each floor is the score when the battery was last measured, less 0.01: a change that lowers
it has made extraction worse on unseen wording and should say why. Since 2026-12-01 19:33 the
scores are the reference scorer's to the atom (``evaluate`` reads its alias table); before, the
gazetteer's wider spelling variants (Toungup for Taungup, Lwegel for Lweje) had made them up to
0.05 higher on some batteries.
"""

from pathlib import Path

import pytest

from myanmar_analysis import evaluate
from myanmar_analysis.pipeline import extract_events

CASES = Path(__file__).parent / "cases"
# floor(score - 0.01) of the latest measurement, raised as scores rise and not lowered, with these exceptions:
# passages118 went from 0.50 to 0.48 in the session of 2026-12-04 (13:31), when "Mi Kayin" (a village whose camp
# fell) stopped being read as Kayin State; its three camps and the siege's toll had been placed in the right state
# by that misreading only (the gazetteer lacks Thingannyinaung)
# and passages162 went from 0.66 to 0.64 in the session of 2026-12-04 (15:58), when "the AA took four more in
# February, A, B, C and D" began to be read: its four towns are right, but their year is that of the undated
# review's publication as inferred (early 2025, not late 2024), an error of dating that was there before
# and passages93 went from 0.72 to 0.71 in the session of 2026-12-04 (18:06), when militiamen counted dead or captured
# began to be read as the regime's side: its one passage of militiamen who had defected to the PDF ("four militiamen
# were killed in the fighting") now credits their deaths to the PDF
# and passages106 went from 0.65 to 0.61 in the session of 2026-12-04 (22:46), when "comes five months after the MNDAA
# handed Lashio back" began to count from the chronology's handover: its undated passage is now placed from mid-September
# 2025 (right; before, from mid-August) to the election day, a window a season wide that the scorer reads as no date
FLOORS = {"passages5": 0.89, "passages6": 0.87, "passages7": 0.86, "passages8": 0.89, "passages9": 0.76,
          "passages10": 0.82, "passages11": 0.85, "passages12": 0.84, "passages13": 0.85, "passages14": 0.84,
          "passages15": 0.81, "passages16": 0.79, "passages17": 0.87, "passages18": 0.80, "passages19": 0.85,
          "passages20": 0.70, "passages21": 0.77, "passages22": 0.83, "passages23": 0.74, "passages24": 0.83,
          "passages25": 0.65, "passages26": 0.76, "passages27": 0.85, "passages28": 0.83, "passages29": 0.84,
          "passages30": 0.77, "passages31": 0.79, "passages32": 0.73, "passages33": 0.81, "passages34": 0.76,
          "passages35": 0.85, "passages36": 0.81, "passages37": 0.78, "passages38": 0.79, "passages39": 0.83,
          "passages40": 0.80, "passages41": 0.74, "passages42": 0.82, "passages43": 0.67, "passages44": 0.79,
          "passages45": 0.72, "passages46": 0.70, "passages47": 0.62, "passages48": 0.81, "passages49": 0.68,
          "passages50": 0.74, "passages51": 0.82, "passages52": 0.72, "passages53": 0.84, "passages54": 0.61,
          "passages55": 0.74, "passages56": 0.73, "passages57": 0.72, "passages58": 0.75, "passages59": 0.75,
          "passages60": 0.63, "passages61": 0.73, "passages62": 0.76, "passages63": 0.75, "passages64": 0.85,
          "passages65": 0.76, "passages66": 0.73, "passages67": 0.79, "passages68": 0.69, "passages69": 0.79,
          "passages70": 0.64, "passages71": 0.76, "passages72": 0.75, "passages73": 0.79, "passages74": 0.78,
          "passages75": 0.74, "passages76": 0.82, "passages77": 0.74, "passages78": 0.74, "passages79": 0.80,
          "passages80": 0.78, "passages81": 0.63, "passages82": 0.68, "passages83": 0.81, "passages84": 0.80,
          "passages85": 0.81, "passages86": 0.77, "passages87": 0.81, "passages88": 0.71, "passages89": 0.80,
          "passages90": 0.76, "passages91": 0.67, "passages92": 0.83, "passages93": 0.70, "passages94": 0.81,
          "passages95": 0.80, "passages96": 0.58, "passages97": 0.78, "passages98": 0.61, "passages99": 0.53,
          "passages100": 0.71, "passages101": 0.64, "passages102": 0.62, "passages103": 0.64, "passages104": 0.48,
          "passages105": 0.67, "passages106": 0.62, "passages107": 0.56, "passages108": 0.66, "passages109": 0.62,
          "passages110": 0.73, "passages111": 0.74, "passages112": 0.77, "passages113": 0.62, "passages114": 0.67,
          "passages115": 0.75, "passages116": 0.60, "passages117": 0.63, "passages118": 0.56, "passages119": 0.71,
          "passages120": 0.71, "passages121": 0.61, "passages122": 0.83, "passages123": 0.73, "passages124": 0.65,
          "passages125": 0.59, "passages126": 0.74, "passages127": 0.79, "passages128": 0.67, "passages129": 0.68,
          "passages130": 0.74, "passages131": 0.69, "passages132": 0.56, "passages133": 0.66, "passages134": 0.64,
          "passages135": 0.57, "passages136": 0.56, "passages137": 0.63, "passages138": 0.57, "passages139": 0.76,
          "passages140": 0.77, "passages141": 0.75, "passages142": 0.59, "passages143": 0.79, "passages144": 0.61,
          "passages145": 0.68, "passages146": 0.69, "passages147": 0.77, "passages148": 0.73, "passages149": 0.50,
          "passages150": 0.75, "passages151": 0.85, "passages152": 0.61, "passages153": 0.68, "passages154": 0.74,
          "passages155": 0.60, "passages156": 0.52, "passages157": 0.79, "passages158": 0.75, "passages159": 0.69,
          "passages160": 0.66, "passages161": 0.75, "passages162": 0.77, "passages163": 0.70, "passages164": 0.66,
          "passages165": 0.55, "passages166": 0.61, "passages167": 0.64, "passages168": 0.67, "passages169": 0.72,
          "passages170": 0.65, "passages171": 0.59, "passages172": 0.71, "passages173": 0.65, "passages174": 0.78,
          "passages175": 0.80, "passages176": 0.69, "passages177": 0.65, "passages178": 0.75, "passages179": 0.63,
          "passages180": 0.76, "passages181": 0.76, "passages182": 0.64, "passages183": 0.66, "passages184": 0.72,
          "passages185": 0.78, "passages186": 0.63, "passages187": 0.61, "passages188": 0.69, "passages189": 0.53,
          "passages190": 0.67, "passages191": 0.65, "passages192": 0.71, "passages193": 0.49, "passages194": 0.78,
          "passages195": 0.65, "passages196": 0.60, "passages197": 0.69, "passages198": 0.76, "passages199": 0.74,
          "passages200": 0.76, "passages201": 0.78, "passages202": 0.67, "passages203": 0.65, "passages204": 0.63,
          "passages205": 0.68, "passages206": 0.77, "passages207": 0.74, "passages208": 0.58, "passages209": 0.68,
          "passages210": 0.67, "passages211": 0.66, "passages212": 0.77, "passages213": 0.61, "passages214": 0.58,
          "passages215": 0.43, "passages216": 0.72, "passages217": 0.71, "passages218": 0.80, "passages219": 0.70,
          "passages220": 0.80, "passages221": 0.72, "passages222": 0.81, "passages223": 0.77, "passages224": 0.69,
          "passages225": 0.71, "passages226": 0.74, "passages227": 0.72, "passages228": 0.81, "passages229": 0.77,
          "passages230": 0.80, "passages231": 0.75, "passages232": 0.71, "passages233": 0.64, "passages234": 0.85,
          "passages235": 0.77, "passages236": 0.74, "passages237": 0.73, "passages238": 0.75, "passages239": 0.68,
          "passages240": 0.79, "passages241": 0.61, "passages242": 0.80, "passages243": 0.79, "passages244": 0.74,
          "passages245": 0.82, "passages246": 0.83, "passages247": 0.68, "passages248": 0.55, "passages249": 0.73,
          "passages250": 0.70, "passages251": 0.66,
          "passages252": 0.70, "passages253": 0.80, "passages254": 0.68, "passages255": 0.73,
          "passages256": 0.75, "passages257": 0.85, "passages258": 0.75, "passages259": 0.81,
          "passages260": 0.66, "passages261": 0.71, "passages262": 0.61, "passages263": 0.71,
          "passages264": 0.75, "passages265": 0.70, "passages266": 0.64, "passages267": 0.77,
          "passages268": 0.74, "passages269": 0.70, "passages270": 0.59, "passages271": 0.79,
          "passages272": 0.60, "passages273": 0.70, "passages274": 0.63, "passages275": 0.70,
          "passages276": 0.77, "passages277": 0.74, "passages278": 0.75, "passages279": 0.87,
          "passages280": 0.71, "passages281": 0.75, "passages282": 0.43, "passages283": 0.63,
          "passages284": 0.83, "passages285": 0.73, "passages286": 0.74, "passages287": 0.68,
          "passages288": 0.72, "passages289": 0.73, "passages290": 0.75, "passages291": 0.74,
          "passages292": 0.79, "passages293": 0.86, "passages294": 0.85, "passages295": 0.78,
          "passages296": 0.83, "passages297": 0.79, "passages298": 0.83, "passages299": 0.76,
          "passages300": 0.76, "passages301": 0.85, "passages302": 0.84, "passages303": 0.75,
          "passages304": 0.72, "passages305": 0.75, "passages306": 0.75, "passages307": 0.67}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def battery(request):
    name = request.param
    gold = evaluate.load_gold(CASES / f"{name}_gold.yaml")
    return name, gold, evaluate.score(extract_events([CASES / name]), gold)


def test_every_passage_is_read_and_coded(battery):
    name, gold, _ = battery
    files = sorted(p.name for p in (CASES / name).glob("*.md"))
    assert len(files) >= 16 and sorted(a["file"] for a in gold["articles"]) == files


def test_the_battery_scores_at_least_its_last_measurement(battery):
    name, _, result = battery
    assert result.f1 >= FLOORS[name], f"{name}: F1 {result.f1:.3f} fell below {FLOORS[name]}"
