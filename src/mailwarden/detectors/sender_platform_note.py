"""Sentence tests for the note a platform user typed into a genuine notification.

``sender_platform_relay`` decides the findings; this module holds the tests it applies to the
user-written parts (item title, share note, form or event description, invoice memo), each
looking for what honest users never type. It has no detector, so the finding ids stay in one.

- ``credential_gate``: a sentence asking the reader to sign in, verify or access something
  *with their own mailbox's credentials* ("verify with your email credentials to access",
  "available after verifying your business email", "sign in with your business email to
  view", "the form requires Microsoft sign-in"; "their" in a note to a group). A colleague
  sharing a file never asks for the reader's mail password: the platform's own sign-in is the
  platform's business. A restricted form's "sign in with your school account to answer" and
  the platforms' own warnings ("never share your password") are no gate.
- ``intl_phone`` and ``callback_vocabulary``: a number in international or toll-free form
  ("+55 11 4003-8817", "0800 591 4420"; North-American numbers are read by the caller), and
  the ``callback_cue`` / ``callback_disown`` phrases of every language, for the callback note.
- ``money_to_reader``: a sentence saying a payment was released, sent or credited to the
  reader's account, in a note that also asks to confirm receipt, sign in or verify (the fake
  remittance share's opener).
- ``payroll_topic`` and ``remittance_topic``: payroll words ("direct deposit", "payslip") and
  remittance words ("remittance advice", "proof of payment", "SWIFT copy"): the topics of the
  fake HR envelope and of the fake remittance.
- ``nested_click``: a sentence sending the reader to click something inside the shared item,
  in a note about a payment: the share is a stepping stone to the phishing page.

The credential-gate and nested-click tests first join hard-wrapped plain text (``unwrap``): a
single line break inside a paragraph is the sender's wrapping, not the end of a sentence.
All matching is over normalised text (lower-case words, single spaces) with fixed word lists:
linear time; every input is bounded here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.knowledge import Knowledge
from mailwarden.lures import CALLBACK_CUE, CALLBACK_DISOWN, lures_in_text, normalise

# A sentence ends at ". ", "!" or "?" before a space; "$48,260.00" stays whole.
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=[^\s.!?]))+")
_TEXT_MAX = 6_000

# The reader's own mailbox as the key to the shared item: "with/using your [work|company|
# business|organisation|...] (email|account|credentials|password)", "your email credentials",
# "verifying your business email", "work email and password"; a note to a group says "their"
# ("all employees must complete the form with their Microsoft 365 credentials"), and "sign in
# with your email provider" is the provider-picker of a credential page.
_MAILBOX_ADJ = (
    r"(?:current|existing|usual|own|work|company|business|organi[sz]ation|organi[sz]ational|corporate|office|school"
    r"|institutional|microsoft|microsoft 365|office 365|365|outlook|email|e mail|mail)"
)
_CREDENTIAL_GATE = re.compile(
    # "use your council email login": one word of the reader's own may name the mailbox.
    rf"\b(?:(?:with|using|use|via) (?:your|their) (?:\w+ )?(?:{_MAILBOX_ADJ} ){{1,3}}"
    r"(?:email|e mail|mail|account|credentials|password|login|address|provider)"
    r"|your (?:email|e mail|mailbox|account|login) (?:credentials|password)"
    rf"|(?:verifying|verify|confirming|confirm|authenticating|authenticate|validating|validate)"
    rf" (?:your|their) (?:{_MAILBOX_ADJ} ){{0,2}}(?:work|business|organi[sz]ation|company"
    r"|corporate|email|e mail) (?:email|e mail|account)"
    # "your email and password", "fill in your email address and current password",
    # "the short validation form (username and current password)".
    r"|(?:email|e mail|username|user name|user id)(?: address)? and"
    r" (?:your |the |current |existing )?password"
    # "The form inside requires Microsoft sign-in": the shared item gated behind the reader's
    # mail provider's sign-in, which a file on another platform never needs.
    r"|(?:requires?|requiring|needs?) (?:a |an |your )?(?:microsoft|microsoft 365|office 365"
    r"|outlook|email|e mail|work email|company email|business email)"
    r" (?:sign in|signin|login|log in|logon|credentials|authentication|verification)"
    # The same said as a label: "Secure Review (Microsoft Authentication Required)" (round 432).
    r"|(?:microsoft|microsoft 365|office 365|outlook|work email|company email|business email)"
    r" (?:sign in|signin|login|authentication|verification) (?:is )?required"
    # "Verify with your email", "re-verify their direct deposit and Microsoft 365 sign-in":
    # the reader's mailbox itself, or its provider's sign-in, as what is to be verified.
    r"|(?:verify|re verify|verifying|authenticate) (?:it |this )?(?:with|using) (?:your|their)"
    r" (?:email|e mail)"
    r"|(?:verify|re verify|verifying|validate|confirm) (?:\w+ ){0,5}(?:microsoft 365|office 365"
    r"|microsoft|outlook) (?:sign in|signin|login|log in|credentials|password)"
    # "The PDF is secured, please log in with your email to view" (round 398): the reader's
    # mailbox as the key to the item; no legitimate message of bench/modern or rounds 17-20
    # says it, 14 phishing messages do.
    r"|(?:sign in|log in|login) (?:with|using) your (?:email|e mail)(?: address)? (?:to|before"
    r"|in order to) (?:view|access|open|download|unlock|see|read|retrieve)"
    # "Verify your email to unlock the files": the reader's mailbox as the key to a shared
    # item (a platform's own sign-up check says "to activate your account").
    r"|(?:verify|confirm|validate|enter) your (?:email|e mail)(?: address)? to (?:unlock|access"
    r"|view|open|download|retrieve|see|read) (?:the |your |these |this )?(?:\w+ )?(?:files?"
    r"|documents?|attachments?|messages?|folder|statements?|invoices?))\b"
)
_SECRET = re.compile(r"\b(?:password|credentials)\b")
_MAIL_PROVIDER = re.compile(r"\b(?:microsoft|365|outlook|email|e mail)\b(?= \w)")
_VERIFY_VERB = re.compile(
    r"\b(?:verify|verifying|verification|authenticate|authenticating|validate|validating)\b"
)
# The sentence must ask for something: sign in, verify, access, enter, open, view. "With
# access to" and "has/have access" are the noun, which asks nothing ("only a person with
# access to your email can reset your account password", a platform's own reset mail).
_GATE_VERB = re.compile(
    r"\b(?:sign in|signing in|log in|login|logging in|logon|verify|verifying|verification"
    r"|authenticate"
    r"|validate|validating"
    r"|(?<!with )(?<!has )(?<!have )access|accessing|available|enter|open|view|unlock|confirm"
    r"|confirming|complete"
    r"|completing|submit|submitting|fill out|fill in|filling out|filling in"
    r"|authentication required|sign in required|login required|verification required)\b"
)
# "Sign in with your business email to view", "use your council email login to view": the
# credential is the reader's mailbox itself (its address as the login), not an account of the
# platform ("your school account").
_MAILBOX_NOUN = re.compile(r"\b(?:email|e mail|mail|provider)(?: login| account)?$")
_UNLOCK = re.compile(r"\bto (?:view|access|open|download|unlock|see|read|retrieve|release)\b")


# A single line break inside a paragraph is the sender's line wrapping (plain text wrapped at
# ~76 columns), not the end of a sentence; a blank line or a run of breaks still ends it.
_WRAP = re.compile(r"(?<!\n)\n(?![ \t]*\n)")


def unwrap(text: str) -> str:
    """Text with its soft line wraps joined (bounded by the caller)."""
    return _WRAP.sub(" ", text)


def _sentences(text: str) -> Iterator[str]:
    """The sentences of the bounded text, each normalised and cut to 400 characters."""
    for match in _SENTENCE.finditer(text[:_TEXT_MAX]):
        yield normalise(match.group(0)[:400])


def _mailbox_credential(gate: re.Match[str]) -> bool:
    """True when the gate names the reader's mailbox as the credential ("with your business
    email", "requires Microsoft sign-in"), not an account of the platform."""
    said = gate.group(0)
    if said.startswith(("requir", "need")):
        return True
    # "... to view / to access / to download": the mailbox unlocks the item. "Sign in with
    # your work email to comment" is an organisation-only document's honest note.
    return _MAILBOX_NOUN.search(said) is not None and _UNLOCK.search(gate.string) is not None


