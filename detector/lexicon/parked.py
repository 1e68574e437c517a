"""What an expired or parked domain of another trade still shows: a sale banner, a business's
schema.org type, and a business's service menu.

Written by hand for this project from the kinds of wording registrars' parking pages and small
businesses' site templates use, in some twenty languages; not from any probe page. Everything
is lower-case (matched against lower-cased chrome lines).
"""

from __future__ import annotations

# The word "domain" (the web address) in many languages: a line must hold one of these before
# the sale words are looked for.
DOMAIN_WORDS = (
    "domain", "domeniu", "домен", "domaine", "dominio", "domínio", "domena", "doména",
    "domein", "domän", "domene", "domæne", "alan adı", "alan adi", "tên miền", "ドメイン",
    "域名", "網域", "도메인", "tartomány", "domainnév", "verkkotunnus", "δομέα", "domény",
    "nama domain", "דומיין", "نطاق", "डोमेन",
)  # fmt: skip
# Sale, offer and parking words that, beside a domain word, make a registrar's lander line.
SALE_WORDS = (
    # en, de, fr, es, pt, it
    "for sale", "buy this", "buy now", "make an offer", "parked", "purchase", "inquire",
    "kaufen", "verkauf", "geparkt", "angebot", "à vendre", "en vente", "acheter", "parqué",
    "faire une offre", "en venta", "se vende", "comprar", "aparcado", "haga una oferta",
    "à venda", "estacionado", "faça uma oferta", "in vendita", "vendesi", "acquista",
    "parcheggiato", "fai un'offerta",
    # ro, uk, ru, pl, cs, sk, hu
    "de vânzare", "de vanzare", "parcat", "faceți o ofertă", "cumpără", "продано", "продається",
    "продаж", "придбати", "купити", "припарковано", "продается", "продаётся", "продажа",
    "купить", "припаркован", "na sprzedaż", "kup ", "zaparkowan", "na prodej", "koupit",
    "zaparkovan", "kúpiť", "eladó", "megvásárol", "parkolt",
    # nl, sv, no, da, fi, tr, el
    "te koop", "kopen", "geparkeerd", "till salu", "köp", "parkerad", "til salgs", "kjøp",
    "parkert", "til salg", "køb", "parkeret", "myytävänä", "myynnissä", "osta ", "pysäköity",
    "satılık", "satilik", "satın al", "park edil", "πωλείται", "αγοράστε",
    # zh, ja, ko, vi, id, he, ar, hi
    "出售", "购买", "转让", "販売", "購入", "売却", "판매", "구매", "매각", "đang được bán",
    "mua ", "bán", "dijual", "beli ", "למכירה", "للبيع", "बिक्री",
)  # fmt: skip
# Hosts of domain marketplaces and parking services (their landers link "buy this domain").
PARKING_HOSTS = (
    "sedo.com", "dan.com", "afternic.com", "hugedomains.com", "bodis.com", "parkingcrew.net",
    "above.com", "undeveloped.com", "buydomains.com", "domainmarket.com", "sav.com", "parking",
)  # fmt: skip

# schema.org types of a business that is not a publisher: LocalBusiness and its subtypes, and
# products and offers. (Organization, Corporation and NewsMediaOrganization are not listed: a
# newsroom and a company's press room use them.)
BUSINESS_TYPES = frozenset(
    [
        "LocalBusiness",
        "ProfessionalService",
        "HomeAndConstructionBusiness",
        "Plumber",
        "Electrician",
        "HVACBusiness",
        "GeneralContractor",
        "RoofingContractor",
        "HousePainter",
        "Locksmith",
        "MovingCompany",
        "AutomotiveBusiness",
        "AutoRepair",
        "AutoBodyShop",
        "AutoDealer",
        "AutoPartsStore",
        "AutoRental",
        "AutoWash",
        "GasStation",
        "MotorcycleDealer",
        "MotorcycleRepair",
        "Dentist",
        "MedicalClinic",
        "MedicalBusiness",
        "Physician",
        "Optician",
        "Pharmacy",
        "DiagnosticLab",
        "HealthAndBeautyBusiness",
        "BeautySalon",
        "DaySpa",
        "HairSalon",
        "NailSalon",
        "TattooParlor",
        "HealthClub",
        "ExerciseGym",
        "LegalService",
        "Attorney",
        "Notary",
        "AccountingService",
        "FinancialService",
        "BankOrCreditUnion",
        "InsuranceAgency",
        "RealEstateAgent",
        "TravelAgency",
        "EmploymentAgency",
        "FoodEstablishment",
        "Restaurant",
        "Bakery",
        "CafeOrCoffeeShop",
        "BarOrPub",
        "FastFoodRestaurant",
        "IceCreamShop",
        "Winery",
        "Brewery",
        "LodgingBusiness",
        "Hotel",
        "Motel",
        "BedAndBreakfast",
        "Hostel",
        "Resort",
        "Campground",
        "Store",
        "ClothingStore",
        "ComputerStore",
        "ElectronicsStore",
        "FurnitureStore",
        "GardenStore",
        "HardwareStore",
        "HomeGoodsStore",
        "JewelryStore",
        "LiquorStore",
        "MobilePhoneStore",
        "PetStore",
        "ShoeStore",
        "SportingGoodsStore",
        "ToyStore",
        "BikeStore",
        "BookStore",
        "Florist",
        "GroceryStore",
        "OutletStore",
        "DryCleaningOrLaundry",
        "ChildCare",
        "AnimalShelter",
        "SelfStorage",
        "Casino",
        "EntertainmentBusiness",
        "Product",
        "Offer",
        "AggregateOffer",
        "IndividualProduct",
        "ProductModel",
    ]
)

