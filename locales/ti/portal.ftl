# ፖርታል ተለቃሒ። ኩሉ መፍትሕ ኣብ ኩሉ ቋንቋታት ክህሉ ኣለዎ (ፈተና የረጋግጾ)።
skip-to-content = ናብ ትሕዝቶ ሕለፍ
nav-label = ቀንዲ ዝርዝር
nav-claims = ዕዳታትካ
nav-message = ጽሓፉልና
nav-contact = ምርጫታት ርክብ
nav-sign-out = ውጻእ
language-label = ቋንቋ
language-change = ቀይር
footer-help = ሕቶ ኣለካ? ካብዚ ጽሓፈልና፡ ወይ ኣብ ደብዳቤኻ ዘሎ ቁጽሪ ደውል።
login-title = እቶ
login-intro = ኣብዚ ክንደይ ከም እትልቃሕን ስለምንታይን፡ ከመይ ከም እትኸፍል፡ ብክፋል ከም እትኸፍል ወይ ከም እተናውሕ ትርኢ።
login-link-hint = እቲ ዝቐለለ መንገዲ ኣብ ደብዳቤኻ፡ ኢመይልካ ወይ ኤስኤምኤስካ ዘሎ መላግቦ እዩ። መላግቦ የብልካን? ብቑጽሪ መወከሲ ክፍሊትን ፖስታዊ ኮድ ወይ ዕለተ ልደትን እቶ።
login-reference = መወከሲ ክፍሊት (OCR ወይ KID)
login-reference-hint = ኣብ ደብዳቤ ጥቓ እቲ መጠን ዝተሓትመ ቁጽሪ።
login-second = ፖስታዊ ኮድ ወይ ዕለተ ልደት
login-second-hint = ንኣብነት 114 55 ወይ 1985-04-23።
login-submit = እቶ
login-not-recognised = ዝሰማማዕ ኣይተረኽበን። መወከሲን ፖስታዊ ኮድ ወይ ዕለተ ልደትን ኣረጋግጽ እሞ ደጊምካ ፈትን።
login-too-many = ብዙሕ ፈተነታት። ንድሕንነትካ 15 ደቒቕ ተጸበ እሞ ደጊምካ ፈትን።
link-title = እንቋዕ ብደሓን መጻእካ
link-intro = ዕዳታትካ ንምርኣይ እቲ መልጎም ጠውቕ። እቲ ኣብ ደብዳቤኻ ዘሎ መላግቦ ንምርኣይ ይሰርሕ ኣሎ።
link-continue = ናብ ዕዳታትካ ቀጽል
link-invalid-title = እዚ መላግቦ ድሕሪ ሕጂ ኣይሰርሕን
link-invalid-body = እቲ መላግቦ ግዜኡ ሓሊፉ ወይ ምሉእ ኣይኮነን። ኣብ ክንድኡ ብመወከሲ ክፍሊትን ፖስታዊ ኮድ ወይ ዕለተ ልደትን እቶ።
read-only-note = ብቕድሚ ሕጂ ዝተጠቐምካሉ መላግቦ ኢኻ ኣቲኻ፡ ስለዚ ክትርኢ ትኽእል ግን ክትቅይር ኣይትኽእልን። ንምቕያር ውጻእ እሞ ብመወከሲ ክፍሊት እቶ።
claims-title = ዕዳታትካ
claims-greeting = ሰላም { $name }።
claims-none = ኣባና ዝኾነ ዕዳ የብልካን። የቐንየልና!
claims-total = ጠቕላላ ዝኽፈል
claims-invoice = ፋክቱር
claims-due = ዕለት ክፍሊት
claims-status = ኩነታት
claims-outstanding = ዝተረፈ ክፍሊት
claim-title = ፋክቱር { $invoice }
claim-credit = ንዓኻ እንሕዞ ገንዘብ
claim-actions = ክትገብሮ እትኽእል
back-to-claims = ናብ ዕዳታትካ ተመለስ
back-to-claim = ናብቲ ዕዳ ተመለስ
action-pay = ሕጂ ክፈል
action-plan = ብክፋል ክፈል
action-postpone = ኣናውሕ
action-promise = ክሳብ ሓደ ዕለት ክትከፍል ቃል ኣትው
action-dispute = ነቲ ዕዳ ተቓወም
breakdown-title = እቲ መጠን ካብ እንታይ ዝቖመ እዩ
breakdown-intro = ነፍሲ ወከፍ ክፋል ምስ ምኽንያቱ ቀሪቡ ኣሎ።
breakdown-none = ኣብዚ ዋላ ሓንቲ የለን።
section-principal = እቲ ፋክቱር
section-fees = ክፍሊታት ኣገልግሎት
section-interest = ወለድ
item-invoice = ፋክቱር { $invoice }
item-credit-note = ናይ ክረዲት ሰነድ
item-interest = ወለድ ምድንጓይ
item-payment = ዝተቐበልናዮ ክፍሊት
item-write-off = ዝተሰረዘ
item-refund = ምምላስ ገንዘብ
item-reversal = ምእራም
explain-principal = መጠን እቲ መበገሲ ፋክቱር።
explain-fee = እቲ ፋክቱር ብግዜኡ ስለ ዘይተኸፍለ ሕጊ ዘፍቅዶ ክፍሊት።
explain-interest = ካብ ድሕሪ ዕለት ክፍሊት ዘላ መዓልቲ ጀሚሩ ኣብቲ ዘይተኸፍለ መጠን ሕጊ ዘፍቅዶ ወለድ።
portal-fee-reminder = ክፍሊት መዘኻኸሪ
portal-fee-collection-warning = ክፍሊት መጠንቀቕታ ምእካብ
portal-fee-collection-demand = ክፍሊት ጠለብ ምእካብ
portal-fee-payment-demand = ክፍሊት ጠለብ ክፍሊት
portal-fee-instalment-plan = ክፍሊት ውጥን ብክፋል
portal-fee-instalment-notice = ክፍሊት ምልክታ ክፋል
portal-fee-late-compensation = ካሕሳ ምድንጓይ ክፍሊት
portal-fee-agency-fee = ክፍሊት ኣገልግሎት ምእካብ
state-open = ክፉት
state-notified = ፋክቱር ተላኢኹ
state-reminded = መዘኻኸሪ ተላኢኹ
state-warned = መጠንቀቕታ ተላኢኹ
state-demanded = ጠለብ ምእካብ ተላኢኹ
state-promise-to-pay = ቃል ክፍሊት
state-payment-plan = ውጥን ብክፋል
state-postponed = ተናዊሑ
state-disputed = ተቓውሞ ቀሪቡሉ
state-handed-over = ተረኪቡ
state-paid = ተኸፊሉ
state-written-off = ተሰሪዙ
state-credited = ብክረዲት ተዓጽዩ
pay-title = ከመይ ትኸፍል
pay-heading = ፋክቱር { $invoice } ክፈል
pay-intro = በዚ ሓበሬታ ካብ ኣፕ ወይ ኢንተርነት ባንክኻ ክፈል። እቲ ክፍሊት ናብቲ ቅኑዕ ፋክቱር ምእንቲ ክበጽሕ መወከሲ ብልክዕ ተጠቐም።
pay-payee = ተቐባሊ
portal-pay-bankgiro = Bankgiro
portal-pay-plusgiro = Plusgiro
portal-pay-account = ቁጽሪ ሕሳብ
portal-pay-iban = IBAN
pay-bic = BIC
portal-pay-ocr = መወከሲ OCR
portal-pay-kid = መወከሲ KID
portal-pay-amount = መጠን
pay-copy = ቕዳሕ
pay-copied = ተቐዲሑ
pay-qr-note = ወይ ነዚ ኮድ ብኣፕ ባንክኻ ስካን ግበሮ፡ ተቐባሊ፡ መወከሲን መጠንን ይመልእ።
pay-after = ክፍሊታት ብተለምዶ ድሕሪ ሓደ ወይ ክልተ መዓልቲ ባንክ ኣብዚ ይርኣዩ።
plan-title = ብክፋል ክፈል
plan-intro =
    { $max ->
        [one] ዕዳኻ ክሳብ { $max } ወርሒ፡ ብውሑዱ { $min } ኣብ ወርሒ ክትመቕሎ ትኽእል።
       *[other] ዕዳኻ ክሳብ { $max } ኣዋርሕ፡ ብውሑዱ { $min } ኣብ ወርሒ ክትመቕሎ ትኽእል።
    }