# The same gate in the other languages the lures cover, over normalised (accent-free) text:
# a sign-in verb and, in the same sentence, the reader's *business* mailbox or its password
# ("log in met uw zakelijke e-mail", "melden Sie sich mit Ihrer geschäftlichen E-Mail an",
# "connectez-vous avec votre adresse e-mail professionnelle"). A platform's own "log in with
# your e-mail" names no business mailbox and no password, and stays silent.
_GATE_VERB_INTL = re.compile(
    r"\b(?:bevestigen|bevestig|confirmer|confirmez|confirmar|confirme|confermare|confermi"
    r"|log in|inloggen|meld u aan|aanmelden|melden sie sich|anmelden|einloggen"
    r"|loggen sie sich|connectez vous|se connecter|identifiez vous|inicie sesion|inicia sesion"
    r"|acceda|accede|faca login|inicie sessao|acesse|entre|accedi|effettua l accesso"
    # "per aprirlo accedere con ...", "è richiesto l'accesso con ...".
    r"|accedere|l accesso|autenticarsi"
    # Danish, Swedish, Norwegian, Finnish, Polish and Czech (round 417: "log ind med din
    # arbejdsmail for at åbne", "ne avautuvat Microsoft-tunnuksilla"); a form's "fill in".
    r"|log ind|logge ind|bekraeft|bekræft|udfyld|logga in|verifiera|bekrafta|fyll i|logg inn"
    r"|logge inn|bekreft|fyll ut|kirjaudu|kirjautumalla|kirjautua|vahvista|avautuvat|avautuu"
    r"|tayta|zaloguj sie|zalogowac sie|potwierdz|wypelnij|prihlaste se|prihlasit se|overte"
    r"|potvrdte|vyplnte)\b"
)
_BUSINESS_MAILBOX_INTL = re.compile(
    r"\b(?:(?:uw|je) (?:zakelijke|werk|bedrijfs) e ?mail(?:adres)?"
    r"|(?:ihrer|deiner) (?:geschaftlichen|beruflichen|firmen) e ?mail"
    r"|votre (?:adresse )?e ?mail (?:professionnelle|pro)|votre messagerie professionnelle"
    r"|votre adresse professionnelle"
    r"|su (?:correo|email|e mail) (?:corporativo|empresarial|del trabajo)"
    r"|(?:seu|sua) (?:e ?mail|email) (?:corporativo|profissional|da empresa)"
    r"|(?:la tua|sua|vostra) (?:e ?mail|email|posta) (?:aziendale|di lavoro)"
    # "con le credenziali della Sua casella di posta aziendale".
    r"|casella (?:di )?posta (?:aziendale|di lavoro)"
    r"|(?:e ?mail|e mailadres) en wachtwoord|e ?mail und passwort|e ?mail et mot de passe"
    r"|correo y contrasena|e ?mail e senha|e ?mail e password"
    # The login itself: "hun bankgegevens en inloggegevens te bevestigen".
    r"|inloggegevens|identifiants de connexion|credenciales de acceso|credenciais de acesso"
    r"|credenziali di accesso"
    # "mit Ihren Microsoft-Zugangsdaten anmelden": the mail provider's login named outright.
    r"|(?:ihren|deinen) (?:microsoft|microsoft 365|office 365|outlook)"
    r" (?:zugangsdaten|anmeldedaten)"
    # The company mailbox's address, and the mail provider's account named outright, in a
    # note (round 357: "accedere con l'indirizzo email aziendale", "è richiesto l'accesso con
    # l'account Microsoft aziendale"): the share leads to a copy of that provider's sign-in.
    r"|indirizzo (?:e ?mail|email) aziendale|correo electronico (?:corporativo|empresarial)"
    r"|(?:il tuo|il suo|l) account (?:microsoft|microsoft 365|office 365|outlook)"
    r"|votre compte (?:microsoft|microsoft 365|office 365|outlook)"
    r"|(?:su|tu) cuenta (?:de )?(?:microsoft|microsoft 365|office 365|outlook)"
    r"|sua conta (?:da )?(?:microsoft|microsoft 365|office 365|outlook)"
    r"|(?:ihrem|deinem|ihr|dein) (?:microsoft|microsoft 365|office 365|outlook) konto"
    r"|(?:uw|je) (?:microsoft|microsoft 365|office 365|outlook) account"
    # "connectez-vous avec vos identifiants professionnels Microsoft 365" (round 383).
    r"|vos identifiants (?:professionnels|microsoft|office 365|outlook)"
    # Danish, Swedish, Norwegian: the work mailbox, the Microsoft account, mail and password.
    r"|(?:din|jeres|er|deres) (?:arbejdsmail|arbejds e mail|firmamail|firma e mail|arbetsmail"
    r"|arbetsmejl|jobbmail|jobbmejl|foretagsmail|foretagsmejl|jobb e post|jobbe post"
    r"|arbeidsmail|arbeids e post|firma e post)"
    r"|jobbmailen|jobb e posten|jobbeposten"
    r"|(?:din|ditt|er|ert|jeres) (?:microsoft|microsoft 365|office 365|outlook) ?(?:konto|kontot)"
    r"|microsoft ?(?:kontoen|kontot|kontoen din)"
    r"|(?:arbejdsmail|arbetsmejl|arbetsmail|jobbmejl|jobbmail|e post|e postadress|e mail|mail)"
    r" (?:och|og) (?:nuvarande |ditt |dit |din )?(?:losenord|adgangskode|passord)"
    # Finnish: "työsähköpostilla", "Microsoft-tunnuksilla", "sähköposti ja salasana".
    r"|tyosahkopostilla|tyosahkopostiosoitteella|tyosahkopostitunnuksilla"
    r"|yrityksen sahkopostilla|microsoft (?:365 )?(?:tunnuksilla|tunnuksillasi|tililla|tilillasi)"
    r"|sahkoposti(?:osoite)? ja salasana"
    # Polish and Czech: the business mailbox or account, the Microsoft account, mail and password.
    r"|(?:sluzbowym|firmowym) (?:adresem e mail|adresem email|e mailem|mailem|kontem)"
    r"|kontem microsoft|kontem microsoft 365|(?:e mail|adres e mail|login) i haslo"
    r"|(?:pracovnim|firemnim) (?:e mailem|emailem|uctem|e mailovym uctem)"
    r"|uctem microsoft|(?:e mail|email) a heslo)\b"
)