# A business's own menu and footer, by kind. Two kinds on one page make a business's chrome.
SERVICE_NAV: dict[str, tuple[str, ...]] = {
    "booking": (
        "book an appointment", "book appointment", "book online", "book tid", "bestil tid",
        "boka tid", "bestill time", "termin buchen", "termin vereinbaren", "online-termin",
        "prendre rendez-vous", "prise de rendez-vous", "pedir cita", "reservar cita",
        "cita previa", "pida su cita", "agendar consulta", "agende sua consulta",
        "agendar horário", "marcar consulta", "prenota una visita", "prenota appuntamento",
        "umów wizytę", "rezerwacja wizyty", "записатися на прийом", "запис на прийом",
        "записаться на прием", "записаться на приём", "maak een afspraak", "afspraak maken",
        "randevu al", "online randevu", "varaa aika", "ajanvaraus", "időpontfoglalás",
        "objednat se", "fă o programare", "programează-te", "κλείστε ραντεβού", "buat janji",
        "đặt lịch hẹn", "ご予約", "予約する", "预约挂号", "在线预约", "예약하기",
    ),
    "services": (
        "our services", "unsere leistungen", "nos services", "nos prestations",
        "nuestros servicios", "nossos serviços", "i nostri servizi", "nasze usługi",
        "наші послуги", "наши услуги", "onze diensten", "våra tjänster", "våre tjenester",
        "vores ydelser", "hizmetlerimiz", "palvelumme", "szolgáltatásaink", "naše služby",
        "serviciile noastre", "layanan kami", "dịch vụ của chúng tôi", "treatments",
        "behandlinger", "behandlungen", "behandlingar", "tratamientos", "tratamentos",
        "trattamenti", "zabiegi", "traitements", "hoitomme", "kezeléseink",
        "om klinikken", "about the clinic", "über die praxis", "unsere praxis", "la clinique",
        "la clínica", "a clínica", "la clinica", "o klinice",
    ),
    "hours": (
        "opening hours", "öffnungszeiten", "sprechzeiten", "horaires d'ouverture",
        "horario de atención", "horário de funcionamento", "horário de atendimento",
        "orari di apertura", "godziny otwarcia", "години роботи", "графік роботи",
        "часы работы", "режим работы", "openingstijden", "öppettider", "åpningstider",
        "åbningstider", "çalışma saatleri", "aukioloajat", "nyitvatartás", "otevírací doba",
        "program de lucru", "营业时间", "営業時間", "診療時間", "영업시간", "giờ mở cửa",
        "jam buka",
    ),
    "call": (
        # (Not "Notdienst" / "emergency service": a town's pages list the pharmacies' and
        # doctors' emergency services beside its opening hours.)
        "call us", "call now", "rufen sie uns an", "jetzt anrufen", "appelez-nous", "llámenos", "llámanos", "ligue para nós",
        "ligue agora", "chiamaci", "zadzwoń do nas", "зателефонуйте нам", "подзвоніть нам",
        "позвоните нам", "bel ons", "ring oss", "ring til os", "ring os", "bizi arayın",
        "hemen arayın", "soita meille", "hívjon minket", "zavolejte nám", "sunați-ne",
        "akut tandpine", "akutt tannpine", "notfall-telefon",
    ),
    "quote": (
        "free quote", "get a quote", "request a quote", "kostenloses angebot",
        "angebot anfordern", "devis gratuit", "demander un devis", "presupuesto gratis",
        "pedir presupuesto", "solicitar orçamento", "orçamento grátis", "preventivo gratuito",
        "richiedi preventivo", "darmowa wycena", "bezpłatna wycena", "gratis offerte",
        "offerte aanvragen", "få et tilbud", "få tilbud", "begär offert", "ücretsiz teklif",
        "teklif al", "ilmainen tarjous", "ajánlatkérés", "cerere ofertă", "免费报价", "無料見積",
        "무료 견적",
    ),
}  # fmt: skip