plan-months = ብዝሒ ኣዋርሕ
plan-preview = ሰሌዳ ኣርኢ
plan-schedule = ሰሌዳ ክፍሊትካ
plan-col-no = ክፋል
plan-col-due = ዕለት
plan-col-amount = መጠን
plan-fee = ሕጊ ዘፍቅዶ ክፍሊት ውጥን: { $fee }
plan-total = ጠቕላላ ኣብ ውጥን: { $total }
plan-count =
    { $count ->
        [one] { $count } ክፋል
       *[other] { $count } ክፋላት
    }
plan-accept = ነዚ ውጥን ተቐበል
plan-accepted = ውጥንካ ተሰማሚዕናሉ። ብሰሌዳ ክሳብ እትኸፍል መዘኻኸሪ ኣይንሰድድን።
postpone-title = ክፍሊት ኣናውሕ
postpone-intro =
    { $days ->
        [one] ክፍሊት ክሳብ { $days } መዓልቲ፡ ኣዝዩ ዝደንጎየ { $latest } ክተናውሖ ትኽእል።
       *[other] ክፍሊት ክሳብ { $days } መዓልታት፡ ኣዝዩ ዝደንጎየ { $latest } ክተናውሖ ትኽእል።
    }
postpone-date = ሓድሽ ዕለት ክፍሊት
postpone-submit = ኣናውሕ
postpone-done = ክፍሊት ተናዊሑ። ቅድሚ እቲ ሓድሽ ዕለት መዘኻኸሪ ኣይንሰድድን።
promise-title = ክትከፍል ቃል ኣትው
promise-intro =
    { $days ->
        [one] እትኸፍለሉ ዕለት ኣብ ውሽጢ { $days } መዓልቲ (ኣዝዩ ዝደንጎየ { $latest }) ንገረና፡ ክሳብ ሽዑ መዘኻኸሪ ኣይንሰድድን።
       *[other] እትኸፍለሉ ዕለት ኣብ ውሽጢ { $days } መዓልታት (ኣዝዩ ዝደንጎየ { $latest }) ንገረና፡ ክሳብ ሽዑ መዘኻኸሪ ኣይንሰድድን።
    }
