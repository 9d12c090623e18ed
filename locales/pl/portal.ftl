# Portal dłużnika. Każdy klucz musi istnieć w każdym języku (sprawdza to test).
skip-to-content = Przejdź do treści
nav-label = Menu główne
nav-claims = Twoje należności
nav-message = Napisz do nas
nav-contact = Preferencje kontaktu
nav-sign-out = Wyloguj się
language-label = Język
language-change = Zmień
footer-help = Pytania? Napisz do nas tutaj albo zadzwoń pod numer podany w liście.
login-title = Zaloguj się
login-intro = Tutaj zobaczysz, ile jesteś winien, dlaczego, oraz jak zapłacić, rozłożyć płatność na raty lub ją odroczyć.
login-link-hint = Najprościej skorzystać z linku w liście, e-mailu lub SMS-ie. Nie masz linku? Zaloguj się numerem referencyjnym płatności i kodem pocztowym lub datą urodzenia.
login-reference = Numer referencyjny płatności (OCR lub KID)
login-reference-hint = Numer wydrukowany w liście obok kwoty.
login-second = Kod pocztowy lub data urodzenia
login-second-hint = Na przykład 114 55 lub 1985-04-23.
login-submit = Zaloguj się
login-not-recognised = Nie znaleźliśmy dopasowania. Sprawdź numer referencyjny i kod pocztowy lub datę urodzenia, a następnie spróbuj ponownie.
login-too-many = Zbyt wiele prób. Dla Twojego bezpieczeństwa odczekaj 15 minut i spróbuj ponownie.
link-title = Witamy
link-intro = Naciśnij przycisk, aby zobaczyć swoje należności. Link z listu nadal pozwala na przeglądanie.
link-continue = Przejdź do swoich należności
link-invalid-title = Ten link już nie działa
link-invalid-body = Link wygasł lub jest niepełny. Zaloguj się zamiast tego numerem referencyjnym płatności i kodem pocztowym lub datą urodzenia.
read-only-note = Zalogowano się linkiem użytym już wcześniej, więc możesz przeglądać, ale nie wprowadzać zmian. Aby coś zmienić, wyloguj się i zaloguj numerem referencyjnym płatności.
claims-title = Twoje należności
claims-greeting = Dzień dobry, { $name }.
claims-none = Nie masz u nas żadnych należności. Dziękujemy!
claims-total = Razem do zapłaty
claims-invoice = Faktura
claims-due = Termin płatności
claims-status = Status
claims-outstanding = Pozostało do zapłaty
claim-title = Faktura { $invoice }
claim-credit = Środki, które przechowujemy dla Ciebie
claim-actions = Co możesz zrobić
back-to-claims = Wróć do swoich należności
back-to-claim = Wróć do należności
action-pay = Zapłać teraz
action-plan = Rozłóż na raty
action-postpone = Odrocz
action-promise = Obiecaj zapłatę do określonego dnia
action-dispute = Zakwestionuj należność
breakdown-title = Z czego składa się kwota
breakdown-intro = Każda część jest pokazana wraz z uzasadnieniem.
breakdown-none = Brak pozycji.
section-principal = Faktura
section-fees = Opłaty
section-interest = Odsetki
item-invoice = Faktura { $invoice }
item-credit-note = Faktura korygująca
item-interest = Odsetki za opóźnienie
item-payment = Otrzymana płatność
item-write-off = Umorzono
item-refund = Zwrot
item-reversal = Korekta
explain-principal = Kwota pierwotnej faktury.
explain-fee = Opłata dozwolona przez prawo, ponieważ faktura nie została zapłacona w terminie.
explain-interest = Odsetki dozwolone przez prawo od niezapłaconej kwoty od dnia następującego po terminie płatności.
portal-fee-reminder = Opłata za przypomnienie
portal-fee-collection-warning = Opłata za ostrzeżenie windykacyjne
portal-fee-collection-demand = Opłata za wezwanie windykacyjne
portal-fee-payment-demand = Opłata za wezwanie do zapłaty
portal-fee-instalment-plan = Opłata za plan ratalny
portal-fee-instalment-notice = Opłata za zawiadomienie o racie
portal-fee-late-compensation = Rekompensata za opóźnienie
portal-fee-agency-fee = Wynagrodzenie za windykację
state-open = Otwarta
state-notified = Faktura wysłana
state-reminded = Przypomnienie wysłane
state-warned = Ostrzeżenie windykacyjne wysłane
state-demanded = Wezwanie windykacyjne wysłane
state-promise-to-pay = Obiecana zapłata
state-payment-plan = Plan ratalny
state-postponed = Odroczona
state-disputed = Zakwestionowana
state-handed-over = Przekazana
state-paid = Zapłacona
state-written-off = Umorzona
state-credited = Skorygowana
pay-title = Jak zapłacić
pay-heading = Zapłać fakturę { $invoice }
pay-intro = Zapłać w aplikacji lub bankowości internetowej, używając poniższych danych. Wpisz numer referencyjny dokładnie, aby płatność trafiła do właściwej faktury.
pay-payee = Odbiorca
portal-pay-bankgiro = Bankgiro
portal-pay-plusgiro = Plusgiro
portal-pay-account = Numer konta
portal-pay-iban = IBAN
pay-bic = BIC
portal-pay-ocr = Numer OCR
portal-pay-kid = Numer KID
portal-pay-amount = Kwota
pay-copy = Kopiuj
pay-copied = Skopiowano
pay-qr-note = Albo zeskanuj kod aplikacją banku: uzupełni odbiorcę, numer referencyjny i kwotę.
pay-after = Płatności pojawiają się tu zwykle po jednym lub dwóch dniach roboczych.
plan-title = Rozłóż na raty
plan-intro =
    { $max ->
        [one] Możesz rozłożyć dług na maksymalnie { $max } miesiąc, płacąc co najmniej { $min } miesięcznie.
        [few] Możesz rozłożyć dług na maksymalnie { $max } miesiące, płacąc co najmniej { $min } miesięcznie.
        [many] Możesz rozłożyć dług na maksymalnie { $max } miesięcy, płacąc co najmniej { $min } miesięcznie.
       *[other] Możesz rozłożyć dług na maksymalnie { $max } miesiąca, płacąc co najmniej { $min } miesięcznie.
    }
