<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="10"/>
        <source>Gold</source>
        <translation>सोना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="11"/>
        <source>Silver</source>
        <translation>चाँदी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="12"/>
        <source>Platinum</source>
        <translation>प्लैटिनम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="15"/>
        <source>In stock</source>
        <translation>स्टॉक में</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="16"/>
        <source>Sold</source>
        <translation>बिक चुका</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="17"/>
        <source>Reserved</source>
        <translation>आरक्षित</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="18"/>
        <source>In transit</source>
        <translation>रास्ते में</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="19"/>
        <source>With karigar</source>
        <translation>कारीगर के पास</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="20"/>
        <source>Melted</source>
        <translation>गलाया गया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="23"/>
        <source>Owner</source>
        <translation>मालिक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="24"/>
        <source>Manager</source>
        <translation>मैनेजर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="25"/>
        <source>Cashier</source>
        <translation>कैशियर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="26"/>
        <source>Salesperson</source>
        <translation>सेल्सपर्सन</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/login.py" line="113"/>
        <source>JewelPOS - log in</source>
        <translation>JewelPOS - लॉग इन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/login.py" line="114"/>
        <source>Log in</source>
        <translation>लॉग इन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/login.py" line="115"/>
        <source>&amp;User (type a name to find it)</source>
        <translation>उपयोगकर्ता - नाम टाइप करके ढूँढें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/login.py" line="116"/>
        <source>&amp;PIN</source>
        <translation>पिन (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/login.py" line="117"/>
        <source>Log in  (Enter)</source>
        <translation>लॉग इन  (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/login.py" line="118"/>
        <source>Quit  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/login.py" line="185"/>
        <source>Type your PIN.</source>
        <translation>अपना पिन टाइप करें।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="215"/>
        <source>JewelPOS - {shop}</source>
        <translation>JewelPOS - {shop}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="216"/>
        <source>Rates</source>
        <translation>दर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="217"/>
        <source>Stock</source>
        <translation>स्टॉक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="218"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="219"/>
        <source>Log out</source>
        <translation>लॉग आउट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="220"/>
        <source>Working…</source>
        <translation>काम चल रहा है…</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="245"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="251"/>
        <source>Branch {branch} · Counter {counter}</source>
        <translation>शाखा {branch} · काउंटर {counter}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="285"/>
        <source>{metal} {purity} {rate}/g</source>
        <translation>{metal} {purity} {rate}/ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="292"/>
        <source>⚠ Rates not set today</source>
        <translation>⚠ आज की दर तय नहीं हुई</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/message_bar.py" line="35"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="13"/>
        <source>Shop name</source>
        <translation>दुकान का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="14"/>
        <source>Legal name</source>
        <translation>कानूनी नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="15"/>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="16"/>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="17"/>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="18"/>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="19"/>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="20"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="21"/>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="22"/>
        <source>Branch code</source>
        <translation>शाखा कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="23"/>
        <source>Branch name</source>
        <translation>शाखा का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="24"/>
        <source>Counter code</source>
        <translation>काउंटर कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="25"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="26"/>
        <source>User name</source>
        <translation>यूज़र नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="27"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="28"/>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="29"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="30"/>
        <source>PIN</source>
        <translation>पिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="31"/>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="32"/>
        <source>HUID</source>
        <translation>HUID</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="33"/>
        <source>PAN</source>
        <translation>PAN</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="39"/>
        <source>Not a valid GSTIN: 15 characters like 27AAPFU0939F1ZV. Check each character.</source>
        <translation>GSTIN सही नहीं है: 27AAPFU0939F1ZV जैसे 15 अक्षर होते हैं। हर अक्षर जाँचें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="42"/>
        <source>Not a valid PIN code: 6 digits, not starting with 0.</source>
        <translation>पिन कोड सही नहीं है: 6 अंक, पहला अंक 0 नहीं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="45"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="48"/>
        <source>Not a valid Indian mobile number: 10 digits starting with 6, 7, 8 or 9.</source>
        <translation>भारतीय मोबाइल नंबर सही नहीं है: 10 अंक, जो 6, 7, 8 या 9 से शुरू हों।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="51"/>
        <source>Not a valid HUID: 6 letters or digits.</source>
        <translation>HUID सही नहीं है: 6 अक्षर या अंक।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="52"/>
        <source>Not a valid PAN: 5 letters, 4 digits, 1 letter.</source>
        <translation>PAN सही नहीं है: 5 अक्षर, 4 अंक, 1 अक्षर।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="53"/>
        <source>Enter the rate in rupees per gram, like 7150.00.</source>
        <translation>दर रुपये प्रति ग्राम में लिखें, जैसे 7150.00।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="54"/>
        <source>Use 1 to 4 letters or digits, like B1.</source>
        <translation>1 से 4 अक्षर या अंक लिखें, जैसे B1।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="55"/>
        <source>Use 1 to 4 letters or digits, like C1.</source>
        <translation>1 से 4 अक्षर या अंक लिखें, जैसे C1।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="56"/>
        <source>Choose the shop&apos;s state from the list.</source>
        <translation>सूची से दुकान का राज्य चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="57"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="60"/>
        <source>Use 2 to 40 small letters or digits (also . _ -), like ramesh.</source>
        <translation>2 से 40 छोटे अंग्रेज़ी अक्षर या अंक (और . _ -) लिखें, जैसे ramesh।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="87"/>
        <source>This is required.</source>
        <translation>यह भरना ज़रूरी है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="98"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="103"/>
        <source>Wrong user or PIN. Try again.</source>
        <translation>यूज़र या पिन गलत है। फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="105"/>
        <source>You are not allowed to do this. Ask a manager or the owner.</source>
        <translation>आपको यह करने की अनुमति नहीं है। मैनेजर या मालिक से कहें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="111"/>
        <source>Today&apos;s rate for {label} is not set. Ask a manager to set today&apos;s rates.</source>
        <translation>{label} की आज की दर तय नहीं है। मैनेजर से आज की दरें तय करवाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="115"/>
        <source>Today&apos;s rates are not set. Ask a manager to set today&apos;s rates.</source>
        <translation>आज की दरें तय नहीं हैं। मैनेजर से आज की दरें तय करवाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="119"/>
        <source>Not found. It may have been removed; search again.</source>
        <translation>नहीं मिला। शायद हटा दिया गया है; फिर से खोजें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="125"/>
        <source>{value} is already in use. Enter a different one.</source>
        <translation>{value} पहले से इस्तेमाल में है। कोई दूसरा लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="128"/>
        <source>This value is already in use. Enter a different one.</source>
        <translation>यह पहले से इस्तेमाल में है। कोई दूसरा लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="132"/>
        <source>This piece is not available for sale. Check its status in Stock.</source>
        <translation>यह पीस बिक्री के लिए उपलब्ध नहीं है। स्टॉक में इसकी स्थिति देखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="136"/>
        <source>This counter is already set up. Log in instead.</source>
        <translation>यह काउंटर पहले से सेट है। लॉग इन करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="140"/>
        <source>The disk is full. Nothing was lost. Free some space, then try again.</source>
        <translation>डिस्क भर गई है। कुछ भी खोया नहीं। थोड़ी जगह खाली करके फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="144"/>
        <source>The database is busy in another program. Nothing was lost. Try again in a moment.</source>
        <translation>डेटाबेस किसी दूसरे प्रोग्राम में व्यस्त है। कुछ भी खोया नहीं। थोड़ी देर में फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="149"/>
        <source>A problem outside JewelPOS stopped this: {detail}. Nothing was lost.</source>
        <translation>JewelPOS के बाहर की एक समस्या से यह रुक गया: {detail}। कुछ भी खोया नहीं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="157"/>
        <source>Something went wrong inside JewelPOS. Nothing you typed was lost. Try again; if it happens again, tell the shop&apos;s support person.</source>
        <translation>JewelPOS में कुछ गड़बड़ हुई। आपका लिखा कुछ भी खोया नहीं। फिर कोशिश करें; दोबारा हो तो दुकान के सपोर्ट वाले व्यक्ति को बताएँ।</translation>
    </message>
</context>
<context>
    <name>PieceDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="162"/>
        <source>Piece {tag}</source>
        <translation>पीस {tag}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="166"/>
        <source>Purity</source>
        <translation>शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="167"/>
        <source>Gross weight</source>
        <translation>कुल वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="168"/>
        <source>Stone weight</source>
        <translation>पत्थर का वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="169"/>
        <source>Net weight</source>
        <translation>शुद्ध वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="183"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="184"/>
        <source>Design no.</source>
        <translation>डिज़ाइन नं.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="185"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="186"/>
        <source>HUID</source>
        <translation>HUID</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="187"/>
        <source>Making</source>
        <translation>मेकिंग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="188"/>
        <source>Wastage / VA</source>
        <translation>घटत / VA</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="189"/>
        <source>Cost code</source>
        <translation>लागत कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="190"/>
        <source>Location / tray</source>
        <translation>जगह / ट्रे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="191"/>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="197"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="208"/>
        <source>No photo</source>
        <translation>फ़ोटो नहीं है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="210"/>
        <source>Stones: {count}</source>
        <translation>पत्थर: {count}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="212"/>
        <source>No stones</source>
        <translation>पत्थर नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="215"/>
        <source>Stone</source>
        <translation>पत्थर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="215"/>
        <source>Count</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="215"/>
        <source>Weight</source>
        <translation>वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="215"/>
        <source>Value</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="222"/>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="224"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="224"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="224"/>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="224"/>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="231"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="237"/>
        <source>{amount} per gram</source>
        <translation>{amount} प्रति ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="239"/>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="252"/>
        <source>{percent}% of metal value</source>
        <translation>धातु मूल्य का {percent}%</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="241"/>
        <source>{amount} per piece</source>
        <translation>{amount} प्रति पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="244"/>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="253"/>
        <source> (this piece)</source>
        <translation> (इस पीस पर)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="250"/>
        <source>{percent}% of net weight, in grams</source>
        <translation>शुद्ध वज़न का {percent}%, ग्राम में</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="257"/>
        <source>Received into stock</source>
        <translation>स्टॉक में आया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="258"/>
        <source>Sold</source>
        <translation>बिक चुका</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="259"/>
        <source>Returned</source>
        <translation>वापस आया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="260"/>
        <source>Reserved</source>
        <translation>आरक्षित</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="261"/>
        <source>Transferred</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="262"/>
        <source>Melted</source>
        <translation>गलाया गया</translation>
    </message>
</context>
<context>
    <name>PieceTableModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/stock.py" line="76"/>
        <source>Tag</source>
        <translation>टैग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/stock.py" line="77"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/stock.py" line="78"/>
        <source>Design</source>
        <translation>डिज़ाइन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/stock.py" line="79"/>
        <source>Purity</source>
        <translation>शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/stock.py" line="80"/>
        <source>Gross g</source>
        <translation>कुल ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/stock.py" line="81"/>
        <source>Stone g</source>
        <translation>पत्थर ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/stock.py" line="82"/>
        <source>Net g</source>
        <translation>शुद्ध ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/stock.py" line="83"/>
        <source>HUID</source>
        <translation>HUID</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/stock.py" line="84"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>RateHistoryModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/rates.py" line="275"/>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/rates.py" line="276"/>
        <source>Rate (₹/g)</source>
        <translation>दर (₹/ग्राम)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/rates.py" line="277"/>
        <source>Set at</source>
        <translation>कब तय हुई</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/rates.py" line="278"/>
        <source>Set by</source>
        <translation>किसने तय की</translation>
    </message>
</context>
<context>
    <name>RatesScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="185"/>
        <source>Today&apos;s rates - {day}</source>
        <translation>आज की दरें - {day}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="188"/>
        <source>Only a manager or the owner can change rates. You can see them here.</source>
        <translation>दरें सिर्फ़ मैनेजर या मालिक बदल सकते हैं। आप यहाँ उन्हें देख सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="192"/>
        <source>Type the 24K board rate: the other purities are worked out for you. Change any of them in the table (type over it), then save with Ctrl+S.</source>
        <translation>24K बोर्ड दर लिखें: बाकी शुद्धताओं की दर अपने आप निकल आएगी। टेबल में कोई भी दर बदलनी हो तो उस पर नई दर लिखें, फिर Ctrl+S से सेव करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="196"/>
        <source>Save rates  (Ctrl+S)</source>
        <translation>दरें सेव करें  (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="204"/>
        <source>{metal} 24K (999) board rate, ₹/g</source>
        <translation>{metal} 24K (999) बोर्ड दर, ₹/ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="298"/>
        <source>{text} is not a rate. Type rupees per gram, like 7150.00.</source>
        <translation>{text} दर नहीं है। रुपये प्रति ग्राम लिखें, जैसे 7150.00।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="317"/>
        <source>Nothing to save: type the board rate or a rate first.</source>
        <translation>सेव करने को कुछ नहीं: पहले बोर्ड दर या कोई दर लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="338"/>
        <source>Rates saved for {day}.</source>
        <translation>{day} की दरें सेव हो गईं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="393"/>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="396"/>
        <source>History of {metal} {purity}, last {days} days</source>
        <translation>{metal} {purity} का इतिहास, पिछले {days} दिन</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="69"/>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="70"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="71"/>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="72"/>
        <source>Data folder</source>
        <translation>डेटा फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="73"/>
        <source>The language is kept for you and used each time you log in.</source>
        <translation>यह भाषा आपके लिए याद रखी जाती है और हर बार लॉग इन करने पर इस्तेमाल होती है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="74"/>
        <source>Save  (Enter)</source>
        <translation>सेव करें  (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="75"/>
        <source>Cancel  (Esc)</source>
        <translation>रद्द करें  (Esc)</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="214"/>
        <source>JewelPOS - first-run setup</source>
        <translation>JewelPOS - पहली बार की सेटिंग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="215"/>
        <source>Set up this counter</source>
        <translation>यह काउंटर सेट करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="218"/>
        <source>Enter the shop&apos;s details once. Fields marked * are needed. Enter moves to the next field; Enter on the last field finishes.</source>
        <translation>दुकान की जानकारी एक बार भरें। * वाले खाने ज़रूरी हैं। Enter दबाने पर अगला खाना आता है; आख़िरी खाने पर Enter से सेटिंग पूरी होती है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="222"/>
        <source>Shop</source>
        <translation>दुकान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="223"/>
        <source>Branch and counter</source>
        <translation>शाखा और काउंटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="224"/>
        <source>Owner&apos;s login</source>
        <translation>मालिक का लॉग इन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="226"/>
        <source>Shop name *</source>
        <translation>दुकान का नाम *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="227"/>
        <source>Legal name</source>
        <translation>कानूनी नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="228"/>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="229"/>
        <source>State *</source>
        <translation>राज्य *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="230"/>
        <source>Address *</source>
        <translation>पता *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="231"/>
        <source>City *</source>
        <translation>शहर *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="232"/>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="233"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="234"/>
        <source>Branch code *</source>
        <translation>शाखा कोड *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="235"/>
        <source>Branch name</source>
        <translation>शाखा का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="236"/>
        <source>Counter code *</source>
        <translation>काउंटर कोड *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="237"/>
        <source>User name *</source>
        <translation>यूज़र नाम *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="238"/>
        <source>Full name *</source>
        <translation>पूरा नाम *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="239"/>
        <source>PIN *</source>
        <translation>पिन *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="240"/>
        <source>Confirm PIN *</source>
        <translation>पिन दोबारा *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="244"/>
        <source>as on the GST registration (optional)</source>
        <translation>जैसा GST रजिस्ट्रेशन में है (ज़रूरी नहीं)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="245"/>
        <source>15 characters, e.g. 27AAPFU0939F1ZV (optional)</source>
        <translation>15 अक्षर, जैसे 27AAPFU0939F1ZV (ज़रूरी नहीं)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="248"/>
        <source>type a name or code to search</source>
        <translation>खोजने के लिए नाम या कोड लिखें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="249"/>
        <source>10-digit mobile (optional)</source>
        <translation>10 अंकों का मोबाइल (ज़रूरी नहीं)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="250"/>
        <source>1-4 letters or digits, e.g. B1</source>
        <translation>1-4 अक्षर या अंक, जैसे B1</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="251"/>
        <source>e.g. Main road</source>
        <translation>जैसे मेन रोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="252"/>
        <source>1-4 letters or digits, e.g. C1</source>
        <translation>1-4 अक्षर या अंक, जैसे C1</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="254"/>
        <source>{low} to {high} digits</source>
        <translation>{low} से {high} अंक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="256"/>
        <source>Finish setup  (Ctrl+Enter)</source>
        <translation>सेटिंग पूरी करें  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="257"/>
        <source>Quit  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="300"/>
        <source>This is required.</source>
        <translation>यह भरना ज़रूरी है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="314"/>
        <source>Choose a state from the list.</source>
        <translation>सूची से राज्य चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="335"/>
        <source>This GSTIN belongs to another state ({code}).</source>
        <translation>यह GSTIN किसी दूसरे राज्य ({code}) का है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="340"/>
        <source>The PIN must be {low} to {high} digits.</source>
        <translation>पिन {low} से {high} अंकों का होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="344"/>
        <source>The two PINs differ. Type the same PIN again.</source>
        <translation>दोनों पिन अलग हैं। वही पिन दोबारा लिखें।</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/jewelpos/app.py" line="153"/>
        <source>The counter could not start.</source>
        <translation>काउंटर शुरू नहीं हो सका।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/app.py" line="157"/>
        <source>Data folder: {path}</source>
        <translation>डेटा फ़ोल्डर: {path}</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="189"/>
        <source>Stock</source>
        <translation>स्टॉक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="190"/>
        <source>&amp;Scan or type a tag code, design no. or HUID</source>
        <translation>टैग कोड, डिज़ाइन नं. या HUID स्कैन करें या लिखें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="192"/>
        <source>e.g. B1C1000042, RG-2211 or AB12CD - Enter opens the piece</source>
        <translation>जैसे B1C1000042, RG-2211 या AB12CD - Enter से पीस खुलेगा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="196"/>
        <source>&amp;Metal</source>
        <translation>धातु (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="196"/>
        <source>P&amp;urity</source>
        <translation>शुद्धता (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="196"/>
        <source>&amp;Category</source>
        <translation>श्रेणी (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="196"/>
        <source>S&amp;tatus</source>
        <translation>स्थिति (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="200"/>
        <source>All metals</source>
        <translation>सभी धातुएँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="203"/>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="232"/>
        <source>All purities</source>
        <translation>सभी शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="204"/>
        <source>All categories</source>
        <translation>सभी श्रेणियाँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="208"/>
        <source>Any status</source>
        <translation>कोई भी स्थिति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="209"/>
        <source>Open piece  (Enter)</source>
        <translation>पीस खोलें  (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="323"/>
        <source>No pieces match.</source>
        <translation>कोई पीस नहीं मिला।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="326"/>
        <source>Showing {shown} of {total} pieces - type more to narrow</source>
        <translation>{total} में से {shown} पीस दिख रहे हैं - और लिखकर खोज छोटी करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="331"/>
        <source>1 piece</source>
        <translation>1 पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="334"/>
        <source>{total} pieces</source>
        <translation>{total} पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="337"/>
        <source>Gross {weight}</source>
        <translation>कुल {weight}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="340"/>
        <source>Net {weight}</source>
        <translation>शुद्ध {weight}</translation>
    </message>
</context>
<context>
    <name>TodayRatesModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/rates.py" line="143"/>
        <source>Metal</source>
        <translation>धातु</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/rates.py" line="144"/>
        <source>Purity</source>
        <translation>शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/rates.py" line="145"/>
        <source>Previous (₹/g)</source>
        <translation>पिछली (₹/ग्राम)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/rates.py" line="146"/>
        <source>Today (₹/g)</source>
        <translation>आज (₹/ग्राम)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/rates.py" line="147"/>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/rates.py" line="148"/>
        <source>Set at / by</source>
        <translation>कब / किसने</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/rates.py" line="180"/>
        <source>not set</source>
        <translation>तय नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/rates.py" line="188"/>
        <source>not saved yet</source>
        <translation>अभी सेव नहीं हुई</translation>
    </message>
</context>
</TS>
