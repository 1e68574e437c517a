"""redated_copy_log_days (date_staleness_v1): a fresh date stated twice over an old story's
first date fires; honest updates, shown originals, related items and lone date lines don't."""

from __future__ import annotations

import json
from datetime import date
from html import escape

from detector.features._redated import own_published_raw, redating
from detector.features.dates import DateStaleness
from detector.page import Page, parse_page

IT_STORY = (
    "Il cantiere navale sul lago chiude dopo sessant'anni di attività e trentotto lavoratori "
    "restano a casa, secondo quanto comunicato dai sindacati nel corso di un incontro.",
    "La proprietà, contattata, non ha voluto commentare le voci su un possibile interesse di "
    "un gruppo immobiliare per l'area, che gode di una posizione di pregio sulla sponda.",
    "Il sindaco ha annunciato un tavolo con la regione per cercare una soluzione per i "
    "dipendenti e per il futuro dell'area, fondata nel 1959 dalla famiglia del fondatore.",
)
VI_STORY = (
    "Theo Sở Nông nghiệp và Phát triển nông thôn thành phố, từ đầu năm 2022 đến nay, trên địa "
    "bàn đã xảy ra 19 vụ sạt lở bờ sông, kênh rạch, làm hư hỏng nhiều căn nhà của người dân.",
    "Chính quyền địa phương đã di dời khẩn cấp các hộ dân sống gần khu vực sạt lở đến nơi an "
    "toàn và cắm biển cảnh báo, đồng thời kiến nghị thành phố hỗ trợ kinh phí khắc phục.",
    "Người dân cho biết vết nứt xuất hiện từ chiều hôm trước và mở rộng nhanh trong đêm, "
    "khiến năm căn nhà bị cuốn trôi xuống sông trước khi lực lượng chức năng kịp đến.",
)
DE_STORY = (
    "Die Gemeinde hat am Abend beschlossen, die alte Brücke über den Fluss wegen schwerer "
    "Schäden an den Pfeilern für den gesamten Verkehr zu sperren, teilte die Verwaltung mit.",
    "Ein Gutachten hatte ergeben, dass die Tragfähigkeit nicht mehr gewährleistet sei; eine "
    "Umleitung über die Nachbarorte ist ausgeschildert und verlängert den Weg um zehn Minuten.",
    "Der Bürgermeister kündigte an, dass ein Neubau geprüft werde, die Kosten aber noch nicht "
    "absehbar seien und der Gemeinderat im Herbst über die Finanzierung entscheiden müsse.",
)


def page(
    story: tuple[str, ...],
    *,
    url: str,
    lang: str,
    meta: dict[str, str] | None = None,
    jsonld: list[dict[str, object]] | None = None,
    lines: tuple[str, ...] = (),
) -> Page:
    """A small article page: head metas and JSON-LD, a row of short lines above the story."""
    head = [f'<meta property="{k}" content="{escape(v)}">' for k, v in (meta or {}).items()]
    head += [
        f'<script type="application/ld+json">{json.dumps(obj)}</script>' for obj in jsonld or []
    ]
    row = "".join(f"<div class='meta'>{escape(line)}</div>" for line in lines)
    body = "".join(f"<p>{escape(p)}</p>" for p in story)
    html = (
        f'<html lang="{lang}"><head><title>Notizia</title>{"".join(head)}</head><body>'
        f"<header><a href='/'>Home</a></header><article><h1>Il titolo della notizia</h1>"
        f"{row}{body}</article></body></html>"
    )
    return parse_page(html, url=url)


def article(published: str, **more: object) -> dict[str, object]:
    return {"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": published}


def value(p: Page) -> float:
    return DateStaleness().signal(p).as_dict()["redated_copy_log_days"]


def test_old_jsonld_and_url_under_a_fresh_meta_and_date_line_fire() -> None:
    # Italian: the r_05 shape. The URL and the JSON-LD keep 2021; meta and date line say 2024.
    p = page(
        IT_STORY,
        url="https://www.example.it/cronaca/2021/11/chiude-il-cantiere-navale",
        lang="it",
        meta={"article:published_time": "2024-05-02T07:15:00+00:00"},
        jsonld=[article("2021-11-18T10:42:00+01:00")],
        lines=("2 maggio 2024",),
    )
    found = redating(p)
    # The month-only URL takes the JSON-LD's day in that month, so both say 2021-11-18.
    assert found is not None and found.old == date(2021, 11, 18) and found.days == 896
    assert "jsonld:datePublished" in found.evidence() and "URL" in found.evidence()
    assert "meta:article:published_time" in found.evidence()
    assert value(p) > 6