plan-months = Liczba miesięcy
plan-preview = Pokaż harmonogram
plan-schedule = Twój harmonogram
plan-col-no = Rata
plan-col-due = Termin
plan-col-amount = Kwota
plan-fee = Opłata za plan dozwolona przez prawo: { $fee }
plan-total = Razem w planie: { $total }
plan-count =
    { $count ->
        [one] { $count } rata
        [few] { $count } raty
        [many] { $count } rat
       *[other] { $count } raty
    }
plan-accept = Akceptuję ten plan
plan-accepted = Plan ratalny został uzgodniony. Nie wysyłamy przypomnień, dopóki płacisz zgodnie z harmonogramem.
postpone-title = Odrocz płatność
postpone-intro =
    { $days ->
        [one] Możesz przesunąć płatność o maksymalnie { $days } dzień, najpóźniej na { $latest }.
        [few] Możesz przesunąć płatność o maksymalnie { $days } dni, najpóźniej na { $latest }.
        [many] Możesz przesunąć płatność o maksymalnie { $days } dni, najpóźniej na { $latest }.
       *[other] Możesz przesunąć płatność o maksymalnie { $days } dnia, najpóźniej na { $latest }.
    }
postpone-date = Nowa data płatności
postpone-submit = Odrocz
postpone-done = Płatność została odroczona. Nie wyślemy przypomnień przed nową datą.
promise-title = Obiecaj zapłatę
promise-intro =
    { $days ->
        [one] Podaj datę zapłaty w ciągu { $days } dnia (najpóźniej { $latest }), a wstrzymamy przypomnienia do tego dnia.
        [few] Podaj datę zapłaty w ciągu { $days } dni (najpóźniej { $latest }), a wstrzymamy przypomnienia do tego dnia.
        [many] Podaj datę zapłaty w ciągu { $days } dni (najpóźniej { $latest }), a wstrzymamy przypomnienia do tego dnia.
       *[other] Podaj datę zapłaty w ciągu { $days } dnia (najpóźniej { $latest }), a wstrzymamy przypomnienia do tego dnia.
    }