promise-date = ክሳብ እዚ ዕለት ክኸፍል እየ
promise-submit = ቃል እኣቱ
promise-done = የቐንየልና። ቃልካ መዝጊብናዮ ክሳብ እቲ ዕለት መዘኻኸሪ ኣይንሰድድን።
date-hint = ቅርጺ: ዓዓዓዓ-ወወ-መመ፡ ንኣብነት { $example }።
dispute-title = ነቲ ዕዳ ተቓወም
dispute-intro = እቲ ዕዳ ጌጋ እዩ ኢልካ እንተ ሓሲብካ ምኽንያቱ ንገረና። እቲ ለቃሒ ክሳብ ዝምርምር ምእካብ ብቕጽበት ነቋርጽ።
dispute-reason = ስለምንታይ ትቃወሞ?
dispute-reason-paid = ድሮ ከፊለ እየ
dispute-reason-amount = እቲ መጠን ጌጋ እዩ
dispute-reason-not-mine = እዚ ናተይ ዕዳ ኣይኮነን
dispute-reason-goods = ዝኸፈልኩሉ ኣይተቐበልኩን
dispute-reason-other = ካልእ ምኽንያት
dispute-details = ተወሳኺ ንገረና
dispute-file = ሰነድ ኣተሓሕዝ (ኣማራጺ)
dispute-file-hint = ቅብሊት ወይ ደብዳቤ ብPDF፡ JPEG ወይ PNG፡ ክሳብ 5 MB።
dispute-submit = ተቓውሞ ስደድ
dispute-done = ተቓውሞኻ ተመዝጊቡ። ምእካብ ደው ኢሉ፡ ለቃሒ ድማ ተሓቢሩ።
dispute-file-too-large = እቲ ፋይል ካብ 5 MB ይዓቢ። ዝነኣሰ ፋይል ኣተሓሕዝ።
dispute-file-type = ፋይላት PDF፡ JPEG ን PNG ጥራይ ክተሓሓዙ ይኽእሉ።
dispute-need-details = ስለምንታይ ነቲ ዕዳ ከም እትቃወሞ ብሓጺሩ ንገረና።
refusal-wrong-state = እዚ ንዚ ዕዳ ሕጂ ኣይከኣልን።
refusal-nothing-owed = ኣብዚ ዕዳ ዝኽፈል የለን።
refusal-date-in-past = እቲ ዕለት ሓሊፉ። ካብ ሎሚ ንደሓር ዕለት ምረጽ።
refusal-above-maximum = እቲ ዕለት ካብቲ ለቃሒ ዘፍቅዶ ይደንጒ። { $latest } ወይ ቅድሚኡ ምረጽ።
refusal-too-many-months = ለቃሒ ክሳብ { $max } ኣዋርሕ ጥራይ የፍቅድ።
refusal-below-minimum = ክፋላት ኣዝዮም ንኣሽቱ ምኾኑ። ክሳብ { $max } ኣዋርሕ ምረጽ።
refusal-other = ኣይተኻእለን። ጽሓፈልና ክንሕግዘካ ኢና።
message-title = ጽሓፉልና
message-label = መልእኽትኻ
message-submit = ስደድ
message-sent = መልእኽትኻ ተላኢኹ። ኣብ ውሽጢ ክልተ መዓልቲ ስራሕ ንምልሰልካ።
message-length = ክሳብ 4000 ፊደላት ዘለዎ መልእኽቲ ጽሓፍ።
message-history = ዝለኣኽካዮም መልእኽትታት
contact-title = ምርጫታት ርክብ
contact-channels = ብኸመይ ክንረኽበካ ንኽእል?
contact-language = ቋንቋ ደብዳቤታትን እዚ መርበብን
contact-submit = ዓቅብ
contact-saved = ምርጫታትካ ተዓቂቦም።
contact-need-one = ብውሑዱ ሓደ መንገዲ ርክብ ምረጽ።
channel-email = ኢመይል
channel-sms = ኤስኤምኤስ
channel-letter = ደብዳቤ ብፖስታ
channel-ebox = ዲጂታላዊ ሳጹን ፖስታ
survey-title = ሓንቲ ሓጻር ሕቶ
survey-question = ነዚ ጉዳይ ምሳና ምፍታሕ ክንደይ ቀሊል ነይሩ?
survey-scale = 1 ኣዝዩ ከቢድ፡ 5 ኣዝዩ ቀሊል ማለት እዩ።
survey-recommend = ንዓና ንዓርክኹም ወይ ንመሳርሕትኹም ክትምዕዱና ክንደይ ተኽእሎ ኣሎ?
survey-recommend-scale = 0 ፈጺሙ ኣይከውንን፡ 10 ኣዝዩ ይከውን ማለት እዩ። ነዚ ሕቶ ክትሓልፍዎ ትኽእሉ ኢኹም።
survey-submit = መልሲ ስደድ
survey-thanks = ስለ መልስኻ የቐንየልና።
error-back = ናብ መበገሲ ገጽ ኪድ
error-not-found-title = ገጽ ኣይተረኽበን
error-not-found-body = ነዚ ገጽ ኣይረኸብናዮን። ተሰጋጊሩ ክኸውን ወይ እቲ ኣድራሻ ምሉእ ዘይኮነ ክኸውን ይኽእል።
error-expired-form-title = በጃኻ ደጊምካ ፈትን
error-expired-form-body = እቲ ቅጥዒ ግዜኡ ሓሊፉ ነይሩ። ተመለስ፡ ገጽ ደጊምካ ጸዓን እሞ ደጊምካ ስደድ።
error-sign-in-title = በጃኻ እቶ
error-sign-in-body = ነዚ ገጽ ንምርኣይ ክትኣቱ ኣለካ። ክፍለ ግዜ ድሕሪ 30 ደቒቕ ይውዳእ።
error-read-only-title = ለውጥታት ሓድሽ ምእታው ይሓቱ
error-read-only-body = ብቕድሚ ሕጂ ዝተጠቐምካሉ መላግቦ ኢኻ ኣቲኻ። ንምቕያር ብመወከሲ ክፍሊትን ፖስታዊ ኮድ ወይ ዕለተ ልደትን እቶ።
error-internal-title = ይቕሬታ፡ ገለ ጌጋ ተፈጢሩ
error-internal-body = እቲ ጌጋ ናትና እዩ፡ ናትካ ኣይኮነን። በጃኻ ድሕሪ ቁሩብ ደጊምካ ፈትን።

