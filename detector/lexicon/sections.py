"""Names of a newsroom's hard-news sections, in the languages the parser reads.

A news outlet's menus name the beats it reports on: politics, the world, the nation, the
economy, opinion, crime. A shop, a software vendor, a clinic or a game site that posts agency
copy names its products and services instead, and at most a "News" or "Blog" page. So only the
sections no other trade's menu carries are listed: not "News", "Sport", "Health", "Business",
"Culture" or "Entertainment", which a supplement shop, a betting site or a SaaS vendor's menus
carry as well.

Written by hand for this project from the section names of news sites in each language, not from
any page or template.
"""

from __future__ import annotations

from detector.lexicon.words import wordset

NEWS_SECTION_WORDS = wordset(
    """politics political world opinion opinions national international nation economy crime
    elections
    politik wirtschaft welt ausland inland meinung
    politique monde économie international société faits
    política mundo economía internacional nacional sucesos opinión
    politica mondo economia esteri cronaca interni
    economia país brasil
    politiek buitenland binnenland economie
    polityka świat gospodarka kraj
    siyaset dünya ekonomi gündem
    политика экономика мир общество происшествия
    سياسة العالم اقتصاد دولي محليات عربي
    राजनीति दुनिया देश विदेश व्यापार राज्य
    dunia nasional internasional hukum
    inrikes utrikes"""
)
# Section names of scripts and languages that are not read word by word (CJK, and Vietnamese,
# whose words are written apart as syllables), and a newspaper's e-paper, which only a newspaper
# publishes.
NEWS_SECTION_PHRASES = (
    "国际", "国内", "政治", "财经", "経済", "国際", "社会", "時事", "정치", "경제", "사회", "국제",
    "thời sự", "thế giới", "kinh tế", "xã hội", "pháp luật", "e-paper", "epaper", "ई-पेपर",
)  # fmt: skip
# Words that make a line a newsroom's ("news", "newspaper", "portal" in many languages): a
# tagline "Wiadomości, nieruchomości i podróże" lists a newspaper's sections, not a shop's wares.
NEWSROOM_WORDS = wordset(
    """news newspaper portal wiadomości wiadomosci aktualności informacje gazeta dziennik
    tygodnik kurier zprávy zpravodajství noviny správy nyheter nyheder nyheter tidning avis
    avisen uutiset lehti nieuws krant ειδήσεις εφημερίδα știri stiri ziar ziarul hírek
    újság hirek новости газета новини вести vijesti novice haberler haber gazete gazetesi
    أخبار جريدة صحيفة חדשות עיתון اخبار روزنامه समाचार ख़बर खबर अख़बार খবর সংবাদ berita
    kabar balita pahayagan tin báo noticias notícias noticia notícia actualité actualités
    nachrichten zeitung notizie giornale""",
)
NEWSROOM_NOSPACE = ("ニュース", "新闻", "新聞", "뉴스", "신문", "ข่าว", "日报", "日報", "tin tức")
