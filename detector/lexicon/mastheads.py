"""Lines of a newsroom's identity: the masthead, the editor-in-chief, the press registration.

A newspaper or news portal names who answers for its journalism: a masthead page ("Impressum"
is no such sign: German shops carry one too), an editor-in-chief, a responsible publisher, a
press registration number, a newsroom to contact. A shop, an affiliate or a "regional" portal
that pastes agency copy names none of them. Written by hand for this project from the legal and
customary masthead terms of each language, not from any page. Matched as lower-cased
substrings of the page's short chrome lines.
"""

from __future__ import annotations

MASTHEAD_PHRASES: tuple[str, ...] = (
    # en
    "editor-in-chief", "editor in chief", "managing editor", "executive editor", "masthead",
    "newsroom", "news desk", "editorial standards", "editorial policy", "ethics policy",
    "corrections policy", "send us a tip", "news tip",
    # de
    "chefredakteur", "chefredaktion", "chefredaktorin", "redaktionsleitung", "leserbrief",
    # fr
    "rédacteur en chef", "rédactrice en chef", "directeur de la publication",
    "directrice de la publication", "directeur de publication", "charte éditoriale",
    # es
    "jefe de redacción", "redactor jefe", "director editorial", "consejo editorial",
    # it
    "direttore responsabile", "caporedattore", "testata giornalistica", "registrazione al tribunale",
    "reg. trib", "autorizzazione del tribunale",
    # pt
    "editor-chefe", "diretor de redação", "diretora de redação", "expediente", "fale com a redação",
    # nl
    "hoofdredacteur", "hoofdredactie", "colofon",
    # pl
    "redaktor naczelny", "redaktor naczelna", "stopka redakcyjna", "zespół redakcyjny",
    # sv / no / da / fi
    "chefredaktör", "ansvarig utgivare", "ansvarlig redaktør", "ansvarshavende redaktør",
    "päätoimittaja",
    # tr
    "künye", "genel yayın yönetmeni", "sorumlu yazı işleri",
    # ru / uk
    "главный редактор", "главного редактора", "свидетельство о регистрации сми", "головний редактор",
    "головного редактора",
    # cs / sk / hu / ro / el
    "šéfredaktor", "főszerkesztő", "redactor-șef", "redactor șef", "αρχισυντάκτης",
    "διευθυντής σύνταξης",
    # ar / fa / hi
    "رئيس التحرير", "سردبیر", "प्रधान संपादक", "मुख्य संपादक",
    # id / ms / vi / sw
    "pemimpin redaksi", "susunan redaksi", "ketua pengarang", "tổng biên tập", "mhariri mkuu",
    # ja / ko / zh / th
    "編集長", "編集局", "発行人", "편집국", "편집인", "발행인", "등록번호", "总编辑", "總編輯",
    "编辑部", "編輯部", "บรรณาธิการ",
)  # fmt: skip
