"""Parsers behind `detector.page.parse_page`: decoding, HTML (lexbor), text records, dates."""
