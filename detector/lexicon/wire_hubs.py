"""Cities where national news is datelined: capitals and the big wire hubs, in the forms
newsrooms print them (local language, English, and the big languages' exonyms).

Lower-case. Read only at the head of a story's paragraph as a dateline ("ROMA –",
"Ciudad de México.-", "नई दिल्ली, 17 नवंबर।"), never as a word of the text.
"""

from __future__ import annotations

WIRE_HUBS = (
    # Europe
    "roma", "rome", "rom", "milano", "milan", "madrid", "barcelona", "paris", "berlin",
    "bruxelles", "brussels", "brüssel", "bruselas", "london", "londres", "londra", "wien",
    "vienna", "bern", "genève", "geneva", "amsterdam", "den haag", "lisboa", "lisbon",
    "warszawa", "warsaw", "praha", "prague", "budapest", "bucurești", "bucuresti", "sofia",
    "athens", "atene", "αθήνα", "stockholm", "oslo", "københavn", "copenhagen", "helsinki",
    "moskva", "moscow", "москва", "kyiv", "kiev", "київ", "киев", "ankara", "istanbul",
    "i̇stanbul", "minsk", "минск",
    # Americas
    "washington", "new york", "nueva york", "ciudad de méxico", "ciudad de mexico", "cdmx",
    "méxico", "bogotá", "bogota", "lima", "santiago", "buenos aires", "caracas", "quito",
    "brasília", "brasilia", "são paulo", "sao paulo", "rio de janeiro", "ottawa", "la habana",
    # Asia, Africa, Middle East
    "nueva delhi", "new delhi", "नई दिल्ली", "नयी दिल्ली", "দিল্লি", "mumbai", "मुंबई",
    "islamabad", "dhaka", "ঢাকা", "jakarta", "kuala lumpur", "manila", "bangkok", "hanoi",
    "hà nội", "beijing", "北京", "tokyo", "東京", "seoul", "서울", "taipei", "台北", "tehran",
    "تهران", "riyadh", "الرياض", "cairo", "القاهرة", "beirut", "بيروت", "baghdad", "بغداد",
    "nairobi", "lagos", "abuja", "dar es salaam", "dodoma", "kampala", "addis ababa",
    "pretoria", "johannesburg",
)  # fmt: skip
