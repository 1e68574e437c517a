"""language_of: a function word several languages share counts for each of them, so a
Romance menu full of "de"/"e" is not read as Dutch (and a story in its own language's chrome
is not "foreign")."""

from __future__ import annotations

import pytest

from detector.features.story_fit import language_of

PT_MENU = (
    "Mapas e Fotos Aéreas Assistência Social e Habitação Cultura, Esporte e Lazer Baixa do "
    "Cadastro Municipal de Contribuintes Abertura de Empresas Certidões e Guias Diversas "
    "Informações das Vias Públicas Plano de Transporte e Mobilidade Livro Eletrônico de "
    "Serviços Nota Fiscal de Serviços Eletrônica Secretaria de Saúde e Educação"
)
FR_MENU = (
    "Accueil Rachat de crédit Prêt immobilier Prêt personnel Assurance emprunteur Simulateur "
    "Actualités Contact Simulation gratuite en 2 minutes Réponse de principe immédiate Rachat "
    "de crédit Conseil de gestion Offre de prêt Taux de crédit Demande de devis Mentions "
    "légales Politique de confidentialité Plan du site"
)
ES_MENU = (
    "Inicio Portal de Transparencia Oficina de Turismo Agenda de Eventos Mapa de la Ciudad "
    "Trámites en Línea Consulta de Expedientes Registro de Proveedores Bolsa de Empleo "
    "Sala de Prensa Directorio de Dependencias Programa de Becas Atención de Quejas"
)
NL_TEXT = (
    "De gemeente heeft het plan voor een nieuwe brug van de baan gehaald en dat is niet "
    "voor het eerst. Volgens de wethouder is er te weinig geld en ook de provincie wil "
    "niet meebetalen aan het project, dat al jaren op de agenda staat van de raad."
)


@pytest.mark.parametrize(("text", "lang"), [(PT_MENU, "pt"), (FR_MENU, "fr"), (ES_MENU, "es")])
def test_romance_menus_are_not_dutch(text: str, lang: str) -> None:
    assert language_of(text) in (lang, "")
    assert language_of(text) != "nl"


def test_dutch_is_still_dutch() -> None:
    assert language_of(NL_TEXT) == "nl"
