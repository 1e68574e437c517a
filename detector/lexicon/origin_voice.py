"""Words of an outlet's own voice: its calls to follow it, its nouns for itself, its sign-offs.

Copied text keeps the voice of the outlet it was written for: "Iscriviti alla newsletter del
Corriere del Tirreno", "Assine o Jornal do Planalto", "تابعوا موقع «…»", "Pewarta: … / Editor:
…". Lower-case, in 18+ languages; read by `detector.features.origin_voice`.
"""

from __future__ import annotations

from detector.lexicon.words import wordset

# Calls to follow, subscribe, join or download (lower-case, whole words). Those of
# CTA_IMPERATIVES are imperatives only (reflexive or plural forms) and count anywhere in a line;
# the others are also plain verbs ("analysts follow", "subscribers") and count only where a
# sentence or a clause starts.
CTA_IMPERATIVES = (
    "iscriviti", "seguici", "unisciti", "abbonati", "suivez", "suivez-nous", "abonnez-vous",
    "inscrivez-vous", "rejoignez", "téléchargez", "síguenos", "suscríbete", "suscribete",
    "únete", "assine", "inscreva-se", "cadastre-se", "acompanhe", "folgen sie", "abonnieren sie",
    "abonniere", "melden sie sich", "abonneer", "schrijf je in", "obserwuj", "subskrybuj",
    "zapisz się", "urmărește", "abonează-te", "takip edin", "abone ol", "katılın",
    "berlangganan", "jiunge", "fuatilia", "jisajili", "подписывайтесь", "подпишитесь",
    "присоединяйтесь", "підписуйтесь", "підпишіться", "приєднуйтесь", "تابعوا", "تابعونا",
    "اشترك", "اشتركوا", "انضم", "انضموا", "सब्सक्राइब करें", "जुड़ें",
)  # fmt: skip
CTA_VERBS = (
    "follow", "subscribe", "sign up", "join", "download", "stay tuned", "stay updated",
    "segui", "scarica", "sigue a", "descarga", "siga", "baixe", "entre no", "folge", "volg",
    "dołącz", "takip et", "ikuti", "gabung", "langganan", "theo dõi", "đăng ký", "tham gia",
    "следите за", "стежте за", "слідкуйте за", "تابع", "फॉलो करें",
)  # fmt: skip
CTA_STEMS = (*CTA_IMPERATIVES, *CTA_VERBS)
# Where a follower is sent: a newsletter, a messenger channel, an app, a subscription.
CHANNEL_WORDS = (
    "newsletter", "channel", "canal", "canale", "kanał", "kanal", "канал", "قناة", "whatsapp",
    "telegram", "google news", "app ", "aplicativo", "aplicación", "applicazione",
    "application", "aplikasi", "ứng dụng", "застосунок", "приложени", "تطبيق", "abbonamento",
    "subscription", "assinatura", "abonnement", "suscripción", "edition", "edizione", "edição",
    "kênh", "रोज़", "चैनल", "rassegna",
)  # fmt: skip
# Nouns an outlet calls itself by; a name right after one is an outlet's ("موقع «صدى النيل»").
OUTLET_NOUNS = wordset(
    """site website sito sitio portal portale jornal giornale quotidiano journal newspaper
    paper gazeti gazeta gazete báo trang tờ situs laman koran zeitung krant diario periódico
    periodico quotidien revista rivista magazine magazin موقع صحيفة جريدة بوابة مجلة сайт
    газета издание видання портал gazetesi sitesi"""
)
# Platforms a follow call names that are nobody's outlet ("Follow us on Google News").
PLATFORM_WORDS = wordset(
    """google facebook whatsapp telegram youtube instagram twitter x tiktok threads linkedin
    viber zalo line apple spotify flipboard msn yahoo bluesky mastodon pinterest snapchat
    dailyhunt substack android ios play store vk вконтакте дзен dzen rutube odnoklassniki
    kakao naver"""
)
# Labels of an agency's staff sign-off under its story ("Pewarta: …", "Editor: …").
SIGNOFF_LABELS = (
    "pewarta", "editor", "redaktur", "penulis", "reporter", "wartawan", "kontributor",
    "phóng viên", "biên tập", "redactor", "redattore", "rédacteur", "redacteur", "redakteur",
    "редактор", "корреспондент", "кореспондент", "muhariri", "mwandishi", "muhabir", "editör",
    "reportero", "repórter", "edição", "edición", "مراسل", "تحرير", "محرر", "संपादक",
    "रिपोर्टर", "текст",
)  # fmt: skip
# Words of "our", which make a follow call the page's own ("iscriviti al nostro canale").
OUR_WORDS = wordset(
    """our us nostro nostra nostri nostre notre nos nuestro nuestra nuestros nosso nossa nossos
    unser unseren unserem unsere onze ons nasz nasze naszego naszym bizi bizim kami kita
    chúng tôi wetu yetu letu наш наши нашего нашем нашу наша нашого нашій موقعنا قناتنا
    हमारे"""
)