def credential_gate(text: str) -> str | None:
    """The sentence (normalised, bounded) that asks for the reader's mailbox credentials."""
    for sentence in _sentences(unwrap(text[:_TEXT_MAX])):
        if _BUSINESS_MAILBOX_INTL.search(sentence) and _GATE_VERB_INTL.search(sentence):
            return sentence[:160]
        gate = _CREDENTIAL_GATE.search(sentence)
        if gate is None or _GATE_VERB.search(sentence) is None:
            continue
        # "Sign in with your school account to answer" is a restricted form's honest note:
        # an account alone counts when the note says verify, or names the reader's mail
        # provider; a password or credentials always count.
        if _SECRET.search(sentence) is None and _MAIL_PROVIDER.search(gate.group(0)) is None:
            if _VERIFY_VERB.search(sentence) is None and not _mailbox_credential(gate):
                continue
        # The platforms' own warnings ("never submit passwords", "do not share your
        # password") are no request.
        if re.search(r"\b(?:never|do not|don t|dont)\b", sentence):
            continue
        return sentence[:160]
    return None


# "+55 11 4003-8817", "+44 20 7946 0958": a "+" country code and 8-15 digits in groups;
# "0800 591 4420": a toll-free prefix. North-American numbers are read by the caller.
_INTL_PHONE = re.compile(r"(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){2,5}(?![\w])")
# Toll-free and national-rate forms: 0800/0900 (Europe), 1800/1300 (Australia: "1800 555 317";
# North America's 1-800 has four last digits and is left to the caller, as above).
_TOLL_FREE = re.compile(
    r"(?<![\w])0[89]00[ .-]?\d{3}[ .-]?\d{3,4}(?![\w])"
    r"|(?<![\w-])1[38]00[ .-]?\d{3}[ .-]?\d{3}(?![\w-])"
)