# The letters about a claim, on its page; a merged letter names the other invoices it is about.
claim-letters = ብዛዕባ እዚ ፋክቱር ዝተላእኩ ደብዳቤታት
claim-letter-merged = እቲ ሓደ ደብዳቤ ብዛዕባ እዚኣቶም እውን እዩ፡ { $invoices }

assistant-title = ሕቶ ሕተቱ
assistant-intro = ዘድልየኩም ብቓላትኩም ብዝኾነ ቋንቋ ጽሓፉ። እቲ ሓጋዚ ኣበይ ከም እትገብርዎ ኣብዚ የርእየኩም፤ ባዕሉ ዋላ ሓንቲ ኣይቅይርን፡ ዘይክእሎ ድማ ሰብ ይምልሰልኩም።
assistant-label = ሕቶኹም
assistant-ask = ሕተቱ
assistant-understood = ኣብዚ ክትገብርዎ ትኽእሉ ኢኹም፡
assistant-unsure = ከም ዝተረድኣኒ ርግጸኛ ኣይኮንኩን። ሕቶኹም ናብ ሰብ ክትሰዱ ትኽእሉ ኢኹም፡ ንሱ ኣብዚ ክምልሰልኩም እዩ።
assistant-handover = ሕቶይ ናብ ሰብ ስደድ