promise-date = Zapłacę do
promise-submit = Obiecuję zapłatę
promise-done = Dziękujemy. Zapisaliśmy Twoją obietnicę i wstrzymujemy przypomnienia do tego dnia.
date-hint = Format: RRRR-MM-DD, na przykład { $example }.
dispute-title = Zakwestionuj należność
dispute-intro = Jeśli uważasz, że należność jest błędna, napisz dlaczego. Natychmiast wstrzymamy windykację, a wierzyciel zbada sprawę.
dispute-reason = Dlaczego kwestionujesz należność?
dispute-reason-paid = Już zapłaciłem
dispute-reason-amount = Kwota jest błędna
dispute-reason-not-mine = To nie jest mój dług
dispute-reason-goods = Nie otrzymałem tego, za co zapłaciłem
dispute-reason-other = Inny powód
dispute-details = Opisz więcej
dispute-file = Dołącz dokument (opcjonalnie)
dispute-file-hint = Paragon lub list jako PDF, JPEG albo PNG, maksymalnie 5 MB.
dispute-submit = Wyślij zastrzeżenie
dispute-done = Twoje zastrzeżenie zostało zarejestrowane. Windykacja została wstrzymana, a wierzyciel powiadomiony.
dispute-file-too-large = Plik jest większy niż 5 MB. Dołącz mniejszy plik.
dispute-file-type = Można dołączać tylko pliki PDF, JPEG i PNG.
dispute-need-details = Napisz krótko, dlaczego kwestionujesz należność.
refusal-wrong-state = Dla tej należności nie jest to teraz możliwe.
refusal-nothing-owed = Na tej należności nie ma nic do zapłaty.
refusal-date-in-past = Ta data już minęła. Wybierz datę od dzisiaj.
refusal-above-maximum = Data jest późniejsza, niż pozwala wierzyciel. Wybierz { $latest } lub wcześniej.
refusal-too-many-months = Wierzyciel pozwala na maksymalnie { $max } miesięcy.
refusal-below-minimum = Raty byłyby zbyt małe. Wybierz maksymalnie { $max } miesięcy.
refusal-other = Nie udało się. Napisz do nas, a pomożemy.
message-title = Napisz do nas
message-label = Twoja wiadomość
message-submit = Wyślij
message-sent = Wiadomość została wysłana. Odpowiemy w ciągu dwóch dni roboczych.
message-length = Napisz wiadomość o długości najwyżej 4000 znaków.
message-history = Wysłane wiadomości
contact-title = Preferencje kontaktu
contact-channels = Jak możemy się z Tobą kontaktować?
contact-language = Język listów i tej strony
contact-submit = Zapisz
contact-saved = Twoje preferencje zostały zapisane.
contact-need-one = Wybierz co najmniej jeden sposób kontaktu.
channel-email = E-mail
channel-sms = SMS
channel-letter = List pocztą
channel-ebox = Cyfrowa skrzynka pocztowa
survey-title = Jedno krótkie pytanie
survey-question = Jak łatwo było załatwić z nami tę sprawę?
survey-scale = 1 oznacza bardzo trudno, 5 oznacza bardzo łatwo.
survey-recommend = Jak bardzo prawdopodobne jest, że polecisz nas znajomemu lub współpracownikowi?
survey-recommend-scale = 0 oznacza zupełnie nieprawdopodobne, 10 oznacza bardzo prawdopodobne. Możesz pominąć to pytanie.
survey-submit = Wyślij odpowiedź
survey-thanks = Dziękujemy za odpowiedź.
error-back = Przejdź do strony startowej
error-not-found-title = Nie znaleziono strony
error-not-found-body = Nie mogliśmy znaleźć tej strony. Mogła zostać przeniesiona albo adres jest niepełny.
error-expired-form-title = Spróbuj ponownie
error-expired-form-body = Formularz wygasł. Wróć, odśwież stronę i wyślij go ponownie.
error-sign-in-title = Zaloguj się
error-sign-in-body = Aby zobaczyć tę stronę, musisz się zalogować. Sesja kończy się po 30 minutach.
error-read-only-title = Zmiany wymagają ponownego logowania
error-read-only-body = Zalogowano się linkiem użytym już wcześniej. Aby wprowadzić zmiany, zaloguj się numerem referencyjnym płatności i kodem pocztowym lub datą urodzenia.
error-internal-title = Przepraszamy, coś poszło nie tak
error-internal-body = To nasz błąd, nie Twój. Spróbuj ponownie za chwilę.

# The letters about a claim, on its page; a merged letter names the other invoices it is about.
claim-letters = Listy dotyczące tej faktury
claim-letter-merged = Ten sam list dotyczy też: { $invoices }

assistant-title = Zadaj pytanie
assistant-intro = Napisz własnymi słowami, w dowolnym języku, czego potrzebujesz. Asystent pokaże, gdzie możesz to zrobić; sam niczego nie zmienia, a na to, czego nie potrafi, odpowie człowiek.
assistant-label = Twoje pytanie
assistant-ask = Zapytaj
assistant-understood = Tutaj możesz to zrobić:
assistant-unsure = Nie jestem pewien, czy zrozumiałem. Możesz wysłać pytanie do człowieka, który odpowie Ci tutaj.
assistant-handover = Wyślij moje pytanie do człowieka