def intl_phone(raw_text: str) -> str | None:
    """A telephone number written in international or toll-free form."""
    for match in _INTL_PHONE.finditer(raw_text[:_TEXT_MAX]):
        digits = sum(ch.isdigit() for ch in match.group(0))
        if 8 <= digits <= 15:
            return match.group(0).strip()
    toll = _TOLL_FREE.search(raw_text[:_TEXT_MAX])
    return toll.group(0).strip() if toll is not None else None


def callback_vocabulary(text: str, knowledge: Knowledge) -> tuple[bool, bool]:
    """(a charge to stop by telephone, a charge to disown) in any covered language."""
    cue = disown = False
    for match in lures_in_text(text[:_TEXT_MAX], knowledge, where="note"):
        if match.category == CALLBACK_CUE:
            cue = True
        elif match.category == CALLBACK_DISOWN:
            disown = True
    return cue, disown


_MONEY = r"(?:payment|payments|funds|remittance|transfer|deposit|amount|sum|wire)"
_MONEY_TO_READER = re.compile(
    rf"\b{_MONEY}\b(?: [\w]+){{0,6}} (?:has|have) been (?:released|sent|credited|transferred"
    r"|deposited|paid|remitted|approved)(?: [\w]+){0,3} (?:to|into) your (?:account|bank"
    r"|bank account|wallet)\b"
)
_CONFIRM_RECEIPT = re.compile(
    r"\b(?:confirm (?:the )?receipt|acknowledge (?:the )?receipt|sign in|log in|login"
    r"|verify|secure remittance|release)\b"
)


