"""The board's words in English and in the app's other shipped languages (the board has no Qt).

``LANGUAGES`` matches the desktop app's (``votingapp/gui/translations.py``): the board speaks the station's
language and English.  A string missing from a language falls back to English.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
RIGHT_TO_LEFT = frozenset({"ar"})

EN: dict[str, str] = {
    "board": "Observer board",
    "secret": "Secret ballot",
    "open": "Open ballot",
    "not_open": "Not open yet",
    "voting_open": "Voting is open",
    "closed": "Closed",
    "served_by": "Served by station {name}",
    "from_data_dir": "Served from a data dir (no node running): the chain as stored.",
    "stations": "Stations",
    "this_station": "this station",
    "connected": "connected",
    "not_connected": "not connected",
    "height_n": "height {n}",
    "height_unknown": "height unknown",
    "turnout": "Turnout",
    "turnout_line": "Ballots: {voted} · registered voters: {registered}",
    "results": "Results",
    "sealed": "Sealed — {n} of {k} trustee shares",
    "sealed_note": "The count is decrypted by the trustees after the close.",
    "decrypted": "Decrypted by {n} of {t} trustees",
    "stale": "Late ballots came in after the decryption: the count with them waits for the trustees' shares.",
    "hidden": "Hidden until the close",
    "live": "Live count",
    "final": "Count at the close",
    "votes_n": "{n} votes",
    "votes_1": "1 vote",
    "chain": "Chain",
    "height": "Height",
    "tip": "Tip",
    "checked": "Every block checked by this station",
    "last_block": "Last block",
    "no_block": "none yet",
    "download": "Download",
    "record": "The election record",
    "manifest": "The manifest",
    "verify_hint": "Anyone can check the record:",
    "updates": "This page updates by itself.",
    "updated": "Updated {time}",
    "lost": "Lost the station: it does not answer. Retrying…",
    "language": "Language",
}

FR: dict[str, str] = {
    "board": "Tableau des observateurs",
    "secret": "Scrutin secret",
    "open": "Scrutin ouvert",
    "not_open": "Pas encore ouvert",
    "voting_open": "Le vote est ouvert",
    "closed": "Clos",
    "served_by": "Servi par le poste {name}",
    "from_data_dir": "Servi depuis un dossier de données (aucun nœud ne tourne) : la chaîne telle qu'enregistrée.",
    "stations": "Postes",
    "this_station": "ce poste",
    "connected": "connecté",
    "not_connected": "non connecté",
    "height_n": "hauteur {n}",
    "height_unknown": "hauteur inconnue",
    "turnout": "Participation",
    "turnout_line": "Bulletins : {voted} · électeurs inscrits : {registered}",
    "results": "Résultats",
    "sealed": "Scellé — {n} parts de dépositaires sur {k}",
    "sealed_note": "Les dépositaires déchiffrent le décompte après la clôture.",
    "decrypted": "Déchiffré par {n} dépositaires sur {t}",
    "stale": "Des bulletins tardifs sont arrivés après le déchiffrement : le décompte qui les inclut attend "
             "les parts des dépositaires.",
    "hidden": "Masqués jusqu'à la clôture",
    "live": "Décompte en direct",
    "final": "Décompte à la clôture",
    "votes_n": "{n} voix",
    "votes_1": "1 voix",
    "chain": "Chaîne",
    "height": "Hauteur",
    "tip": "Sommet",
    "checked": "Chaque bloc vérifié par ce poste",
    "last_block": "Dernier bloc",
    "no_block": "aucun pour l'instant",
    "download": "Télécharger",
    "record": "Le registre de l'élection",
    "manifest": "Le manifeste",
    "verify_hint": "Chacun peut vérifier le registre :",
    "updates": "Cette page se met à jour d'elle-même.",
    "updated": "Mis à jour à {time}",
    "lost": "Poste perdu : il ne répond pas. Nouvel essai…",
    "language": "Langue",
}

ES: dict[str, str] = {
    "board": "Panel de observadores",
    "secret": "Voto secreto",
    "open": "Voto abierto",
    "not_open": "Aún no abierta",
    "voting_open": "La votación está abierta",
    "closed": "Cerrada",
    "served_by": "Servido por la estación {name}",
    "from_data_dir": "Servido desde una carpeta de datos (ningún nodo en marcha): la cadena tal como se guardó.",
    "stations": "Estaciones",
    "this_station": "esta estación",
    "connected": "conectada",
    "not_connected": "no conectada",
    "height_n": "altura {n}",
    "height_unknown": "altura desconocida",
    "turnout": "Participación",
    "turnout_line": "Papeletas: {voted} · votantes inscritos: {registered}",
    "results": "Resultados",
    "sealed": "Sellado — {n} de {k} partes de los custodios",
    "sealed_note": "Los custodios descifran el recuento tras el cierre.",
    "decrypted": "Descifrado por {n} de {t} custodios",
    "stale": "Llegaron papeletas tardías tras el descifrado: el recuento que las incluye espera las partes "
             "de los custodios.",
    "hidden": "Ocultos hasta el cierre",
    "live": "Recuento en directo",
    "final": "Recuento al cierre",
    "votes_n": "{n} votos",
    "votes_1": "1 voto",
    "chain": "Cadena",
    "height": "Altura",
    "tip": "Cima",
    "checked": "Cada bloque verificado por esta estación",
    "last_block": "Último bloque",
    "no_block": "ninguno aún",
    "download": "Descargar",
    "record": "El registro de la elección",
    "manifest": "El manifiesto",
    "verify_hint": "Cualquiera puede verificar el registro:",
    "updates": "Esta página se actualiza sola.",
    "updated": "Actualizado a las {time}",
    "lost": "Se perdió la estación: no responde. Reintentando…",
    "language": "Idioma",
}

AR: dict[str, str] = {
    "board": "لوحة المراقبين",
    "secret": "اقتراع سري",
    "open": "اقتراع علني",
    "not_open": "لم يُفتح بعد",
    "voting_open": "التصويت مفتوح",
    "closed": "مغلق",
    "served_by": "تعرضها المحطة {name}",
    "from_data_dir": "معروضة من مجلد بيانات (لا توجد عقدة تعمل): السلسلة كما حُفظت.",
    "stations": "المحطات",
    "this_station": "هذه المحطة",
    "connected": "متصلة",
    "not_connected": "غير متصلة",
    "height_n": "الارتفاع {n}",
    "height_unknown": "الارتفاع غير معروف",
    "turnout": "نسبة المشاركة",
    "turnout_line": "البطاقات: {voted} · الناخبون المسجلون: {registered}",
    "results": "النتائج",
    "sealed": "مختومة — {n} من {k} حصص الأمناء",
    "sealed_note": "يفك الأمناء تشفير الفرز بعد الإغلاق.",
    "decrypted": "فك تشفيرها {n} من {t} أمناء",
    "stale": "وصلت بطاقات متأخرة بعد فك التشفير: الفرز الذي يشملها ينتظر حصص الأمناء.",
    "hidden": "مخفية حتى الإغلاق",
    "live": "فرز مباشر",
    "final": "الفرز عند الإغلاق",
    "votes_n": "{n} صوتًا",
    "votes_1": "صوت واحد",
    "chain": "السلسلة",
    "height": "الارتفاع",
    "tip": "القمة",
    "checked": "كل كتلة تحققت منها هذه المحطة",
    "last_block": "آخر كتلة",
    "no_block": "لا شيء بعد",
    "download": "تنزيل",
    "record": "سجل الانتخاب",
    "manifest": "البيان",
    "verify_hint": "يمكن لأي شخص التحقق من السجل:",
    "updates": "تتحدث هذه الصفحة تلقائيًا.",
    "updated": "حُدّثت في {time}",
    "lost": "فُقد الاتصال بالمحطة: لا تجيب. إعادة المحاولة…",
    "language": "اللغة",
}

_CATALOGS = {"en": EN, "fr": FR, "es": ES, "ar": AR}


def words(language: str) -> dict[str, str]:
    """Every board string in ``language`` (English for a language not shipped, and for a missing string)."""
    catalog = _CATALOGS.get(language, EN)
    return {key: catalog.get(key, text) for key, text in EN.items()}


def pick_language(code: str | None) -> str:
    """A shipped language code for ``code`` (``fr``, ``fr_FR.UTF-8``, ``fr-CA``, ...); English otherwise."""
    if not code:
        return "en"
    short = code.replace("_", "-").split("-")[0].split(".")[0].lower()
    return short if short in LANGUAGES else "en"


def station_language(config: Mapping[str, object]) -> str:
    """The station's language: the one the app keeps in the data dir's settings (``language``, chosen in the
    app), else the system's."""
    code = config.get("language")
    return code if isinstance(code, str) and code in LANGUAGES else system_language()


def system_language() -> str:
    """The station's language from the environment (``LC_ALL``, ``LC_MESSAGES``, ``LANG``), English if unshipped."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return pick_language(value)
    return "en"