def test_old_meta_under_a_fresh_modified_time_and_date_line_fires() -> None:
    # Vietnamese: the r_19 shape. article:published_time keeps 2022; the date line and
    # article:modified_time say 2024, and the story's newest year is 2022.
    p = page(
        VI_STORY,
        url="https://tin.example.vn/xa-hoi/sat-lo-bo-song-hau",
        lang="vi",
        meta={
            "article:published_time": "2022-10-08T06:30:00+07:00",
            "article:modified_time": "2024-10-08T05:12:44+07:00",
        },
        lines=("08/10/2024",),
    )
    found = redating(p)
    assert found is not None and found.old.year == 2022 and found.fresh.year == 2024
    assert "meta:article:modified_time" in found.fresh_sources


def test_german_story_url_date_under_fresh_meta_and_jsonld_fires() -> None:
    p = page(
        DE_STORY,
        url="https://www.example.de/lokales/2019-03-14-bruecke-gesperrt",
        lang="de",
        meta={"article:published_time": "2023-06-01T08:00:00+02:00"},
        jsonld=[article("2023-06-01T08:00:00+02:00")],
    )
    assert value(p) > 6


def test_an_update_stamp_or_the_original_date_shown_is_an_honest_update() -> None:
    old_meta = {
        "article:published_time": "2021-03-01T08:00:00+01:00",
        "article:modified_time": "2023-06-01T08:00:00+02:00",
    }
    url = "https://www.example.de/lokales/bruecke-gesperrt"
    stamped = page(DE_STORY, url=url, lang="de", meta=old_meta, lines=("Aktualisiert: 01.06.2023",))
    split = page(DE_STORY, url=url, lang="de", meta=old_meta, lines=("Updated", "1. Juni 2023"))
    both = page(DE_STORY, url=url, lang="de", meta=old_meta, lines=("1. Juni 2023", "1. März 2021"))
    assert redating(stamped) is None
    assert redating(split) is None
    assert redating(both) is None
    # The same page without those marks fires: the quiet cases are quiet for the mark.
    assert redating(page(DE_STORY, url=url, lang="de", meta=old_meta, lines=("1. Juni 2023",)))


def test_newer_news_in_the_story_is_an_update() -> None:
    later = (*DE_STORY[:2], "Im Mai 2023 begann der Abriss, der Neubau soll bis 2025 fertig sein.")
    later = (later[0], later[1], later[2] + " Die Gemeinde rechnet mit Kosten in Millionenhöhe.")
    p = page(
        later,
        url="https://www.example.de/lokales/bruecke-gesperrt",
        lang="de",
        meta={
            "article:published_time": "2021-03-01T08:00:00+01:00",
            "article:modified_time": "2023-06-01T08:00:00+02:00",
        },
        lines=("1. Juni 2023",),
    )
    assert redating(p) is None


def test_a_lone_date_line_is_no_claim() -> None:
    # A header's date of the day or a sidebar date: one source only, no re-dating.
    p = page(
        DE_STORY,
        url="https://www.example.de/lokales/bruecke-gesperrt",
        lang="de",
        meta={"article:published_time": "2017-05-01T17:05:00+02:00"},
        lines=("Mittwoch, 26.02.2020",),
    )
    assert redating(p) is None and value(p) == 0.0


def test_related_item_jsonld_and_section_url_dates_do_not_count() -> None:
    related = {**article("2019-01-10"), "headline": "Altra notizia", "url": "https://x.it/altra"}
    own = {**article("2024-05-02T07:15:00+00:00"), "url": "https://www.example.it/cronaca/x"}
    p = page(
        IT_STORY,
        url="https://www.example.it/cronaca/x",
        lang="it",
        meta={"article:published_time": "2024-05-02T07:15:00+00:00"},
        jsonld=[related, own],
        lines=("2 maggio 2024",),
    )
    assert own_published_raw(p) == "2024-05-02T07:15:00+00:00"
    assert redating(p) is None
    numbered = page(
        IT_STORY,
        url="https://www.example.it/guide/2020/11-cose-da-sapere",
        lang="it",
        meta={"article:published_time": "2024-05-02T07:15:00+00:00"},
        lines=("2 maggio 2024",),
    )
    assert redating(numbered) is None