def money_to_reader(text: str) -> str | None:
    """The sentence saying a payment reached the reader, when the note also asks to confirm
    its receipt (or to sign in or verify): the fake remittance share."""
    said: str | None = None
    ask = False
    for sentence in _sentences(text):
        if said is None and _MONEY_TO_READER.search(sentence) is not None:
            said = sentence[:160]
        if _CONFIRM_RECEIPT.search(sentence) is not None:
            ask = True
    return said if said is not None and ask else None


# Benefits and pension enrolment (round 373: "Staff Benefits & Pension Enrolment 2027"): a pay
# word of a note and a payment topic of the nested-link test alike.
_ENROLMENT = r"(?:benefits enrolment|benefits enrollment|pension enrolment|pension enrollment)"
_PAYROLL = re.compile(
    r"\b(?:direct deposit|payroll|salary|salaries|compensation|payslip|payslips|pay slip"
    r"|paycheck|paystub|pay stub|w 2|benefits election|benefit elections|benefits elections"
    rf"|{_ENROLMENT}|open enrolment|open enrollment"
    # The same pay in the other languages the lures cover (round 296: an "Recursos Humanos"
    # Gmail box sends a DocuSign "formulario de verificación de nómina").
    r"|nomina|nominas|gehaltsabrechnung|lohnabrechnung|fiche de paie|bulletin de paie"
    r"|bulletins de paie|busta paga|cedolino|holerite|contracheque|folha de pagamento"
    r"|loonstrook|salarisstrook"
    # Romanian, Hungarian, Czech and Polish (round 376: "Actualizare date salariale").
    r"|date salariale|fluturas de salariu|fluturasul de salariu|berjegyzek|fizetesi adatok"
    r"|vyplatni paska|mzdove udaje|pasek wynagrodzen|lista plac"
    # The pay itself and the year-end bonus (round 383: a Google Docs comment "merci de valider
    # ta prime et ton IBAN ... sur le lien de la paie").
    r"|la paie|votre paie|ta paie|prime de fin d annee|year end bonus"
    # The pay slip of Argentina and Chile (round 387: a Canva "recibo de haberes", a
    # SharePoint folder of "liquidaciones de sueldo").
    r"|recibo de haberes|recibos de haberes|recibo de sueldo|recibos de sueldo"
    r"|liquidacion de sueldo|liquidaciones de sueldo)\b"
)


def _first_word(pattern: re.Pattern[str], text: str) -> str | None:
    """The first match of ``pattern`` in the normalised, bounded text, if any."""
    match = pattern.search(normalise(text[:_TEXT_MAX]))
    return match.group(0) if match is not None else None


def payroll_topic(text: str) -> str | None:
    """The payroll word in a note, if any."""
    return _first_word(_PAYROLL, text)


# A payment said to be made to the reader: the fake remittance's title or note ("Remittance
# Advice_Nov-2025", "Payment released today", "proof of payment", "SWIFT copy").
_REMITTANCE = re.compile(
    r"\b(?:remittance|remittances|payment advice|proof of payment|payment released"
    r"|payment has been released|swift copy|wire confirmation)\b"
)


def remittance_topic(text: str) -> str | None:
    """The remittance words of a note, if any."""
    return _first_word(_REMITTANCE, text)


# A click on something inside the shared item: "click the image in the document to download",
# "click view document inside the design", "click the View Document button inside", and the
# same instruction in the other languages the lures cover. Over one normalised (accent-free)
# sentence; fixed word lists and bounded gaps: linear.
_ITEM_EN = (
    r"(?:document|doc|design|drawing|file|pdf|presentation|page|slide|sheet|spreadsheet|folder"
    r"|form|board|whiteboard|agreement|contract|invoice|statement)"
)
_NESTED = re.compile(
    r"\b(?:click|clicking|tap|press)\b(?: \w+){0,4} (?:in|inside|within|on) (?:the|this|that"
    rf"|my|our) {_ITEM_EN}\b"
    r"|\b(?:click|clicking|tap|press|use)\b(?: \w+){0,4} (?:button|link|image|icon|banner)"
    # "use the link inside", 'use the "Open secure PDF" button at the top' (round 328).
    r" (?:inside|within|in it|in there|at the top|at the bottom)\b"
    # "your bank information is verified through the secure link inside the document": the
    # link inside the item named without a verb to click it (round 322).
    rf"|\b(?:link|button)\b (?:inside|within) (?:the|this|that|my|our) {_ITEM_EN}\b"
    r"|\b(?:cliquez|cliquer|clique)\b(?: \w+){0,5} (?:dans|sur) (?:le|la|ce|cette)"
    r" (?:document|design|fichier|pdf|dessin|formulaire|dossier|presentation)\b"
    r"|\b(?:klicken sie|klicke|klicken)\b(?: \w+){0,5} (?:im|in dem|in der|innerhalb des"
    r"|innerhalb der) (?:dokument|design|datei|pdf|formular|ordner|zeichnung)\b"
    r"|\b(?:haga clic|haz clic|pulse|pulsa)\b(?: \w+){0,5} (?:en el|en la|dentro del"
    r"|dentro de la) (?:documento|diseno|archivo|pdf|formulario|carpeta)\b"
    r"|\b(?:clique|clica|toque)\b(?: \w+){0,5} (?:no|na|dentro do|dentro da)"
    r" (?:documento|design|arquivo|ficheiro|pdf|formulario|pasta)\b"
    r"|\bklik\b(?: \w+){0,5} in (?:het|de|dit|deze) (?:document|ontwerp|bestand|pdf"
    r"|formulier|map)\b"
    r"|\b(?:clicca|cliccare|fai clic)\b(?: \w+){0,5} (?:nel|nella|all interno del)"
    r" (?:documento|design|file|pdf|modulo|cartella)\b"
    # "Open 'READ ME - Access.html' first to view the encrypted files": a web page kept in the
    # share is the real destination (held-out round 26).
    r"|\bopen\b(?: [\w-]+){0,6} html\b(?: \w+){0,3} (?:to view|to open|to access|to unlock)\b"
    # "access via the secure link inside the document", "open the PDF bundle via the OneDrive
    # link on the page": the real link is in the item.
    rf"|\b(?:link|button) (?:inside|within|in|on) (?:the|this) {_ITEM_EN}\b"
    # "confirm through the secure staff portal linked in the document" (round 373).
    rf"|\b(?:portal|page|form|site|link) linked (?:in|inside|within|from) (?:the|this) {_ITEM_EN}\b"
    # "the document contains the link to download", in the covered languages.
    rf"|\b{_ITEM_EN} (?:contains|has|includes) (?:the|a) (?:link|button)\b"
    r"|\b(?:document|design|fichier) contient (?:le|un) lien\b"
    r"|\b(?:dokument|design|datei) enthalt (?:den|einen) link\b"
    # "uber den Link im Dokument 'Zugang.pdf' anmelden" (held-out round 26), "über den Button
    # im Design" (round 306).
    r"|\b(?:uber|ueber) den (?:link|button|knopf) (?:im|in dem|in der)"
    r" (?:dokument|design|pdf|datei|ordner)\b"
    # "über den im Dokument angegebenen Zahlungslink" (round 351's debt-collection share).
    r"|\b(?:uber|ueber) den (?:im|in der) (?:dokument|pdf|datei|vertrag|rechnung)"
    r" (?:angegebenen|genannten|enthaltenen) (?:zahlungs)?link\b"
    r"|\b(?:documento|diseno|archivo) contiene (?:el|un) enlace\b"
    r"|\b(?:documento|design|arquivo|ficheiro) contem (?:o|um) link\b"
    r"|\b(?:document|ontwerp|bestand) bevat (?:de|een) link\b"
    r"|\b(?:documento|design|file) contiene (?:il|un) (?:link|collegamento)\b"
    # Danish, Swedish, Norwegian and Finnish (round 370: "Betaling sker via linket i
    # dokumentet"): the link or button inside the item, with or without a verb.
    r"|\b(?:linket|linken|lanken|lenken|lenka|knappen)\b (?:i|inde i|inni|inuti)"
    r" (?:dokumentet|filen|pdf filen|pdf en|designet|designen|mappen|fakturaen|fakturan"
    r"|kontrakten|aftalen|avtalet|avtalen)\b"
    r"|\b(?:dokumentissa|tiedostossa|laskussa|pdf ssa) olevan? (?:linkin|linkista|painikkeen"
    r"|painikkeesta)\b"
    # Czech, Romanian, Hungarian and Polish (round 376: "Dokument je ke stažení přes tlačítko v
    # náhledu", a Canva design titled as an invoice).
    r"|\b(?:pres|pomoci) (?:tlacitko|tlacitka|odkaz|odkazu) (?:v|ve) (?:nahledu|dokumentu"
    r"|designu|souboru|pdf)\b"
    r"|\b(?:linkul|butonul) din (?:document|design|fisier|pdf)\b"
    r"|\b(?:dokumentumban|fajlban) talalhato (?:linkre|link|gombra|gomb)\b"
    r"|\b(?:link|linku|przycisk|przycisku) w (?:dokumencie|pliku|projekcie)\b"
)
# What the shared item is about: a payment, or a contract to sign (the e-signature lure's
# "signed copy is in the doc"), in the languages of the click instructions above.
_PAYMENT_TOPIC = re.compile(
    r"\b(?:payment|payments|invoice|invoices|remittance|remittances|ach|wire|funds|payroll"
    r"|salary|statement|receipt|purchase order|contract|agreement|signed copy"
    rf"|{_ENROLMENT}"
    r"|facture|paiement|virement|contrat|rechnung|zahlung|uberweisung|vertrag|factura|pago"
    r"|rechnungen|zahlungen|forderung|forderungen|mahnung"
    r"|transferencia|contrato|fatura|pagamento|factuur|betaling|overboeking|overeenkomst"
    r"|fattura|bonifico|contratto|bonus|compensation|boleto|nota fiscal|nf e"
    # A proposal or quotation whose price sits behind a button in the document (round 26),
    # in the languages of the click instructions too (round 306: "Angebot", Canva).
    r"|proposal|quotation|quote|pricing|angebot|devis|presupuesto|orcamento|offerte|preventivo"
    r"|proposta|propuesta"
    # An order confirmation to countersign is a contract (round 370: "Auftragsbestätigung").
    r"|order confirmation|auftragsbestatigung|confirmation de commande"
    # The same topics in Danish, Swedish, Norwegian and Finnish ("betaling" is above).
    r"|faktura|fakturaen|fakturan|betalning|kontrakt|kontrakten|aftale|aftalen|avtal|avtale"
    r"|avtalet|tilbud|offert|lasku|laskun|maksu|sopimus|tarjous"
    # ... and in Czech, Romanian, Hungarian and Polish.
    r"|fakturu|faktury|uhrada|uhradu|uhrady|uhrade|platba|platbu|smlouva|smlouvu"
    r"|plata|oferta|szamla|szamlat|fizetes|atutalas|szerzodes|ajanlat"
    r"|fakture|platnosc|przelew|umowa|umowe"
    # A refund held behind the reader's bank details (round 322).
    r"|refund|refunds|reimbursement|bank details|bank information|banking details)\b"
)


def nested_click(text: str) -> str | None:
    """The sentence sending the reader to click inside the shared item, when the note (or
    the item's title) is about a payment or a contract: a designer's "click the frames in the
    board to comment" is ordinary, a remittance or a signed contract you can only open through
    a button inside a drawing is a stepping stone."""
    norm = normalise(text[:_TEXT_MAX])
    if _PAYMENT_TOPIC.search(norm) is None:
        return None
    for sentence in _sentences(unwrap(text[:_TEXT_MAX])):
        if _NESTED.search(sentence) is not None:
            return sentence[:160]
    return None
