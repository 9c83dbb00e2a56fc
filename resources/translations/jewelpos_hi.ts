<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="50"/>
        <source>Passbook</source>
        <translation>पासबुक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="51"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="52"/>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="53"/>
        <source>Plan</source>
        <translation>योजना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="54"/>
        <source>Paid</source>
        <translation>जमा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="55"/>
        <source>Balance</source>
        <translation>बैलेंस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="56"/>
        <source>Next due</source>
        <translation>अगली किस्त</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="57"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="63"/>
        <source>Matured</source>
        <translation>पूरी हुई</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="65"/>
        <source>Paying</source>
        <translation>चालू</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="66"/>
        <source>Redeemed</source>
        <translation>भुनाई गई</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="67"/>
        <source>Closed early</source>
        <translation>जल्दी बंद</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/user_edit.py" line="74"/>
        <source>Add a user</source>
        <translation>यूज़र जोड़ें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/user_edit.py" line="83"/>
        <source>3 to 32: a-z, 0-9, . _ -</source>
        <translation>3 से 32: a-z, 0-9, . _ -</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/user_edit.py" line="101"/>
        <source>&amp;Name</source>
        <translation>नाम (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/user_edit.py" line="102"/>
        <source>&amp;User name</source>
        <translation>यूज़र नाम (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/user_edit.py" line="103"/>
        <source>&amp;Role</source>
        <translation>भूमिका (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/user_edit.py" line="104"/>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/user_edit.py" line="105"/>
        <source>&amp;PIN (4 to 8 digits)</source>
        <translation>पिन (4 से 8 अंक) (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/user_edit.py" line="106"/>
        <source>PIN &amp;again</source>
        <translation>पिन दोबारा (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/user_edit.py" line="115"/>
        <source>Add  (Ctrl+S)</source>
        <translation>जोड़ें  (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/user_edit.py" line="138"/>
        <source>The two PINs are not the same.</source>
        <translation>दोनों पिन एक जैसे नहीं हैं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/user_edit.py" line="165"/>
        <source>This user name is taken. Choose another.</source>
        <translation>यह यूज़र नाम पहले से है। कोई दूसरा चुनें।</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/approval.py" line="105"/>
        <source>Manager approval</source>
        <translation>मैनेजर की मंज़ूरी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/approval.py" line="106"/>
        <source>A manager must approve this</source>
        <translation>इसके लिए मैनेजर की मंज़ूरी चाहिए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/approval.py" line="107"/>
        <source>&amp;Manager</source>
        <translation>मैनेजर (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/approval.py" line="108"/>
        <source>&amp;PIN</source>
        <translation>पिन (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/approval.py" line="109"/>
        <source>Approve  (Enter)</source>
        <translation>मंज़ूर करें  (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/approval.py" line="110"/>
        <source>Cancel  (Esc)</source>
        <translation>रद्द करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/approval.py" line="129"/>
        <source>No manager is set up on this counter.</source>
        <translation>इस काउंटर पर कोई मैनेजर नहीं बना है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/approval.py" line="132"/>
        <source>Type the manager&apos;s PIN.</source>
        <translation>मैनेजर का पिन लिखें।</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="64"/>
        <source>Give to karigar</source>
        <translation>कारीगर को दें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="65"/>
        <source>{number}: give to a karigar</source>
        <translation>{number}: कारीगर को दें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="66"/>
        <source>&amp;Karigar</source>
        <translation>कारीगर (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="68"/>
        <source>&amp;Bring back by</source>
        <translation>वापस लाने की तारीख़ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="70"/>
        <source>No karigars yet: add one with Ctrl+K on the Orders screen.</source>
        <translation>अभी कोई कारीगर नहीं है: ऑर्डर स्क्रीन पर Ctrl+K से जोड़ें।</translation>
    </message>
</context>
<context>
    <name>BackupStatusWidget</name>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/backup_status.py" line="61"/>
        <source>No good backup yet</source>
        <translation>अभी तक कोई सही बैकअप नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/backup_status.py" line="63"/>
        <source>Last good backup over a day ago</source>
        <translation>आख़िरी सही बैकअप एक दिन से पुराना है</translation>
    </message>
</context>
<context>
    <name>BillLinesModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="168"/>
        <location filename="../../src/jewelpos/ui/screens/customer_display.py" line="258"/>
        <source>Piece</source>
        <translation>पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="169"/>
        <location filename="../../src/jewelpos/ui/screens/customer_display.py" line="259"/>
        <source>Purity</source>
        <translation>शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="170"/>
        <source>Gross g</source>
        <translation>कुल ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="171"/>
        <source>Stone g</source>
        <translation>नग ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="172"/>
        <location filename="../../src/jewelpos/ui/screens/customer_display.py" line="260"/>
        <source>Net g</source>
        <translation>शुद्ध ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="173"/>
        <location filename="../../src/jewelpos/ui/screens/customer_display.py" line="261"/>
        <source>Rate ₹/g</source>
        <translation>दर ₹/ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="174"/>
        <source>Metal ₹</source>
        <translation>धातु ₹</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="175"/>
        <location filename="../../src/jewelpos/ui/screens/customer_display.py" line="262"/>
        <source>VA / Wastage</source>
        <translation>VA / घटत</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="176"/>
        <location filename="../../src/jewelpos/ui/screens/customer_display.py" line="263"/>
        <source>Making</source>
        <translation>मेकिंग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="177"/>
        <source>Disc. %</source>
        <translation>छूट %</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="178"/>
        <location filename="../../src/jewelpos/ui/screens/customer_display.py" line="265"/>
        <source>Taxable ₹</source>
        <translation>कर योग्य ₹</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="208"/>
        <source>HUID: {huids}</source>
        <translation>HUID: {huids}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="265"/>
        <source>{percent}% = {grams} g</source>
        <translation>{percent}% = {grams} ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="268"/>
        <source>{percent}% wt</source>
        <translation>{percent}% वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="277"/>
        <source>{amount}/g</source>
        <translation>{amount}/ग्रा.</translation>
    </message>
</context>
<context>
    <name>BillLookupDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="176"/>
        <source>Find bill</source>
        <translation>बिल खोजें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="177"/>
        <source>Find a bill: reprint, A4 invoice, return, cancel</source>
        <translation>बिल खोजें: दोबारा प्रिंट, A4 इनवॉइस, वापसी, रद्द</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="189"/>
        <source>Reprint receipt  (Ctrl+R)</source>
        <translation>रसीद दोबारा छापें  (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="190"/>
        <source>A4 tax invoice PDF  (Ctrl+P)</source>
        <translation>A4 टैक्स इनवॉइस PDF  (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="200"/>
        <source>Sales return  (F7)</source>
        <translation>माल वापसी  (F7)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="201"/>
        <source>Cancel bill  (F9)</source>
        <translation>बिल रद्द करें  (F9)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="202"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="230"/>
        <source>CANCELLED</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="231"/>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="358"/>
        <source>walk-in</source>
        <translation>बिना ग्राहक विवरण</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="178"/>
        <source>Bill &amp;number, customer mobile or name</source>
        <translation>बिल नंबर, ग्राहक का मोबाइल या नाम (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="180"/>
        <source>e.g. IB1-C1/26/00042, 98220 12345 or Asha - Enter finds</source>
        <translation>जैसे IB1-C1/26/00042, 98220 12345 या आशा - Enter से खोजें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="182"/>
        <source>&amp;From day</source>
        <translation>किस दिन से (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="183"/>
        <source>T&amp;o day</source>
        <translation>किस दिन तक (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="184"/>
        <source>&amp;Amount ₹</source>
        <translation>रकम ₹ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="186"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="187"/>
        <source>e.g. 50694</source>
        <translation>जैसे 50694</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="191"/>
        <source>A4 cop&amp;y</source>
        <translation>A4 कॉपी (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="194"/>
        <source>Original for Recipient</source>
        <translation>मूल प्रति - प्राप्तकर्ता के लिए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="195"/>
        <source>Duplicate for Transporter</source>
        <translation>दूसरी प्रति - ट्रांसपोर्टर के लिए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="196"/>
        <source>Triplicate for Supplier</source>
        <translation>तीसरी प्रति - विक्रेता के लिए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="219"/>
        <source>&amp;Bills found: {n} (↑ ↓, Enter)</source>
        <translation>मिले बिल: {n} (↑ ↓, Enter) (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="222"/>
        <source>&amp;Bills of today (↑ ↓, Enter)</source>
        <translation>आज के बिल (↑ ↓, Enter) (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="265"/>
        <source>From day</source>
        <translation>किस दिन से</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="266"/>
        <source>To day</source>
        <translation>किस दिन तक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="272"/>
        <source>{field}: type the date like 14-11-2025.</source>
        <translation>{field}: तारीख़ ऐसे लिखें: 14-11-2025।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="297"/>
        <source>No bill matches what was typed. Check it, or clear a field and try again.</source>
        <translation>लिखी गई जानकारी से कोई बिल नहीं मिला। जाँच लें, या कोई खाना ख़ाली करके फिर खोजें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="307"/>
        <source>Amount: type rupees like 50694 or 50694.50.</source>
        <translation>रकम: रुपये ऐसे लिखें: 50694 या 50694.50।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="309"/>
        <source>To day: the last day is before the first day.</source>
        <translation>किस दिन तक: आख़िरी दिन पहले दिन से पहले है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="345"/>
        <source>CANCELLED: {reason}</source>
        <translation>रद्द: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="347"/>
        <source>Final</source>
        <translation>अंतिम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="350"/>
        <source>returned (credit notes {numbers})</source>
        <translation>वापस हुआ (क्रेडिट नोट {numbers})</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="354"/>
        <source>partly returned (credit notes {numbers})</source>
        <translation>कुछ वापस हुआ (क्रेडिट नोट {numbers})</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="359"/>
        <source>Piece</source>
        <translation>पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="360"/>
        <source>Purity</source>
        <translation>शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="361"/>
        <source>Net g</source>
        <translation>शुद्ध ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="362"/>
        <source>Taxable ₹</source>
        <translation>कर योग्य ₹</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="365"/>
        <source>Taxable {taxable} · GST {gst} · old gold -{old_gold}</source>
        <translation>कर योग्य {taxable} · GST {gst} · पुराना सोना -{old_gold}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="367"/>
        <source>Taxable {taxable} · GST {gst}</source>
        <translation>कर योग्य {taxable} · जीएसटी {gst}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="373"/>
        <source>Payable {amount}</source>
        <translation>देय {amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="374"/>
        <source>Paid: {list}</source>
        <translation>भुगतान: {list}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="378"/>
        <source>Set-offs: {list}</source>
        <translation>समायोजन: {list}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="435"/>
        <source>Tax invoice saved as {path} (marked DUPLICATE).</source>
        <translation>टैक्स इनवॉइस {path} में सेव हुआ (DUPLICATE लिखा है)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="437"/>
        <source>Tax invoice saved as {path}.</source>
        <translation>टैक्स इनवॉइस {path} में सेव हुआ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="441"/>
        <source>Receipt printed, marked DUPLICATE.</source>
        <translation>रसीद छपी, DUPLICATE लिखा है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="443"/>
        <source>Receipt printed.</source>
        <translation>रसीद छप गई।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="448"/>
        <source>The printer is not answering: the receipt is queued.</source>
        <translation>प्रिंटर जवाब नहीं दे रहा: रसीद कतार में रखी गई है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="476"/>
        <source>Bill {number} is cancelled; its pieces are back in stock.</source>
        <translation>बिल {number} रद्द हुआ; उसके पीस स्टॉक में वापस आ गए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="514"/>
        <source>Credit note {number} for {amount}: the pieces are back in stock.</source>
        <translation>क्रेडिट नोट {number}, {amount}: पीस वापस स्टॉक में हैं।</translation>
    </message>
</context>
<context>
    <name>Billing</name>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="43"/>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="44"/>
        <source>address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="45"/>
        <source>state</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="49"/>
        <source>{first} and {last}</source>
        <translation>{first} और {last}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="59"/>
        <source>Scan a tag or add an item (F5) to start the bill.</source>
        <translation>बिल शुरू करने के लिए टैग स्कैन करें या आइटम जोड़ें (F5)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="63"/>
        <source>Line {line}: the rate is below today&apos;s rate ({floor}): a manager must approve.</source>
        <translation>लाइन {line}: दर आज की दर ({floor}) से कम है: मैनेजर की मंज़ूरी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="68"/>
        <source>Line {line}: the making charge is below the minimum: a manager must approve.</source>
        <translation>लाइन {line}: मेकिंग चार्ज न्यूनतम से कम है: मैनेजर की मंज़ूरी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="73"/>
        <source>Line {line}: the wastage is below the minimum: a manager must approve.</source>
        <translation>लाइन {line}: घटत न्यूनतम से कम है: मैनेजर की मंज़ूरी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="78"/>
        <source>Invoice value over ₹2 lakh: the customer&apos;s PAN or Form 60 is needed (F4).</source>
        <translation>इनवॉइस मूल्य ₹2 लाख से ज़्यादा: ग्राहक का PAN या फ़ॉर्म 60 चाहिए (F4)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="82"/>
        <source>Invoice value over {threshold}: the customer&apos;s PAN or Form 60 is needed (F4).</source>
        <translation>बिल की रकम {threshold} से ज़्यादा: ग्राहक का पैन या फ़ॉर्म 60 चाहिए (F4)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="89"/>
        <source>Taxable value ₹50,000 or more: the buyer&apos;s {missing} are needed (F4).</source>
        <translation>कर योग्य मूल्य ₹50,000 या ज़्यादा: खरीदार का {missing} चाहिए (F4)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="92"/>
        <source>Taxable value {threshold} or more: the buyer&apos;s {missing} are needed (F4).</source>
        <translation>कर योग्य मूल्य {threshold} या ज़्यादा: खरीदार का {missing} चाहिए (F4)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="96"/>
        <source>{balance} is still to be paid (F8).</source>
        <translation>{balance} का भुगतान अभी बाकी है (F8)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="100"/>
        <source>The payments are {amount} more than the bill; only cash can give change (F8).</source>
        <translation>भुगतान बिल से {amount} ज़्यादा है; छुट्टा सिर्फ़ कैश में लौटता है (F8)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="105"/>
        <source>Cash of {amount} in one bill is not allowed: cash must stay below {limit}.</source>
        <translation>एक बिल में {amount} कैश की अनुमति नहीं: कैश {limit} से कम रहना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="109"/>
        <source>Payment {n}: type the last 4 digits of the card.</source>
        <translation>भुगतान {n}: कार्ड के आख़िरी 4 अंक लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="113"/>
        <source>Payment {n}: type the cheque number.</source>
        <translation>भुगतान {n}: चेक नंबर लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="117"/>
        <source>Payment {n}: the amount must be more than zero.</source>
        <translation>भुगतान {n}: रकम शून्य से ज़्यादा होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="121"/>
        <source>Deliver to (F9): type the address and state the goods are sent to.</source>
        <translation>डिलीवरी (F9): जिस पते और राज्य में माल भेजा जा रहा है, वह लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="125"/>
        <source>The set-offs ({amount}) are more than the amount due ({due}): F11 again.</source>
        <translation>समायोजन ({amount}) बाक़ी रकम ({due}) से ज़्यादा है: फिर से F11 दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="129"/>
        <source>Customer credit needs the customer on the bill (F4).</source>
        <translation>ग्राहक का क्रेडिट इस्तेमाल करने के लिए बिल पर ग्राहक चाहिए (F4)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="133"/>
        <source>{label} needs a bill of at least {minimum} before the discount (Ctrl+U).</source>
        <translation>{label} के लिए छूट से पहले बिल कम से कम {minimum} का होना चाहिए (Ctrl+U)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="137"/>
        <source>{label} takes nothing off this bill: no line has making or VA it covers.</source>
        <translation>{label} से इस बिल पर कोई छूट नहीं बनती: किसी लाइन में ऐसी घड़ाई या VA नहीं है जिस पर यह लागू हो।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="141"/>
        <source>Line {line}: piece {tag} has no HUID. Hallmarked gold must carry one (shops under ₹40 lakh turnover are exempt: Shop settings).</source>
        <translation>लाइन {line}: पीस {tag} पर एचयूआईडी नहीं है। हॉलमार्क सोने पर एचयूआईडी ज़रूरी है (₹40 लाख से कम टर्नओवर वाली दुकानों को छूट है: दुकान की सेटिंग्स)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="147"/>
        <source>The old gold is worth more than the bill: add items or reduce the old gold.</source>
        <translation>पुराने सोने का मूल्य बिल से ज़्यादा है: आइटम जोड़ें या पुराना सोना घटाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="150"/>
        <source>The bill cannot be saved yet: check its lines and payments.</source>
        <translation>बिल अभी सेव नहीं हो सकता: इसकी लाइनें और भुगतान जाँचें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="163"/>
        <source>Cash limit: this customer has paid {paid} in cash today; at most {remaining} more in cash. Take the rest by card, UPI or bank.</source>
        <translation>कैश सीमा: इस ग्राहक ने आज {paid} कैश दिए हैं; कैश में ज़्यादा से ज़्यादा {remaining} और। बाकी कार्ड, UPI या बैंक से लें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="168"/>
        <source>Cash limit: at most {remaining} may be taken in cash. Take the rest by card, UPI or bank.</source>
        <translation>कैश सीमा: कैश में ज़्यादा से ज़्यादा {remaining} लिए जा सकते हैं। बाकी कार्ड, UPI या बैंक से लें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="177"/>
        <source>The day cannot be reopened: its day-end report has already reached head office.</source>
        <translation>यह दिन दोबारा नहीं खुल सकता: इसकी डे-एंड रिपोर्ट हेड ऑफ़िस पहुँच चुकी है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="181"/>
        <source>The day cannot be reopened: the hours allowed for reopening after day end have passed.</source>
        <translation>यह दिन दोबारा नहीं खुल सकता: डे-एंड के बाद दोबारा खोलने का समय निकल चुका है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="212"/>
        <source>Taxable value ₹50,000 or more: the buyer&apos;s name, address and state are needed (F4).</source>
        <translation>कर योग्य मूल्य ₹50,000 या ज़्यादा: खरीदार का नाम, पता और राज्य चाहिए (F4)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="217"/>
        <source>Taxable value {threshold} or more: the buyer&apos;s name, address and state are needed (F4).</source>
        <translation>कर योग्य मूल्य {threshold} या ज़्यादा: खरीदार का नाम, पता और राज्य चाहिए (F4)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="225"/>
        <source>Today&apos;s day end is done: no more bills can be saved today.</source>
        <translation>आज का दिन बंद हो चुका है: आज और बिल सेव नहीं हो सकते।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="232"/>
        <source>Piece {tag} is {status}: it cannot be billed.</source>
        <translation>पीस {tag} की स्थिति: {status}; इसका बिल नहीं बन सकता।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="235"/>
        <source>This piece is not available for sale. Check its status in Stock.</source>
        <translation>यह पीस बिक्री के लिए उपलब्ध नहीं है। स्टॉक में इसकी स्थिति देखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="239"/>
        <source>No piece or estimate with the code {code}. Check it and scan again.</source>
        <translation>कोड {code} का कोई पीस या एस्टिमेट नहीं मिला। जाँचकर फिर स्कैन करें।</translation>
    </message>
</context>
<context>
    <name>BillingScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="494"/>
        <source>New</source>
        <translation>नया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="495"/>
        <source>Estimate</source>
        <translation>एस्टिमेट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="496"/>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="497"/>
        <source>Item</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="498"/>
        <source>Old gold</source>
        <translation>पुराना सोना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="499"/>
        <source>Discount</source>
        <translation>छूट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="500"/>
        <source>Pay</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="501"/>
        <source>Deliver to</source>
        <translation>डिलीवरी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="502"/>
        <source>Save &amp;&amp; print</source>
        <translation>सेव और प्रिंट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="503"/>
        <source>Credit</source>
        <translation>क्रेडिट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="504"/>
        <source>Find bill</source>
        <translation>बिल खोजें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="505"/>
        <source>Remove line</source>
        <translation>लाइन हटाएँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="506"/>
        <source>Back</source>
        <translation>वापस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="526"/>
        <source>&amp;Scan / tag code:</source>
        <translation>स्कैन / टैग कोड (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="527"/>
        <source>tag, HUID or estimate no.</source>
        <translation>टैग, HUID या एस्टिमेट नं.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="529"/>
        <source>Enter adds · ↓ to the lines: Enter/F2 edits rate, VA, making, discount</source>
        <translation>Enter से जुड़ेगा · ↓ लाइनों पर: Enter/F2 से दर, VA, मेकिंग, छूट बदलें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="531"/>
        <location filename="../../src/jewelpos/ui/screens/customer_display.py" line="276"/>
        <source>PAYABLE</source>
        <translation>देय राशि</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="564"/>
        <source>Today&apos;s day end is done: no more bills can be saved today. A manager can reopen the day in Day end (Ctrl+D).</source>
        <translation>आज का डे-एंड हो चुका है: आज और बिल सेव नहीं हो सकते। मैनेजर डे-एंड (Ctrl+D) में दिन दोबारा खोल सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="685"/>
        <source>Bill  next: {number}</source>
        <translation>बिल  अगला: {number}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="687"/>
        <source>Bill  counter {prefix}</source>
        <translation>बिल  काउंटर {prefix}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="689"/>
        <source>Bill</source>
        <translation>बिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="693"/>
        <source>Customer (F4): none - walk-in</source>
        <translation>ग्राहक (F4): कोई नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="699"/>
        <source>PAN ✓</source>
        <translation>PAN ✓</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="701"/>
        <source>Form 60</source>
        <translation>फ़ॉर्म 60</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="702"/>
        <source>Customer (F4): {details}</source>
        <translation>ग्राहक (F4): {details}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="719"/>
        <source>Taxable</source>
        <translation>कर योग्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="720"/>
        <source>CGST {rate}%</source>
        <translation>CGST {rate}%</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="721"/>
        <source>SGST {rate}%</source>
        <translation>SGST {rate}%</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="722"/>
        <source>IGST {rate}%</source>
        <translation>IGST {rate}%</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="723"/>
        <source>Invoice value</source>
        <translation>इनवॉइस मूल्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="724"/>
        <location filename="../../src/jewelpos/ui/screens/customer_display.py" line="270"/>
        <source>Old gold set-off</source>
        <translation>पुराने सोने की कटौती</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="725"/>
        <location filename="../../src/jewelpos/ui/screens/customer_display.py" line="272"/>
        <source>Round off</source>
        <translation>राउंड ऑफ़</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="776"/>
        <source>Not paid yet (F8)</source>
        <translation>भुगतान अभी नहीं हुआ (F8)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="777"/>
        <source>Paid {amount}</source>
        <translation>भुगतान {amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="779"/>
        <source>Balance {amount}</source>
        <translation>बाकी {amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="781"/>
        <source>Change due {amount}</source>
        <translation>लौटाने हैं {amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="787"/>
        <source>Old gold (F6): none</source>
        <translation>पुराना सोना (F6): नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="790"/>
        <source>Old gold (F6): {count} lot(s) · fine {fine} g · set off -{value}</source>
        <translation>पुराना सोना (F6): {count} लॉट · शुद्ध {fine} ग्रा. · कटौती -{value}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="796"/>
        <source>Payments (F8): none</source>
        <translation>भुगतान (F8): कोई नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="798"/>
        <source>Cash</source>
        <translation>कैश</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="799"/>
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="800"/>
        <source>UPI</source>
        <translation>यूपीआई</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="801"/>
        <source>Cheque</source>
        <translation>चेक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="802"/>
        <source>Bank</source>
        <translation>बैंक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="808"/>
        <source>Payments (F8): {list}</source>
        <translation>भुगतान (F8): {list}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="858"/>
        <source>{tag} is already on this bill (line {no}).</source>
        <translation>{tag} इस बिल में पहले से है (लाइन {no})।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="886"/>
        <source>Finish or clear this bill (F2) before opening an estimate.</source>
        <translation>एस्टिमेट खोलने से पहले यह बिल पूरा करें या हटाएँ (F2)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="903"/>
        <source>Estimate opened as a bill: check and take payment (F8).</source>
        <translation>एस्टिमेट बिल के रूप में खुला: जाँचें और भुगतान लें (F8)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="911"/>
        <source>Finish or clear this bill (F2) before delivering an order.</source>
        <translation>ऑर्डर की डिलीवरी से पहले यह बिल पूरा करें या साफ़ करें (F2)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="923"/>
        <source>Order delivery: check the bill and take payment (F8).</source>
        <translation>ऑर्डर की डिलीवरी: बिल जाँचें और भुगतान लें (F8)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="963"/>
        <source>{text} is not a rate: type rupees per gram, like 7150.00.</source>
        <translation>{text} दर नहीं है: रुपये प्रति ग्राम लिखें, जैसे 7150.00।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="965"/>
        <source>{text} is not a valid number here: type a number like 12 or 450.</source>
        <translation>{text} यहाँ सही संख्या नहीं है: 12 या 450 जैसी संख्या लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="996"/>
        <source>Approved by {manager}.</source>
        <translation>{manager} ने मंज़ूरी दी।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="997"/>
        <source>the manager</source>
        <translation>मैनेजर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1016"/>
        <source>rate {rate} is below today&apos;s {floor}</source>
        <translation>दर {rate} आज की दर {floor} से कम है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1021"/>
        <source>making charge is below the usual</source>
        <translation>मेकिंग चार्ज सामान्य से कम है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1023"/>
        <source>wastage is below the usual</source>
        <translation>घटत सामान्य से कम है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1025"/>
        <source>the price is below the usual</source>
        <translation>कीमत सामान्य से कम है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1026"/>
        <source>Line {no} ({piece}): {what}.</source>
        <translation>लाइन {no} ({piece}): {what}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1035"/>
        <source>A manager must approve this, but no manager is set up.</source>
        <translation>इसके लिए मैनेजर की मंज़ूरी चाहिए, पर कोई मैनेजर नहीं बना है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1063"/>
        <source>Line removed: {piece}.</source>
        <translation>लाइन हटाई गई: {piece}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1157"/>
        <source>Credit belongs to a customer: put the customer on the bill first (F4).</source>
        <translation>क्रेडिट ग्राहक का होता है: पहले बिल पर ग्राहक जोड़ें (F4)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1164"/>
        <source>{name} has no credit to use on this bill.</source>
        <translation>{name} के पास इस बिल में लगाने को कोई क्रेडिट नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1227"/>
        <source>Add a line first: a discount is on a line.</source>
        <translation>पहले लाइन जोड़ें: छूट किसी लाइन पर ही होती है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1230"/>
        <source>Selected line: {piece}</source>
        <translation>चुनी गई लाइन: {piece}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1254"/>
        <source>Add a line first: there is nothing to pay.</source>
        <translation>पहले लाइन जोड़ें: अभी भुगतान के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1304"/>
        <source>New bill</source>
        <translation>नया बिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1305"/>
        <source>Discard this bill and start a new one?</source>
        <translation>यह बिल छोड़कर नया शुरू करें?</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1306"/>
        <source>Enter discards it; Esc keeps it.</source>
        <translation>Enter से छोड़ें; Esc से रखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1307"/>
        <source>Discard</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1308"/>
        <source>Keep</source>
        <translation>रखें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1337"/>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1449"/>
        <source>Scan a tag or add an item (F5) to start the bill.</source>
        <translation>बिल शुरू करने के लिए टैग स्कैन करें या आइटम जोड़ें (F5)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1382"/>
        <source>Bill {number} saved: {amount}.</source>
        <translation>बिल {number} सेव हुआ: {amount}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1387"/>
        <source>Give change {amount}.</source>
        <translation>{amount} वापस दें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1407"/>
        <source>Receipt printed.</source>
        <translation>रसीद छप गई।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1415"/>
        <source>The printer is not answering: the receipt is queued and prints when the printer is back.</source>
        <translation>प्रिंटर जवाब नहीं दे रहा: रसीद कतार में है, प्रिंटर चालू होते ही छपेगी।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1426"/>
        <source>The receipt was not printed: {why}</source>
        <translation>रसीद नहीं छपी: {why}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1462"/>
        <source>Estimate {number} saved: {amount}. The cashier scans its number.</source>
        <translation>एस्टिमेट {number} सेव हुआ: {amount}। कैशियर इसका नंबर स्कैन करेगा।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_setoffs.py" line="57"/>
        <source>Deliver to (F9): {address}, {state}</source>
        <translation>डिलीवरी (F9): {address}, {state}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_setoffs.py" line="60"/>
        <source>Deliver to (F9): at the counter</source>
        <translation>डिलीवरी (F9): काउंटर पर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_setoffs.py" line="67"/>
        <source>Set-offs (F11): {list}</source>
        <translation>समायोजन (F11): {list}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_setoffs.py" line="72"/>
        <source>Customer&apos;s credit {amount} available: F11 uses it</source>
        <translation>ग्राहक का क्रेडिट {amount} उपलब्ध है: F11 से लगाएँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_rewards.py" line="62"/>
        <source>Points belong to a customer: put the customer on the bill first (F4).</source>
        <translation>पॉइंट ग्राहक के होते हैं: पहले ग्राहक को बिल पर लें (F4)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_coupons.py" line="45"/>
        <source>Before tax: {list}</source>
        <translation>टैक्स से पहले: {list}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_coupons.py" line="168"/>
        <source>Coupon</source>
        <translation>कूपन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_coupons.py" line="183"/>
        <source>The coupon is off the bill.</source>
        <translation>कूपन बिल से हटा दिया गया।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_coupons.py" line="190"/>
        <location filename="../../src/jewelpos/ui/screens/billing_rewards.py" line="72"/>
        <location filename="../../src/jewelpos/ui/screens/billing_rewards.py" line="194"/>
        <source>Add the bill&apos;s lines first.</source>
        <translation>पहले बिल की लाइनें जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_rewards.py" line="89"/>
        <source>{name} has no points to use on this bill.</source>
        <translation>{name} के पास इस बिल पर इस्तेमाल करने को पॉइंट नहीं हैं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_rewards.py" line="97"/>
        <source>Loyalty points</source>
        <translation>लॉयल्टी पॉइंट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_rewards.py" line="204"/>
        <source>Points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_rewards.py" line="205"/>
        <source>Voucher</source>
        <translation>वाउचर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_schemes.py" line="57"/>
        <source>Scheme</source>
        <translation>योजना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_schemes.py" line="81"/>
        <source>A scheme belongs to a customer: put the customer on the bill first (F4).</source>
        <translation>योजना ग्राहक की होती है: पहले ग्राहक को बिल पर लें (F4)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_schemes.py" line="91"/>
        <source>Add the jewellery first, then redeem the scheme.</source>
        <translation>पहले गहने जोड़ें, फिर योजना भुनाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_schemes.py" line="123"/>
        <source>{name} has no matured scheme to redeem on this bill.</source>
        <translation>{name} की कोई पूरी हुई योजना नहीं है जो इस बिल पर भुनाई जा सके।</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/campaigns.py" line="115"/>
        <source>Campaign</source>
        <translation>अभियान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/campaigns.py" line="116"/>
        <source>Segment</source>
        <translation>ग्राहक समूह</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/campaigns.py" line="117"/>
        <source>Started</source>
        <translation>शुरू हुआ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/campaigns.py" line="118"/>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/campaigns.py" line="119"/>
        <source>Held out</source>
        <translation>रोके गए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/campaigns.py" line="120"/>
        <source>Queued</source>
        <translation>भेजने को तैयार</translation>
    </message>
</context>
<context>
    <name>CampaignsScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="55"/>
        <source>Campaigns</source>
        <translation>अभियान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="58"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="59"/>
        <source>WhatsApp link</source>
        <translation>व्हाट्सऐप लिंक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="60"/>
        <source>WhatsApp Business</source>
        <translation>व्हाट्सऐप बिज़नेस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="61"/>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="604"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="364"/>
        <source>Segments and campaigns</source>
        <translation>ग्राहक समूह और अभियान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="365"/>
        <source>F3 Segments</source>
        <translation>F3 ग्राहक समूह</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="366"/>
        <source>F4 Campaigns</source>
        <translation>F4 अभियान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="367"/>
        <source>Saved segment</source>
        <translation>सहेजा गया समूह</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="368"/>
        <source>Segment name</source>
        <translation>समूह का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="369"/>
        <source>No scheme joined in the last 12 months</source>
        <translation>पिछले 12 महीनों में कोई योजना नहीं ली</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="370"/>
        <source>Scheme ended and not renewed</source>
        <translation>योजना पूरी हुई, दोबारा नहीं ली</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="371"/>
        <source>Not seen for</source>
        <translation>इतने दिनों से नहीं आए:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="372"/>
        <source>days</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="373"/>
        <source>Bought only one category</source>
        <translation>केवल एक ही श्रेणी खरीदी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="374"/>
        <source>VIP: spent at least ₹</source>
        <translation>VIP: कम से कम ₹ की खरीद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="375"/>
        <source>in the last</source>
        <translation>पिछले</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="376"/>
        <source>months</source>
        <translation>महीनों में</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="377"/>
        <source>RFM score at least</source>
        <translation>RFM अंक कम से कम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="378"/>
        <source>any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="379"/>
        <source>Birthday or anniversary this week (family too)</source>
        <translation>इस सप्ताह जन्मदिन या सालगिरह (परिवार सहित)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="380"/>
        <source>Bought at branch</source>
        <translation>इस शाखा से खरीदा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="381"/>
        <source>Bought from salesperson</source>
        <translation>इस विक्रेता से खरीदा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="382"/>
        <source>F5 Run</source>
        <translation>F5 चलाएँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="383"/>
        <source>F6 Save segment</source>
        <translation>F6 समूह सहेजें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="384"/>
        <source>F7 CSV</source>
        <translation>F7 CSV</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="385"/>
        <source>F9 Excel</source>
        <translation>F9 एक्सेल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="388"/>
        <source>any one</source>
        <translation>कोई एक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="390"/>
        <source>Campaign name</source>
        <translation>अभियान का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="391"/>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="616"/>
        <source>Segment</source>
        <translation>ग्राहक समूह</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="392"/>
        <source>Channel</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="393"/>
        <source>Message (empty: the shop&apos;s template)</source>
        <translation>संदेश (खाली: दुकान का तय संदेश)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="394"/>
        <source>Gift voucher ₹ (empty: none)</source>
        <translation>गिफ्ट वाउचर ₹ (खाली: कोई नहीं)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="395"/>
        <source>Voucher valid for days</source>
        <translation>वाउचर कितने दिन मान्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="396"/>
        <source>Hold-out share (gets nothing)</source>
        <translation>रोके गए ग्राहकों का हिस्सा (इन्हें कुछ नहीं भेजा जाता)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="397"/>
        <source>Count bills for days after</source>
        <translation>भेजने के बाद कितने दिन के बिल गिनें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="398"/>
        <source>Hold-out seed (empty: drawn)</source>
        <translation>रोकने का बीज अंक (खाली: अपने आप)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="404"/>
        <source>F10 Start campaign</source>
        <translation>F10 अभियान शुरू करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="405"/>
        <source>F8 Conversions</source>
        <translation>F8 नतीजे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="461"/>
        <source>(new)</source>
        <translation>(नया)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="547"/>
        <source>Tick at least one rule first.</source>
        <translation>पहले कम से कम एक शर्त चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="569"/>
        <source>Tick rules and press F5 to see the customers.</source>
        <translation>शर्तें चुनें और ग्राहक देखने के लिए F5 दबाएँ।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="571"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n ग्राहक</numerusform>
            <numerusform>%n ग्राहक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="574"/>
        <source>(the first %n shown; the exports have all)</source>
        <translation>
            <numerusform>(पहले %n दिखाए गए हैं; फ़ाइल में सभी हैं)</numerusform>
            <numerusform>(पहले %n दिखाए गए हैं; फ़ाइल में सभी हैं)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="595"/>
        <source>Segment {name} saved.</source>
        <translation>समूह {name} सहेजा गया।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="602"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="603"/>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="605"/>
        <source>Last bill</source>
        <translation>आखिरी बिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="606"/>
        <source>Bills</source>
        <translation>बिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="607"/>
        <source>Spend</source>
        <translation>खरीद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="608"/>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="609"/>
        <source>RFM score</source>
        <translation>RFM अंक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="621"/>
        <source>Customers on {day}</source>
        <translation>{day} के ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="638"/>
        <source>Saved {path}</source>
        <translation>सहेजा गया: {path}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="672"/>
        <source>Save a segment first (F3, then F6).</source>
        <translation>पहले एक समूह सहेजें (F3, फिर F6)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="689"/>
        <source>Campaign {name} started: sent to {sent}, held out {held}.</source>
        <translation>अभियान {name} शुरू हुआ: {sent} को भेजा, {held} रोके गए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="706"/>
        <source>No campaign yet: start one with F10.</source>
        <translation>अभी कोई अभियान नहीं: F10 से शुरू करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="721"/>
        <source>Bought</source>
        <translation>खरीदा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="728"/>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="770"/>
        <source>Sent</source>
        <translation>भेजे गए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="728"/>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="770"/>
        <source>Held out</source>
        <translation>रोके गए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="738"/>
        <source>{name}: bought within {days} days</source>
        <translation>{name}: {days} दिनों के अंदर खरीद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="744"/>
        <source>held out</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="744"/>
        <source>sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="754"/>
        <source>Choose a campaign and press F8 to see who bought.</source>
        <translation>अभियान चुनें और किसने खरीदा यह देखने के लिए F8 दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="758"/>
        <source>{label}: {bought} of {all} bought ({pct}%), {bills} bills, {value} ({each} a customer).</source>
        <translation>{label}: {all} में से {bought} ने खरीदा ({pct}%), {bills} बिल, {value} (प्रति ग्राहक {each})।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/campaigns.py" line="773"/>
        <source>Uplift {points} points; {value} more than without the campaign.</source>
        <translation>बढ़त {points} अंक; अभियान के बिना से {value} अधिक।</translation>
    </message>
</context>
<context>
    <name>CancelBillDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/cancel_bill.py" line="120"/>
        <source>Cancel bill</source>
        <translation>बिल रद्द करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/cancel_bill.py" line="121"/>
        <source>Cancel bill {number}</source>
        <translation>बिल {number} रद्द करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/cancel_bill.py" line="124"/>
        <source>Bill {number} of {amount} ({customer}) will be cancelled: it keeps its number, its pieces go back to stock. A manager must approve.</source>
        <translation>{amount} का बिल {number} ({customer}) रद्द होगा: नंबर वही रहेगा, पीस स्टॉक में लौटेंगे। मैनेजर की मंज़ूरी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/cancel_bill.py" line="129"/>
        <source>walk-in</source>
        <translation>बिना ग्राहक विवरण</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/cancel_bill.py" line="132"/>
        <source>&amp;Reason</source>
        <translation>कारण (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/cancel_bill.py" line="133"/>
        <source>&amp;Manager</source>
        <translation>मैनेजर (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/cancel_bill.py" line="134"/>
        <source>Manager&apos;s &amp;PIN</source>
        <translation>मैनेजर का पिन (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/cancel_bill.py" line="135"/>
        <source>e.g. customer changed their mind</source>
        <translation>जैसे ग्राहक ने इरादा बदल दिया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/cancel_bill.py" line="136"/>
        <source>Cancel the bill  (Enter)</source>
        <translation>बिल रद्द करें  (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/cancel_bill.py" line="137"/>
        <source>Keep it  (Esc)</source>
        <translation>रहने दें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/cancel_bill.py" line="153"/>
        <source>Say why the bill is cancelled.</source>
        <translation>बताएँ कि बिल क्यों रद्द हो रहा है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/cancel_bill.py" line="155"/>
        <source>No manager is set up on this counter.</source>
        <translation>इस काउंटर पर कोई मैनेजर नहीं बना है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/cancel_bill.py" line="157"/>
        <source>Type the manager&apos;s PIN.</source>
        <translation>मैनेजर का पिन लिखें।</translation>
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="190"/>
        <source>Cancel order</source>
        <translation>ऑर्डर रद्द करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="191"/>
        <source>Cancel order {number}</source>
        <translation>ऑर्डर {number} रद्द करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="192"/>
        <source>&amp;Reason</source>
        <translation>कारण (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="197"/>
        <source>&amp;Advance {amount}</source>
        <translation>एडवांस {amount} (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="199"/>
        <source>Kept as the customer&apos;s credit</source>
        <translation>ग्राहक के क्रेडिट में रखा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="200"/>
        <source>Refunded to the customer</source>
        <translation>ग्राहक को लौटाया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="201"/>
        <source>Cancel the order  F10</source>
        <translation>ऑर्डर रद्द करें  F10</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="202"/>
        <source>Back  Esc</source>
        <translation>वापस  Esc</translation>
    </message>
</context>
<context>
    <name>CareDialogs</name>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/care_form.py" line="110"/>
        <source>Cancel  (Esc)</source>
        <translation>रद्द करें  (Esc)</translation>
    </message>
</context>
<context>
    <name>CareLabels</name>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="11"/>
        <source>Complaint</source>
        <translation>शिकायत</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="12"/>
        <source>Return</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="15"/>
        <source>Quality or finish</source>
        <translation>गुणवत्ता या फ़िनिश</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="16"/>
        <source>Size or fit</source>
        <translation>साइज़ या फ़िटिंग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="17"/>
        <source>Weight or price</source>
        <translation>वज़न या दाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="18"/>
        <source>Hallmark or purity</source>
        <translation>हॉलमार्क या शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="19"/>
        <source>Delivery delay</source>
        <translation>डिलीवरी में देरी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="20"/>
        <source>Staff behaviour</source>
        <translation>स्टाफ़ का व्यवहार</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="21"/>
        <source>Billing mistake</source>
        <translation>बिल में गलती</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="22"/>
        <source>Exchange wanted</source>
        <translation>बदलना चाहते हैं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="23"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="26"/>
        <source>Open</source>
        <translation>खुली</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="27"/>
        <source>In progress</source>
        <translation>काम चल रहा है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="28"/>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="31"/>
        <source>Door</source>
        <translation>दरवाज़ा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="32"/>
        <source>Counter</source>
        <translation>काउंटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="33"/>
        <source>Billing</source>
        <translation>बिलिंग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="34"/>
        <source>Delivery</source>
        <translation>डिलीवरी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="39"/>
        <source>Greeted at the door</source>
        <translation>दरवाज़े पर स्वागत किया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="40"/>
        <source>Offered a seat and water</source>
        <translation>बैठने को कहा और पानी पूछा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="41"/>
        <source>Asked about the occasion and budget</source>
        <translation>मौका और बजट पूछा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="44"/>
        <source>Showed the purity and HUID of each piece</source>
        <translation>हर पीस की शुद्धता और HUID दिखाया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="47"/>
        <source>Explained the price break-up</source>
        <translation>दाम का पूरा हिसाब समझाया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="48"/>
        <source>Told about the savings scheme</source>
        <translation>बचत योजना के बारे में बताया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="51"/>
        <source>Checked the pieces and weights with the customer</source>
        <translation>ग्राहक के सामने पीस और वज़न मिलाए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/care_labels.py" line="54"/>
        <source>Asked for feedback and thanked the customer</source>
        <translation>राय पूछी और ग्राहक का धन्यवाद किया</translation>
    </message>
</context>
<context>
    <name>ChequesDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_cheques.py" line="45"/>
        <source>Post-dated cheques</source>
        <translation>आगे की तारीख़ के चेक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_cheques.py" line="48"/>
        <source>{name}, passbook {book}: one cheque per instalment of {amount}</source>
        <translation>{name}, पासबुक {book}: {amount} की हर किस्त का एक चेक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_cheques.py" line="65"/>
        <source>&amp;Add cheque (Alt+A)</source>
        <translation>चेक जोड़ें (Alt+A) (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_cheques.py" line="66"/>
        <source>&amp;Present selected (Alt+P)</source>
        <translation>चुने चेक बैंक में लगाएँ (Alt+P) (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_cheques.py" line="67"/>
        <source>&amp;Bounced, with charge (Alt+B)</source>
        <translation>बाउंस, चार्ज के साथ (Alt+B) (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_cheques.py" line="68"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_cheques.py" line="76"/>
        <source>Cheque number (6 digits)</source>
        <translation>चेक नंबर (6 अंक)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_cheques.py" line="77"/>
        <source>Bank</source>
        <translation>बैंक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_cheques.py" line="78"/>
        <source>Date on the cheque (dd-mm-yyyy)</source>
        <translation>चेक की तारीख़ (dd-mm-yyyy)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_cheques.py" line="79"/>
        <source>Bank&apos;s charge for a bounced cheque</source>
        <translation>बाउंस चेक का बैंक चार्ज</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_cheques.py" line="97"/>
        <source>due</source>
        <translation>बाक़ी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_cheques.py" line="98"/>
        <source>presented</source>
        <translation>बैंक में लगा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_cheques.py" line="99"/>
        <source>cleared</source>
        <translation>क्लियर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_cheques.py" line="100"/>
        <source>bounced</source>
        <translation>बाउंस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_cheques.py" line="107"/>
        <source>{no} {bank}  {due}  {amount}  {state}</source>
        <translation>{no} {bank}  {due}  {amount}  {state}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_cheques.py" line="115"/>
        <source>  charge {charge}</source>
        <translation>  चार्ज {charge}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_cheques.py" line="131"/>
        <source>Date on the cheque: type it as dd-mm-yyyy.</source>
        <translation>चेक की तारीख़: dd-mm-yyyy की तरह लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_cheques.py" line="144"/>
        <source>Bank&apos;s charge: type the amount in rupees, e.g. 350</source>
        <translation>बैंक चार्ज: रकम रुपयों में लिखें, जैसे 350</translation>
    </message>
</context>
<context>
    <name>CloseComplaintDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/complaint.py" line="139"/>
        <source>Close the complaint</source>
        <translation>शिकायत बंद करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/complaint.py" line="146"/>
        <source>How it was &amp;resolved</source>
        <translation>कैसे सुलझाई गई (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/complaint.py" line="147"/>
        <source>Close complaint  (Ctrl+S)</source>
        <translation>शिकायत बंद करें  (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/complaint.py" line="38"/>
        <source>New complaint or return</source>
        <translation>नई शिकायत या वापसी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/complaint.py" line="49"/>
        <source>e.g. IB1-C2/25/00042 (empty if none)</source>
        <translation>जैसे IB1-C2/25/00042 (न हो तो खाली छोड़ें)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/complaint.py" line="51"/>
        <source>Nobody yet</source>
        <translation>अभी कोई नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/complaint.py" line="52"/>
        <source>&amp;Follow up on</source>
        <translation>फ़ॉलो-अप की तारीख (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/complaint.py" line="55"/>
        <source>&amp;Kind</source>
        <translation>प्रकार (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/complaint.py" line="56"/>
        <source>&amp;Category</source>
        <translation>श्रेणी (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/complaint.py" line="57"/>
        <source>&amp;Bill number</source>
        <translation>बिल नंबर (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/complaint.py" line="58"/>
        <source>&amp;What happened</source>
        <translation>क्या हुआ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/complaint.py" line="59"/>
        <source>&amp;Handled by</source>
        <translation>कौन देखेगा (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/complaint.py" line="63"/>
        <source>Open complaint  (Ctrl+S)</source>
        <translation>शिकायत दर्ज करें  (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ComplaintsModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/care.py" line="130"/>
        <source>Opened</source>
        <translation>कब दर्ज हुई</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/care.py" line="131"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/care.py" line="132"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/care.py" line="133"/>
        <source>Bill</source>
        <translation>बिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/care.py" line="134"/>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/care.py" line="135"/>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/care.py" line="136"/>
        <source>Handled by</source>
        <translation>कौन देख रहा है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/care.py" line="137"/>
        <source>Follow up</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/care.py" line="143"/>
        <source>{date} (due)</source>
        <translation>{date} (बाकी)</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="239"/>
        <source>F9 Show closed ones too</source>
        <translation>F9 बंद शिकायतें भी दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="240"/>
        <source>F2 New complaint or return</source>
        <translation>F2 नई शिकायत या वापसी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="241"/>
        <source>F3 Follow up</source>
        <translation>F3 फ़ॉलो-अप</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="242"/>
        <source>F4 Close with resolution</source>
        <translation>F4 हल लिखकर बंद करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="265"/>
        <source>Follow-ups due today or earlier: {n}</source>
        <translation>आज या पहले के बाकी फ़ॉलो-अप: {n}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="278"/>
        <source>No complaints open. F2 records a new one.</source>
        <translation>कोई शिकायत खुली नहीं है। नई दर्ज करने के लिए F2 दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="282"/>
        <source>Resolved: {how}</source>
        <translation>हल: {how}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="299"/>
        <source>Choose an open complaint in the list first.</source>
        <translation>पहले सूची में कोई खुली शिकायत चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="328"/>
        <source>Saved.</source>
        <translation>सहेज लिया।</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/sync.py" line="103"/>
        <source>Raised at</source>
        <translation>कब उठा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/sync.py" line="104"/>
        <source>What happened</source>
        <translation>क्या हुआ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/sync.py" line="105"/>
        <source>Piece or voucher</source>
        <translation>पीस या वाउचर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/sync.py" line="106"/>
        <source>Bills</source>
        <translation>बिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/sync.py" line="114"/>
        <source>Piece sold on two bills</source>
        <translation>एक पीस दो बिलों पर बिका</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/sync.py" line="116"/>
        <source>Gift voucher used on two bills for more than its value</source>
        <translation>गिफ़्ट वाउचर दो बिलों पर उसकी क़ीमत से ज़्यादा इस्तेमाल हुआ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/sync.py" line="118"/>
        <source>A row from head office did not fit here</source>
        <translation>हेड ऑफ़िस की एक पंक्ति यहाँ फ़िट नहीं हुई</translation>
    </message>
</context>
<context>
    <name>CouponDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_coupons.py" line="89"/>
        <source>Coupon</source>
        <translation>कूपन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_coupons.py" line="90"/>
        <source>Discount coupon: off making and VA, before tax</source>
        <translation>छूट कूपन: घड़ाई और VA पर, टैक्स से पहले</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_coupons.py" line="91"/>
        <source>Type the coupon code, then Enter</source>
        <translation>कूपन कोड लिखें, फिर Enter दबाएँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_coupons.py" line="92"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_coupons.py" line="106"/>
        <source>Type the coupon code.</source>
        <translation>कूपन कोड लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_coupons.py" line="122"/>
        <source>This coupon is on the bill already.</source>
        <translation>यह कूपन पहले से बिल पर है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_coupons.py" line="130"/>
        <source>{label}: {amount} off before tax.</source>
        <translation>{label}: टैक्स से पहले {amount} की छूट।</translation>
    </message>
</context>
<context>
    <name>Customer360Dialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="100"/>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="104"/>
        <source>Customer 360</source>
        <translation>ग्राहक 360</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="102"/>
        <source>Customer 360: {name}</source>
        <translation>ग्राहक 360: {name}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="106"/>
        <source>Everything with the shop, newest first</source>
        <translation>दुकान के साथ सारा लेन-देन, नया सबसे पहले</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="108"/>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="108"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="108"/>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="108"/>
        <source>Amount</source>
        <translation>रकम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="110"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="139"/>
        <source>Bill</source>
        <translation>बिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="140"/>
        <source>Return</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="141"/>
        <source>Old gold bought</source>
        <translation>पुराना सोना ख़रीदा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="142"/>
        <source>Points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="143"/>
        <source>Gift voucher</source>
        <translation>गिफ्ट वाउचर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="144"/>
        <source>Credit</source>
        <translation>क्रेडिट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="145"/>
        <source>Feedback</source>
        <translation>फ़ीडबैक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="146"/>
        <source>Complaint</source>
        <translation>शिकायत</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="151"/>
        <source>not given</source>
        <translation>नहीं दिया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="153"/>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="154"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="156"/>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="163"/>
        <source>Birthday</source>
        <translation>जन्मदिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="164"/>
        <source>Anniversary</source>
        <translation>सालगिरह</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="165"/>
        <source>Native place</source>
        <translation>मूल स्थान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="166"/>
        <source>Family</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="167"/>
        <source>Who wears</source>
        <translation>कौन पहनता है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="168"/>
        <source>Heard of us</source>
        <translation>हमारे बारे में कहाँ से सुना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="169"/>
        <source>Contact by</source>
        <translation>संपर्क का तरीक़ा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="170"/>
        <source>Spending capacity</source>
        <translation>ख़र्च की क्षमता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="171"/>
        <source>PAN</source>
        <translation>पैन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="172"/>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="180"/>
        <source>birthday {d}</source>
        <translation>जन्मदिन {d}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="183"/>
        <source>anniversary {d}</source>
        <translation>सालगिरह {d}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="191"/>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="191"/>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="193"/>
        <source>Family members</source>
        <translation>परिवार के सदस्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="195"/>
        <source>Messages</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="196"/>
        <source>consent {c}, do not disturb {d}</source>
        <translation>सहमति {c}, परेशान न करें {d}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="206"/>
        <source>Lifetime value: {v}</source>
        <translation>अब तक की कुल ख़रीद: {v}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="207"/>
        <source>Bills: {n}   Visits: {v}</source>
        <translation>बिल: {n}   आना: {v}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="208"/>
        <source>Average bill: {v}</source>
        <translation>औसत बिल: {v}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="209"/>
        <source>Favourite: {c}</source>
        <translation>पसंदीदा: {c}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="210"/>
        <source>Points balance: {n}</source>
        <translation>पॉइंट बैलेंस: {n}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_360.py" line="229"/>
        <source>{what} (cancelled)</source>
        <translation>{what} (रद्द)</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/customer_display.py" line="254"/>
        <source>Customer display</source>
        <translation>ग्राहक डिस्प्ले</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/customer_display.py" line="255"/>
        <source>Welcome</source>
        <translation>स्वागत है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/customer_display.py" line="271"/>
        <source>Other set-offs</source>
        <translation>अन्य कटौती</translation>
    </message>
</context>
<context>
    <name>CustomerPickDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="256"/>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="257"/>
        <source>Customer on the bill</source>
        <translation>बिल पर ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="260"/>
        <source>&amp;Mobile number or name</source>
        <translation>मोबाइल नंबर या नाम (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="261"/>
        <source>e.g. 98200 12345 or Priya</source>
        <translation>जैसे 98200 12345 या प्रिया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="264"/>
        <source>↑ ↓ choose, Enter puts the customer on the bill. A new mobile number + Enter adds a customer. Ctrl+N: new customer.</source>
        <translation>↑ ↓ से चुनें, Enter से ग्राहक बिल पर। नया मोबाइल नंबर + Enter से नया ग्राहक। Ctrl+N: नया ग्राहक।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="269"/>
        <source>M&amp;obile</source>
        <translation>मोबाइल (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="270"/>
        <source>&amp;Name</source>
        <translation>नाम (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="271"/>
        <source>&amp;State</source>
        <translation>राज्य (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="272"/>
        <source>&amp;Address</source>
        <translation>पता (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="273"/>
        <source>&amp;City</source>
        <translation>शहर (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="274"/>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="275"/>
        <source>&amp;PAN</source>
        <translation>पैन (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="279"/>
        <source>Form &amp;60 given instead of PAN</source>
        <translation>PAN की जगह फ़ॉर्म 60 दिया (&amp;6)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="280"/>
        <source>Save and put on bill  (Enter)</source>
        <translation>सेव करें और बिल पर लगाएँ  (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="281"/>
        <source>New customer  (Ctrl+N)</source>
        <translation>नया ग्राहक  (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="282"/>
        <source>No customer</source>
        <translation>कोई ग्राहक नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="283"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="284"/>
        <source>360 view  (Ctrl+I)</source>
        <translation>360 व्यू  (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="286"/>
        <source>Complete the customer&apos;s details</source>
        <translation>ग्राहक का विवरण पूरा करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="288"/>
        <source>New customer</source>
        <translation>नया ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="296"/>
        <source>Taxable value is ₹50,000 or more: the buyer&apos;s name, address and state are needed.</source>
        <translation>कर योग्य मूल्य ₹50,000 या ज़्यादा है: खरीदार का नाम, पता और राज्य चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="301"/>
        <source>Invoice value is above ₹2,00,000: PAN or Form 60 is needed.</source>
        <translation>इनवॉइस मूल्य ₹2,00,000 से ज़्यादा है: PAN या फ़ॉर्म 60 चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="343"/>
        <source>PAN ✓</source>
        <translation>PAN ✓</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="367"/>
        <source>Type the customer&apos;s 10-digit mobile number or a name.</source>
        <translation>ग्राहक का 10 अंकों का मोबाइल नंबर या नाम लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="396"/>
        <source>Needed for this bill: PAN, or tick Form 60.</source>
        <translation>इस बिल के लिए ज़रूरी: PAN, या फ़ॉर्म 60 पर टिक करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="398"/>
        <source>Needed for this bill: the buyer&apos;s address.</source>
        <translation>इस बिल के लिए ज़रूरी: खरीदार का पता।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="400"/>
        <source>Needed for this bill: the buyer&apos;s state.</source>
        <translation>इस बिल के लिए ज़रूरी: खरीदार का राज्य।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="401"/>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="470"/>
        <source>This is required.</source>
        <translation>यह भरना ज़रूरी है।</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/customers.py" line="42"/>
        <location filename="../../src/jewelpos/ui/screens/customers.py" line="166"/>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/customers.py" line="167"/>
        <source>Find by mobile number or name</source>
        <translation>मोबाइल नंबर या नाम से खोजें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/customers.py" line="168"/>
        <source>e.g. 98200 12345 or Priya</source>
        <translation>जैसे 98200 12345 या प्रिया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/customers.py" line="170"/>
        <source>Type to find. ↓ into the list, ↑ ↓ choose, Enter opens the 360 view.</source>
        <translation>खोजने के लिए लिखें। ↓ से सूची में जाएँ, ↑ ↓ से चुनें, Enter से 360 व्यू खुलेगा।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/customers.py" line="172"/>
        <source>F5 Duplicates</source>
        <translation>F5 दोहरे ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/customers.py" line="173"/>
        <source>F6 Sell gift voucher</source>
        <translation>F6 गिफ्ट वाउचर बेचें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/customers.py" line="174"/>
        <source>F7 New coupon</source>
        <translation>F7 नया कूपन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/customers.py" line="223"/>
        <source>No customer found: type a mobile or a name.</source>
        <translation>कोई ग्राहक नहीं मिला: मोबाइल या नाम लिखें।</translation>
    </message>
</context>
<context>
    <name>DayEndDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="226"/>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="123"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="32"/>
        <source>Day end</source>
        <translation>दिन की समाप्ति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="227"/>
        <source>Day end - {day}</source>
        <translation>दिन की समाप्ति - {day}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="228"/>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="197"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="79"/>
        <source>Cash counted</source>
        <translation>गिना गया कैश</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="229"/>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="198"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="80"/>
        <source>Cash expected</source>
        <translation>अपेक्षित कैश</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="230"/>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="199"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="81"/>
        <source>Difference</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="231"/>
        <source>Save report PDF  (Ctrl+S)</source>
        <translation>रिपोर्ट PDF सेव करें  (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="232"/>
        <source>Print slip  (Ctrl+P)</source>
        <translation>स्लिप प्रिंट करें  (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="233"/>
        <source>Close the day  (F10)</source>
        <translation>दिन बंद करें  (F10)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="234"/>
        <source>Reopen the day  (Ctrl+R)</source>
        <translation>दिन दोबारा खोलें  (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="235"/>
        <source>&amp;Opening float (cash at the start), ₹</source>
        <translation>शुरुआती कैश (दिन की शुरुआत में), ₹ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="237"/>
        <source>R&amp;eason to reopen</source>
        <translation>दोबारा खोलने का कारण (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="238"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="287"/>
        <source>The day is closed by {name} at {time}: no more bills today.</source>
        <translation>{name} ने {time} पर दिन बंद किया: आज और बिल नहीं बनेंगे।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="319"/>
        <source>{amount} - matches</source>
        <translation>{amount} - मिलान सही</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="321"/>
        <source>{amount} short</source>
        <translation>{amount} कम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="323"/>
        <source>{amount} extra</source>
        <translation>{amount} ज़्यादा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="329"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="339"/>
        <source>Cash</source>
        <translation>कैश</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="340"/>
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="341"/>
        <source>UPI</source>
        <translation>यूपीआई</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="342"/>
        <source>Cheque</source>
        <translation>चेक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="343"/>
        <source>Bank transfer</source>
        <translation>बैंक ट्रांसफ़र</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="362"/>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="130"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="40"/>
        <source>Sales</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="363"/>
        <source>{n} bills · taxable {taxable} · GST {gst} · net sales {net}</source>
        <translation>{n} बिल · कर योग्य {taxable} · GST {gst} · शुद्ध बिक्री {net}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="369"/>
        <source>Old gold bought {amount}</source>
        <translation>पुराना सोना खरीदा {amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="370"/>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="156"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="57"/>
        <source>By payment mode</source>
        <translation>भुगतान के तरीके से</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="371"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="62"/>
        <source>By category</source>
        <translation>श्रेणी के अनुसार</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="372"/>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="162"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="373"/>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="163"/>
        <source>Pieces</source>
        <translation>पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="374"/>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="164"/>
        <source>Net g</source>
        <translation>शुद्ध ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="375"/>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="165"/>
        <source>Taxable</source>
        <translation>कर योग्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="376"/>
        <source>Cancellations and returns</source>
        <translation>रद्द बिल और वापसी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="377"/>
        <source>No cancellations</source>
        <translation>कोई बिल रद्द नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="378"/>
        <source>Returns: {n}, {amount}</source>
        <translation>वापसी: {n}, {amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="381"/>
        <source>Open estimates (lapse at close): {n}</source>
        <translation>खुले एस्टिमेट (दिन बंद होने पर समाप्त): {n}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="382"/>
        <source>Cash paid back on returns: -{amount}</source>
        <translation>वापसी पर लौटाया कैश: -{amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="385"/>
        <source>Gift vouchers sold: {amount} (in cash {cash})</source>
        <translation>बिके गिफ़्ट वाउचर: {amount} (नक़द {cash})</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="411"/>
        <source>Close {day}: cash counted {counted}, expected {expected} ({diff}). No more bills can be made today.</source>
        <translation>{day} बंद करें: गिना गया कैश {counted}, अपेक्षित {expected} ({diff})। आज और बिल नहीं बन सकेंगे।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="440"/>
        <source>A manager can reopen the day until {time} (type the reason, then Ctrl+R), as long as its report has not reached head office.</source>
        <translation>मैनेजर {time} तक दिन दोबारा खोल सकते हैं (कारण लिखें, फिर Ctrl+R), जब तक इसकी रिपोर्ट हेड ऑफ़िस नहीं पहुँची हो।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="464"/>
        <source>Type why the day is reopened (Alt+E), then press Ctrl+R again.</source>
        <translation>दिन दोबारा खोलने का कारण लिखें (Alt+E), फिर Ctrl+R दोबारा दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="474"/>
        <source>Reopen {day} so that bills can be saved again: {reason}</source>
        <translation>{day} दोबारा खोलें ताकि फिर से बिल सेव हो सकें: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="508"/>
        <source>The day is open again: bills can be saved. Close it again when done.</source>
        <translation>दिन फिर से खुल गया: बिल सेव हो सकते हैं। काम पूरा होने पर इसे फिर बंद करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="544"/>
        <source>Day-end report saved as {path}.</source>
        <translation>दिन की रिपोर्ट {path} में सेव हुई।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="546"/>
        <source>The day is closed.</source>
        <translation>दिन बंद हो गया।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="561"/>
        <source>Day-end slip printed.</source>
        <translation>दिन की स्लिप छप गई।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="565"/>
        <source>The day-end slip was not printed: {why}</source>
        <translation>दिन की स्लिप नहीं छपी: {why}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="116"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="34"/>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="118"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="36"/>
        <source>Open (not closed yet)</source>
        <translation>खुला (अभी बंद नहीं हुआ)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="132"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="41"/>
        <source>Bills</source>
        <translation>बिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="137"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="47"/>
        <source>Net sales</source>
        <translation>शुद्ध बिक्री</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="139"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="49"/>
        <source>Returns (credit notes)</source>
        <translation>वापसी (क्रेडिट नोट)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="143"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="52"/>
        <source>Cash refunds (credit notes)</source>
        <translation>कैश वापसी (क्रेडिट नोट)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="147"/>
        <location filename="../../src/jewelpos/printing/labels.py" line="36"/>
        <source>Gift vouchers sold (in cash)</source>
        <translation>बेचे गए गिफ़्ट वाउचर (नकद में)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="150"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="54"/>
        <source>Cancelled bills</source>
        <translation>रद्द बिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="151"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="55"/>
        <source>Open estimates</source>
        <translation>खुले एस्टिमेट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="183"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="67"/>
        <source>Cancelled bill</source>
        <translation>रद्द बिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="185"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="186"/>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="196"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="78"/>
        <source>Opening float</source>
        <translation>शुरुआती कैश</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="201"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="83"/>
        <source>Closed by {name} at {time}</source>
        <translation>{name} ने {time} पर बंद किया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="207"/>
        <source>Denomination</source>
        <translation>नोट / सिक्का</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="208"/>
        <source>Count</source>
        <translation>गिनती</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="217"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="73"/>
        <source>Cash expected in the drawer: {amount}</source>
        <translation>दराज़ में अपेक्षित कैश: {amount}</translation>
    </message>
</context>
<context>
    <name>DeliverToDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/deliver_to.py" line="110"/>
        <source>Deliver to</source>
        <translation>डिलीवरी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/deliver_to.py" line="111"/>
        <source>Where are the goods handed over?</source>
        <translation>माल कहाँ सौंपा जा रहा है?</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/deliver_to.py" line="114"/>
        <source>Goods taken at the counter are supplied in the shop&apos;s state (CGST + SGST), whoever the buyer is. Only goods sent to an address in another state are IGST.</source>
        <translation>काउंटर से ले जाया गया माल दुकान के राज्य में दी गई सप्लाई है (CGST + SGST), खरीदार कोई भी हो। सिर्फ़ दूसरे राज्य के पते पर भेजे गए माल पर IGST लगता है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/deliver_to.py" line="118"/>
        <source>At the &amp;counter (the customer takes them)</source>
        <translation>काउंटर पर (ग्राहक ख़ुद ले जाते हैं) (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/deliver_to.py" line="119"/>
        <source>&amp;Sent to an address</source>
        <translation>पते पर भेजा गया (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/deliver_to.py" line="120"/>
        <source>&amp;Address</source>
        <translation>पता (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/deliver_to.py" line="121"/>
        <source>S&amp;tate</source>
        <translation>राज्य (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/deliver_to.py" line="122"/>
        <source>house, street, city, PIN code</source>
        <translation>मकान, गली, शहर, पिन कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/deliver_to.py" line="123"/>
        <source>OK  (Ctrl+Enter)</source>
        <translation>ठीक है  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/deliver_to.py" line="124"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/deliver_to.py" line="171"/>
        <source>Place of supply: the shop&apos;s state. CGST + SGST.</source>
        <translation>सप्लाई की जगह: दुकान का राज्य। CGST + SGST।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/deliver_to.py" line="173"/>
        <source>Sent within the shop&apos;s state: CGST + SGST.</source>
        <translation>दुकान के राज्य के अंदर भेजा गया: CGST + SGST।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/deliver_to.py" line="175"/>
        <source>Sent to another state: IGST.</source>
        <translation>दूसरे राज्य में भेजा गया: IGST।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/deliver_to.py" line="185"/>
        <source>Type the address the goods are sent to.</source>
        <translation>जिस पते पर माल भेजा गया है, वह लिखें।</translation>
    </message>
</context>
<context>
    <name>DenominationModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/day_end.py" line="77"/>
        <source>Note / coin ₹</source>
        <translation>नोट / सिक्का ₹</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/day_end.py" line="78"/>
        <source>Count</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/day_end.py" line="79"/>
        <source>Amount ₹</source>
        <translation>रकम ₹</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="206"/>
        <source>Discount</source>
        <translation>छूट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="207"/>
        <source>Discount on making charges</source>
        <translation>मेकिंग चार्ज पर छूट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="208"/>
        <source>&amp;Making discount %</source>
        <translation>मेकिंग पर छूट % (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="209"/>
        <source>On &amp;all lines of the bill</source>
        <translation>बिल की सभी लाइनों पर (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="210"/>
        <source>Apply  (Enter)</source>
        <translation>लागू करें  (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="211"/>
        <source>Cancel  (Esc)</source>
        <translation>रद्द करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="226"/>
        <source>Type a percentage from 0 to 100.</source>
        <translation>0 से 100 के बीच प्रतिशत लिखें।</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/duplicates.py" line="93"/>
        <source>Duplicate customers</source>
        <translation>दोहरे ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/duplicates.py" line="94"/>
        <source>Customers who look like one person</source>
        <translation>ग्राहक जो एक ही व्यक्ति लगते हैं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/duplicates.py" line="97"/>
        <source>↑ ↓ choose a pair. Ctrl+M merges the second into the first: every bill, return, point, credit and voucher stays and shows under the first.</source>
        <translation>↑ ↓ से जोड़ी चुनें। Ctrl+M दूसरे को पहले में मिला देगा: हर बिल, वापसी, पॉइंट, क्रेडिट और वाउचर बना रहेगा और पहले ग्राहक के नाम दिखेगा।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/duplicates.py" line="101"/>
        <source>Merge  (Ctrl+M)</source>
        <translation>मिलाएँ  (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/duplicates.py" line="102"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/duplicates.py" line="115"/>
        <source>same mobile</source>
        <translation>एक ही मोबाइल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/duplicates.py" line="116"/>
        <source>same PAN</source>
        <translation>एक ही पैन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/duplicates.py" line="117"/>
        <source>same name and address</source>
        <translation>एक ही नाम और पता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/duplicates.py" line="135"/>
        <source>No duplicates found.</source>
        <translation>कोई दोहरा ग्राहक नहीं मिला।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/duplicates.py" line="154"/>
        <source>Merged.</source>
        <translation>मिला दिया।</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_dialogs.py" line="129"/>
        <source>Enrol a member</source>
        <translation>सदस्य जोड़ें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_dialogs.py" line="136"/>
        <source>{name}: {count} x {amount}</source>
        <translation>{name}: {count} x {amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_dialogs.py" line="146"/>
        <source>Enrol  (Enter)</source>
        <translation>सदस्य बनाएँ  (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_dialogs.py" line="152"/>
        <source>Member&apos;s mobile</source>
        <translation>सदस्य का मोबाइल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_dialogs.py" line="153"/>
        <source>Plan</source>
        <translation>योजना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_dialogs.py" line="154"/>
        <source>Nominee</source>
        <translation>नॉमिनी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_dialogs.py" line="155"/>
        <source>Passbook number (empty: the next one)</source>
        <translation>पासबुक नंबर (ख़ाली: अगला नंबर)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_dialogs.py" line="166"/>
        <source>Plan: a manager must define a plan first.</source>
        <translation>योजना: पहले मैनेजर को योजना बनानी होगी।</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/care.py" line="100"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/care.py" line="101"/>
        <source>Bill</source>
        <translation>बिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/care.py" line="102"/>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/care.py" line="103"/>
        <source>Rating</source>
        <translation>रेटिंग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/care.py" line="104"/>
        <source>Comment</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/care.py" line="105"/>
        <source>Taken by</source>
        <translation>किसने ली</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="104"/>
        <source>&amp;Bill number</source>
        <translation>बिल नंबर (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="105"/>
        <source>&amp;Rating (type 1 to 5)</source>
        <translation>रेटिंग, 1 से 5 टाइप करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="106"/>
        <source>C&amp;omment</source>
        <translation>टिप्पणी (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="107"/>
        <source>Feedback co&amp;de (if the customer has one)</source>
        <translation>फ़ीडबैक कोड, अगर ग्राहक के पास हो (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="112"/>
        <source>as printed on the bill, e.g. IB1-C2/25/00042</source>
        <translation>जैसा बिल पर छपा है, जैसे IB1-C2/25/00042</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="114"/>
        <source>Very poor</source>
        <translation>बहुत खराब</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="115"/>
        <source>Poor</source>
        <translation>खराब</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="116"/>
        <source>Average</source>
        <translation>ठीक-ठाक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="117"/>
        <source>Good</source>
        <translation>अच्छा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="118"/>
        <source>Excellent</source>
        <translation>बहुत बढ़िया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="125"/>
        <source>Ctrl+S Save rating</source>
        <translation>Ctrl+S रेटिंग सहेजें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="137"/>
        <source>Ratings: {count}, on average {average} of 5</source>
        <translation>रेटिंग: {count}, औसत 5 में से {average}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="161"/>
        <source>Rating of bill {bill} saved. Thank you!</source>
        <translation>बिल {bill} की रेटिंग सहेज ली गई। धन्यवाद!</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/feedback.py" line="23"/>
        <source>Feedback</source>
        <translation>फ़ीडबैक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/feedback.py" line="76"/>
        <source>Feedback, complaints and staff targets</source>
        <translation>फ़ीडबैक, शिकायतें और स्टाफ़ के लक्ष्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/feedback.py" line="78"/>
        <source>F5 Feedback</source>
        <translation>F5 फ़ीडबैक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/feedback.py" line="79"/>
        <source>F6 Complaints</source>
        <translation>F6 शिकायतें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/feedback.py" line="80"/>
        <source>F7 Touch points</source>
        <translation>F7 टच पॉइंट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/feedback.py" line="81"/>
        <source>F8 Staff targets</source>
        <translation>F8 स्टाफ़ के लक्ष्य</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/complaint.py" line="94"/>
        <source>Follow up</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/complaint.py" line="100"/>
        <source>Nobody yet</source>
        <translation>अभी कोई नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/complaint.py" line="102"/>
        <source>&amp;Follow up on</source>
        <translation>फ़ॉलो-अप की तारीख (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/complaint.py" line="106"/>
        <source>&amp;Handled by</source>
        <translation>कौन देखेगा (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/complaint.py" line="110"/>
        <source>Save  (Ctrl+S)</source>
        <translation>सहेजें  (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>GstSettingsDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="40"/>
        <source>Sales</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="41"/>
        <source>Sales: job work</source>
        <translation>बिक्री: जॉब वर्क</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="42"/>
        <source>CGST</source>
        <translation>CGST</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="43"/>
        <source>SGST</source>
        <translation>SGST</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="44"/>
        <source>IGST</source>
        <translation>IGST</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="45"/>
        <source>Cash</source>
        <translation>नकद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="46"/>
        <source>Bank (card, UPI, cheque)</source>
        <translation>बैंक (कार्ड, UPI, चेक)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="47"/>
        <source>Old gold purchase</source>
        <translation>पुराना सोना ख़रीद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="48"/>
        <source>Round off</source>
        <translation>राउंड ऑफ़</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="49"/>
        <source>Counter customers</source>
        <translation>काउंटर ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="50"/>
        <source>Customer advances</source>
        <translation>ग्राहक अग्रिम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="51"/>
        <source>Sales return</source>
        <translation>बिक्री वापसी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="160"/>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="161"/>
        <source>GST, e-invoice and Tally settings</source>
        <translation>GST, ई-इनवॉइस और टैली सेटिंग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="163"/>
        <source>GST&amp;IN for e-invoices</source>
        <translation>ई-इनवॉइस का GST&amp;IN</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="164"/>
        <source>E-invoice &amp;turnover limit, Rs</source>
        <translation>ई-इनवॉइस &amp;टर्नओवर सीमा, रु</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="165"/>
        <source>&amp;B2C large limit, Rs</source>
        <translation>&amp;B2C बड़ी सीमा, रु</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="166"/>
        <source>GSP &amp;web address</source>
        <translation>GSP &amp;वेब पता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="167"/>
        <source>GSP &amp;user name</source>
        <translation>GSP &amp;यूज़र नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="168"/>
        <source>GSP &amp;password</source>
        <translation>GSP &amp;पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="172"/>
        <source>blank: the shop&apos;s own GSTIN</source>
        <translation>ख़ाली: दुकान का अपना GSTIN</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="173"/>
        <source>e.g. https://gsp.example.in/einvoice</source>
        <translation>जैसे https://gsp.example.in/einvoice</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="174"/>
        <source>&amp;HSN summary in separate B2B and B2C lists</source>
        <translation>&amp;HSN सारांश B2B और B2C की अलग सूचियों में</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="175"/>
        <source>Tally ledgers</source>
        <translation>टैली लेजर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="178"/>
        <source>Save  (Ctrl+S)</source>
        <translation>सहेजें  (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="179"/>
        <source>Cancel  (Esc)</source>
        <translation>रद्द करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="211"/>
        <source>Type an amount in rupees, like 50000000.</source>
        <translation>रुपये में रक़म लिखें, जैसे 50000000.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/gst_settings.py" line="239"/>
        <source>Type the Tally ledger for {account} (1 to 100 letters).</source>
        <translation>{account} का टैली लेजर लिखें (1 से 100 अक्षर)।</translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="92"/>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="93"/>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="165"/>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="95"/>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="156"/>
        <source>Import stock or customers</source>
        <translation>स्टॉक या ग्राहक आयात करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="157"/>
        <source>Stock</source>
        <translation>स्टॉक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="158"/>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="159"/>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="160"/>
        <source>A .csv or .xlsx file; Enter reads its columns</source>
        <translation>.csv या .xlsx फ़ाइल; Enter दबाने पर उसके कॉलम पढ़े जाते हैं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="161"/>
        <source>Choose…  Ctrl+O</source>
        <translation>चुनें…  Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="162"/>
        <source>Check (dry run)  F5</source>
        <translation>जाँचें (बिना आयात)  F5</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="163"/>
        <source>Import  F10</source>
        <translation>आयात करें  F10</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="164"/>
        <source>Cancel  Esc</source>
        <translation>रद्द करें  Esc</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="165"/>
        <source>Column in the file</source>
        <translation>फ़ाइल का कॉलम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="171"/>
        <source>Tag code</source>
        <translation>टैग कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="172"/>
        <source>Category (code or name)</source>
        <translation>श्रेणी (कोड या नाम)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="173"/>
        <source>Metal</source>
        <translation>धातु</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="174"/>
        <source>Purity (916, 22K, 22K916)</source>
        <translation>शुद्धता (916, 22K, 22K916)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="175"/>
        <source>Gross weight, g</source>
        <translation>कुल वज़न, ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="176"/>
        <source>Stone weight, g</source>
        <translation>नग वज़न, ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="177"/>
        <source>Stone weight, carats</source>
        <translation>नग वज़न, कैरेट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="178"/>
        <source>Net weight, g</source>
        <translation>शुद्ध वज़न, ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="179"/>
        <source>Number of stones</source>
        <translation>नगों की संख्या</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="180"/>
        <source>Stone value, ₹</source>
        <translation>नग मूल्य, ₹</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="181"/>
        <source>Design no.</source>
        <translation>डिज़ाइन नं.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="182"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="183"/>
        <source>HUIDs</source>
        <translation>एचयूआईडी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="184"/>
        <source>Cost, ₹</source>
        <translation>लागत, ₹</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="185"/>
        <source>Location / counter</source>
        <translation>स्थान / काउंटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="186"/>
        <source>Tray</source>
        <translation>ट्रे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="187"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="188"/>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="189"/>
        <source>Other phone</source>
        <translation>दूसरा फ़ोन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="190"/>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="191"/>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="192"/>
        <source>State code</source>
        <translation>राज्य कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="193"/>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="194"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="195"/>
        <source>Birthday</source>
        <translation>जन्मदिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="196"/>
        <source>Anniversary</source>
        <translation>सालगिरह</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="197"/>
        <source>PAN</source>
        <translation>पैन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="198"/>
        <source>GSTIN</source>
        <translation>जीएसटीआईएन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="199"/>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="223"/>
        <source>File to import</source>
        <translation>आयात करने की फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="223"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>स्प्रेडशीट (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="250"/>
        <source>(do not import)</source>
        <translation>(आयात न करें)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="255"/>
        <source>{rows} rows read</source>
        <translation>{rows} पंक्तियाँ पढ़ी गईं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="294"/>
        <source>All {rows} rows are good. F10 imports them.</source>
        <translation>सभी {rows} पंक्तियाँ ठीक हैं। F10 से आयात करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="300"/>
        <source>{bad} of {rows} rows have problems; fix them in the file.</source>
        <translation>{rows} में से {bad} पंक्तियों में समस्या है; उन्हें फ़ाइल में ठीक करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="339"/>
        <source>Imported {rows} rows.</source>
        <translation>{rows} पंक्तियाँ आयात हुईं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="346"/>
        <source>Nothing was imported: {bad} rows have problems (listed).</source>
        <translation>कुछ भी आयात नहीं हुआ: {bad} पंक्तियों में समस्या है (सूची देखें)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="350"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>आयात रद्द हुआ; कुछ भी आयात नहीं हुआ।</translation>
    </message>
</context>
<context>
    <name>InstalmentDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_dialogs.py" line="70"/>
        <source>Take an instalment</source>
        <translation>किस्त लें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_dialogs.py" line="72"/>
        <source>{name}, passbook {book}: {paid} of {count} paid</source>
        <translation>{name}, पासबुक {book}: {count} में से {paid} जमा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_dialogs.py" line="88"/>
        <source>Take  (Enter)</source>
        <translation>लें  (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_dialogs.py" line="94"/>
        <source>Amount</source>
        <translation>रकम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_dialogs.py" line="95"/>
        <source>Paid by</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_dialogs.py" line="96"/>
        <source>Reference (UPI, card or cheque)</source>
        <translation>रेफ़रेंस (यूपीआई, कार्ड या चेक)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_dialogs.py" line="111"/>
        <source>Amount: type the amount in rupees, e.g. 5000</source>
        <translation>रकम: रुपयों में लिखें, जैसे 5000</translation>
    </message>
</context>
<context>
    <name>KarigarsDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="73"/>
        <source>Karigar</source>
        <translation>कारीगर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="74"/>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="210"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="75"/>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="211"/>
        <source>Specialities</source>
        <translation>ख़ासियत</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="77"/>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="212"/>
        <source>Usual wastage %</source>
        <translation>आम वेस्टेज %</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="80"/>
        <source>Metal balance (fine)</source>
        <translation>धातु बैलेंस (फ़ाइन)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="96"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="97"/>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="213"/>
        <source>Entry</source>
        <translation>एंट्री</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="99"/>
        <source>Weight</source>
        <translation>वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="103"/>
        <source>Fine</source>
        <translation>फ़ाइन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="105"/>
        <source>Balance</source>
        <translation>बैलेंस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="109"/>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="216"/>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="204"/>
        <source>Karigars</source>
        <translation>कारीगर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="205"/>
        <source>Karigars and their metal (Ctrl+L list)</source>
        <translation>कारीगर और उनकी धातु (Ctrl+L सूची)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="206"/>
        <source>New karigar  Ctrl+N</source>
        <translation>नया कारीगर  Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="207"/>
        <source>Metal for the chosen karigar  Ctrl+M</source>
        <translation>चुने गए कारीगर की धातु  Ctrl+M</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="209"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="214"/>
        <source>Purity</source>
        <translation>शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="215"/>
        <source>Weight (g)</source>
        <translation>वज़न (ग्रा.)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="219"/>
        <source>Metal issued to him</source>
        <translation>उसे दी गई धातु</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="220"/>
        <source>Metal returned by him</source>
        <translation>उससे लौटी धातु</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="221"/>
        <source>Add karigar  Enter</source>
        <translation>कारीगर जोड़ें  Enter</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="222"/>
        <source>Record metal  Enter</source>
        <translation>धातु दर्ज करें  Enter</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="223"/>
        <source>Close  Esc</source>
        <translation>बंद करें  Esc</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="229"/>
        <source>Metal issued</source>
        <translation>धातु दी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="230"/>
        <source>Metal returned</source>
        <translation>धातु लौटी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="231"/>
        <source>Piece delivered</source>
        <translation>पीस जमा किया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="232"/>
        <source>Wastage allowed</source>
        <translation>छूट वाला वेस्टेज</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="288"/>
        <source>Karigar {name} added.</source>
        <translation>कारीगर {name} जोड़ा गया।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="297"/>
        <source>Choose a karigar in the list first (Ctrl+L).</source>
        <translation>पहले सूची में कारीगर चुनें (Ctrl+L)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="307"/>
        <source>Type the purity as a number, like 999 or 916.</source>
        <translation>शुद्धता अंकों में लिखें, जैसे 999 या 916।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/karigars.py" line="326"/>
        <source>{name}: metal balance {balance} fine.</source>
        <translation>{name}: धातु बैलेंस {balance} फ़ाइन।</translation>
    </message>
</context>
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
        <location filename="../../src/jewelpos/ui/labels.py" line="21"/>
        <source>Missing</source>
        <translation>गुम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="24"/>
        <source>Owner</source>
        <translation>मालिक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="25"/>
        <source>Manager</source>
        <translation>मैनेजर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="26"/>
        <source>Cashier</source>
        <translation>कैशियर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="27"/>
        <source>Salesperson</source>
        <translation>सेल्सपर्सन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="31"/>
        <source>Cash</source>
        <translation>कैश</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="32"/>
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="33"/>
        <source>UPI</source>
        <translation>यूपीआई</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="34"/>
        <source>Cheque</source>
        <translation>चेक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/labels.py" line="35"/>
        <source>Bank transfer</source>
        <translation>बैंक ट्रांसफ़र</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/login.py" line="119"/>
        <source>JewelPOS - log in</source>
        <translation>JewelPOS - लॉग इन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/login.py" line="120"/>
        <source>Log in</source>
        <translation>लॉग इन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/login.py" line="121"/>
        <source>&amp;User (type a name to find it)</source>
        <translation>उपयोगकर्ता - नाम टाइप करके ढूँढें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/login.py" line="122"/>
        <source>&amp;PIN</source>
        <translation>पिन (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/login.py" line="123"/>
        <source>Log in  (Enter)</source>
        <translation>लॉग इन  (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/login.py" line="124"/>
        <source>Quit  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/login.py" line="191"/>
        <source>Type your PIN.</source>
        <translation>अपना पिन टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/login.py" line="218"/>
        <source>Choose a new PIN</source>
        <translation>नया पिन चुनें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/login.py" line="220"/>
        <source>{name}, your PIN was reset. Choose a new PIN of your own (not the temporary one) and type it twice.</source>
        <translation>{name}, आपका पिन रीसेट हुआ है। अपना नया पिन चुनें (अस्थायी पिन नहीं) और उसे दो बार लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/login.py" line="238"/>
        <source>Choose a PIN other than the temporary one.</source>
        <translation>अस्थायी पिन से अलग कोई पिन चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/login.py" line="265"/>
        <source>Your PIN was not changed. Log in with the temporary PIN again.</source>
        <translation>आपका पिन नहीं बदला। अस्थायी पिन से फिर लॉग इन करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/login.py" line="272"/>
        <source>Too many wrong PINs. Try again at {time}.</source>
        <translation>बहुत बार ग़लत पिन। {time} बजे फिर कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="378"/>
        <source>JewelPOS - {shop}</source>
        <translation>JewelPOS - {shop}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="379"/>
        <source>Billing</source>
        <translation>बिलिंग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="380"/>
        <source>Rates</source>
        <translation>दर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="381"/>
        <source>Stock</source>
        <translation>स्टॉक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="392"/>
        <source>Day end</source>
        <translation>दिन की समाप्ति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="393"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="394"/>
        <source>Log out</source>
        <translation>लॉग आउट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="395"/>
        <source>Working…</source>
        <translation>काम चल रहा है…</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="421"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="427"/>
        <source>Branch {branch} · Counter {counter}</source>
        <translation>शाखा {branch} · काउंटर {counter}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="461"/>
        <source>{metal} {purity} {rate}/g</source>
        <translation>{metal} {purity} {rate}/ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="468"/>
        <location filename="../../src/jewelpos/ui/screens/customer_display.py" line="315"/>
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
    <name>MessageWords</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="30"/>
        <source>Birthday greeting</source>
        <translation>जन्मदिन की शुभकामना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="31"/>
        <source>Anniversary greeting</source>
        <translation>वर्षगाँठ की शुभकामना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="32"/>
        <source>Thank you after a bill</source>
        <translation>बिल के बाद धन्यवाद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="33"/>
        <source>Scheme instalment due</source>
        <translation>योजना की किस्त देय</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="34"/>
        <source>Scheme cheque due</source>
        <translation>योजना का चेक देय</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="35"/>
        <source>Scheme maturity</source>
        <translation>योजना पूरी होना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="36"/>
        <source>Order ready</source>
        <translation>ऑर्डर तैयार</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="37"/>
        <source>Order not collected</source>
        <translation>ऑर्डर नहीं ले गए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="38"/>
        <source>Karigar job due</source>
        <translation>कारीगर का काम देय</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="39"/>
        <source>Repair ready</source>
        <translation>मरम्मत तैयार</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="40"/>
        <source>Repair not collected</source>
        <translation>मरम्मत नहीं ले गए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="41"/>
        <source>Campaign</source>
        <translation>अभियान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="44"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="45"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="46"/>
        <source>WhatsApp (opened here)</source>
        <translation>WhatsApp (यहीं से खोलें)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="47"/>
        <source>WhatsApp API</source>
        <translation>WhatsApp API</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="50"/>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="51"/>
        <source>Waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="52"/>
        <source>Sending</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="53"/>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="54"/>
        <source>Delivered</source>
        <translation>पहुँच गया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="55"/>
        <source>Failed</source>
        <translation>नहीं भेजा जा सका</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="56"/>
        <source>In doubt: check</source>
        <translation>संदेह: जाँचें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="57"/>
        <source>Not sent (opted out)</source>
        <translation>नहीं भेजा (ग्राहक ने मना किया)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="43"/>
        <source>Shop name</source>
        <translation>दुकान का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="44"/>
        <source>Legal name</source>
        <translation>कानूनी नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="45"/>
        <source>GSTIN</source>
        <translation>जीएसटीआईएन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="46"/>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="47"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="217"/>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="48"/>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="49"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="211"/>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="50"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="51"/>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="52"/>
        <source>Branch code</source>
        <translation>शाखा कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="53"/>
        <source>Branch name</source>
        <translation>शाखा का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="54"/>
        <source>Counter code</source>
        <translation>काउंटर कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="55"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="56"/>
        <source>User name</source>
        <translation>यूज़र नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="57"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="58"/>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="59"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="60"/>
        <source>PIN</source>
        <translation>पिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="61"/>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="62"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="367"/>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1241"/>
        <source>HUID</source>
        <translation>एचयूआईडी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="63"/>
        <source>PAN</source>
        <translation>पैन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="64"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="377"/>
        <source>Refund</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="65"/>
        <source>Set-offs</source>
        <translation>समायोजन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="66"/>
        <source>Deliver to</source>
        <translation>डिलीवरी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="68"/>
        <source>Hallmark fee</source>
        <translation>हॉलमार्क फ़ीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="69"/>
        <source>Cash limit</source>
        <translation>कैश सीमा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="70"/>
        <source>PAN needed above</source>
        <translation>इससे ऊपर पैन ज़रूरी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="71"/>
        <source>Buyer details from</source>
        <translation>खरीदार की जानकारी इससे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="72"/>
        <source>Repair labour GST</source>
        <translation>रिपेयर मज़दूरी पर जीएसटी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="73"/>
        <source>Time zone</source>
        <translation>टाइम ज़ोन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="74"/>
        <source>Hours to reopen a day</source>
        <translation>दिन दोबारा खोलने के घंटे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="75"/>
        <source>HUID exemption</source>
        <translation>एचयूआईडी छूट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="76"/>
        <source>Language of printed documents</source>
        <translation>छपे कागज़ों की भाषा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="77"/>
        <source>Customer display&apos;s language</source>
        <translation>ग्राहक डिस्प्ले की भाषा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="78"/>
        <source>Invoice copy</source>
        <translation>इनवॉइस की प्रति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="79"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="110"/>
        <source>VA / wastage</source>
        <translation>वीए / वेस्टेज</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="80"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="107"/>
        <source>Making charge</source>
        <translation>मेकिंग चार्ज</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="81"/>
        <source>Opening float</source>
        <translation>शुरुआती कैश</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="82"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="83"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="133"/>
        <source>Tag code</source>
        <translation>टैग कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="84"/>
        <source>Barcode</source>
        <translation>बारकोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="85"/>
        <source>Tag layout</source>
        <translation>टैग लेआउट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="87"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="88"/>
        <source>Gross weight</source>
        <translation>कुल वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="89"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="90"/>
        <source>Stone weight</source>
        <translation>नग का वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="91"/>
        <source>Stone carats</source>
        <translation>नग के कैरेट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="92"/>
        <source>Net weight</source>
        <translation>शुद्ध वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="93"/>
        <source>Less weight</source>
        <translation>घटाया वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="41"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="94"/>
        <source>Weight</source>
        <translation>वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="95"/>
        <source>Added metal weight</source>
        <translation>जोड़ी गई धातु का वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="96"/>
        <source>Added metal</source>
        <translation>जोड़ी गई धातु</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="97"/>
        <source>Added metal purity</source>
        <translation>जोड़ी गई धातु की शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="98"/>
        <source>Number of stones</source>
        <translation>नगों की संख्या</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="99"/>
        <source>Stone value</source>
        <translation>नग का मूल्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="100"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="115"/>
        <source>Value</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="101"/>
        <source>Count</source>
        <translation>गिनती</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="102"/>
        <source>Metal</source>
        <translation>धातु</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="103"/>
        <source>Purity</source>
        <translation>शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="104"/>
        <source>Board rate purity</source>
        <translation>बोर्ड दर की शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="105"/>
        <source>Touch</source>
        <translation>टच</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="106"/>
        <source>Melting deduction</source>
        <translation>गलाई की कटौती</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="108"/>
        <source>Making charge type</source>
        <translation>मेकिंग चार्ज का तरीक़ा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="109"/>
        <source>Making discount</source>
        <translation>मेकिंग पर छूट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="111"/>
        <source>VA / wastage on</source>
        <translation>वीए / वेस्टेज किस पर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="112"/>
        <source>VA / wastage discount</source>
        <translation>वीए / वेस्टेज पर छूट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="113"/>
        <source>Percent</source>
        <translation>प्रतिशत</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="114"/>
        <source>On value or weight</source>
        <translation>मूल्य पर या वज़न पर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="116"/>
        <source>Other charges</source>
        <translation>अन्य चार्ज</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="117"/>
        <source>Hallmarked pieces</source>
        <translation>हॉलमार्क वाले पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="118"/>
        <source>GST</source>
        <translation>जीएसटी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="119"/>
        <source>GST on goods</source>
        <translation>माल पर जीएसटी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="120"/>
        <source>Labour</source>
        <translation>मज़दूरी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="36"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="121"/>
        <source>GST on labour</source>
        <translation>मज़दूरी पर जीएसटी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="17"/>
        <source>Weight from</source>
        <translation>वज़न कम से कम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="18"/>
        <source>Weight to</source>
        <translation>वज़न ज़्यादा से ज़्यादा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="19"/>
        <source>Design notes</source>
        <translation>डिज़ाइन की बातें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="20"/>
        <source>Made from</source>
        <translation>किससे बनेगा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="21"/>
        <source>Sample or item no.</source>
        <translation>सैंपल या आइटम नं.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="22"/>
        <source>Promised date</source>
        <translation>वादे की तारीख़</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="23"/>
        <source>Weight booked at today&apos;s rate</source>
        <translation>आज की दर पर बुक वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="24"/>
        <source>Advance</source>
        <translation>एडवांस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="25"/>
        <source>Advance paid by</source>
        <translation>एडवांस किससे दिया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="26"/>
        <source>Advance reference</source>
        <translation>एडवांस का रेफ़रेंस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="27"/>
        <source>Karigar</source>
        <translation>कारीगर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="28"/>
        <source>Karigar&apos;s date</source>
        <translation>कारीगर की तारीख़</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="29"/>
        <source>Usual wastage</source>
        <translation>आम वेस्टेज</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="30"/>
        <source>Work notes</source>
        <translation>काम की बातें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="31"/>
        <source>Work</source>
        <translation>काम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="33"/>
        <source>Weight in</source>
        <translation>आते समय वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="34"/>
        <source>Weight out</source>
        <translation>जाते समय वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="35"/>
        <source>Metal added</source>
        <translation>जोड़ी गई धातु</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="37"/>
        <source>Size</source>
        <translation>साइज़</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="38"/>
        <source>Photos</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="39"/>
        <source>Customer&apos;s stone or metal</source>
        <translation>ग्राहक का नग या धातु</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="40"/>
        <source>Specialities</source>
        <translation>ख़ासियत</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="42"/>
        <source>Entry</source>
        <translation>एंट्री</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="122"/>
        <source>HSN code</source>
        <translation>एचएसएन कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="123"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="124"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="374"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="125"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="126"/>
        <source>Cost</source>
        <translation>लागत</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="127"/>
        <source>Cost code word</source>
        <translation>लागत का कोड शब्द</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="128"/>
        <source>Design number</source>
        <translation>डिज़ाइन नंबर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="129"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="130"/>
        <source>Location</source>
        <translation>जगह</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="131"/>
        <source>Tray</source>
        <translation>ट्रे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="132"/>
        <source>HUIDs</source>
        <translation>एचयूआईडी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="134"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="135"/>
        <source>Pieces</source>
        <translation>पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="136"/>
        <source>Lot</source>
        <translation>लॉट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="137"/>
        <source>Photo</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="138"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="139"/>
        <source>Supply</source>
        <translation>सप्लाई</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="141"/>
        <source>Lines</source>
        <translation>लाइनें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="142"/>
        <source>Items</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="143"/>
        <source>Repairs</source>
        <translation>रिपेयर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="144"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="371"/>
        <source>Old gold</source>
        <translation>पुराना सोना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="145"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="146"/>
        <source>Discounts</source>
        <translation>छूट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="147"/>
        <source>Payments</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="148"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="272"/>
        <source>Way of paying</source>
        <translation>भुगतान का तरीक़ा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="149"/>
        <source>Amount</source>
        <translation>रकम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="150"/>
        <source>Card&apos;s last 4 digits</source>
        <translation>कार्ड के आख़िरी 4 अंक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="151"/>
        <source>Reference</source>
        <translation>रेफ़रेंस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="152"/>
        <source>Bill</source>
        <translation>बिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="153"/>
        <source>Invoice number</source>
        <translation>इनवॉइस नंबर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="154"/>
        <source>Estimate</source>
        <translation>एस्टिमेट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="155"/>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="156"/>
        <source>Cash paid today</source>
        <translation>आज दिया गया कैश</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="157"/>
        <source>Cash</source>
        <translation>कैश</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="158"/>
        <source>Rates</source>
        <translation>दरें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="159"/>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="160"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="230"/>
        <source>Last day</source>
        <translation>आख़िरी दिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="161"/>
        <source>Cash count</source>
        <translation>कैश की गिनती</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="162"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="163"/>
        <source>Document number</source>
        <translation>दस्तावेज़ नंबर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="165"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="214"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="166"/>
        <source>Other phone</source>
        <translation>दूसरा फ़ोन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="167"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="168"/>
        <source>Contact by</source>
        <translation>संपर्क का तरीक़ा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="169"/>
        <source>Birthday</source>
        <translation>जन्मदिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="170"/>
        <source>Anniversary</source>
        <translation>सालगिरह</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="171"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="172"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="173"/>
        <source>What to count</source>
        <translation>क्या गिनना है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="174"/>
        <source>Tray or category</source>
        <translation>ट्रे या श्रेणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="175"/>
        <source>To branch</source>
        <translation>किस ब्रांच में</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="176"/>
        <source>To counter or tray</source>
        <translation>किस काउंटर या ट्रे में</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="177"/>
        <source>Transfer</source>
        <translation>ट्रांसफ़र</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="178"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="179"/>
        <source>Columns</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="180"/>
        <source>Fields</source>
        <translation>खाने</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="181"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="182"/>
        <source>Copies</source>
        <translation>कॉपियाँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="183"/>
        <source>Printer</source>
        <translation>प्रिंटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="184"/>
        <source>Paper width</source>
        <translation>काग़ज़ की चौड़ाई</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="185"/>
        <source>Data folder</source>
        <translation>डेटा फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="186"/>
        <source>Printer dots per inch</source>
        <translation>प्रिंटर के डॉट प्रति इंच</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="187"/>
        <source>Label size</source>
        <translation>लेबल का साइज़</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="188"/>
        <source>Scale pattern</source>
        <translation>तराज़ू का पैटर्न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="189"/>
        <source>Scale speed</source>
        <translation>तराज़ू की स्पीड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="190"/>
        <source>UPI ID</source>
        <translation>यूपीआई आईडी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="191"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="365"/>
        <source>Line</source>
        <translation>लाइन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="192"/>
        <source>Approval code</source>
        <translation>अप्रूवल कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="193"/>
        <source>Cost code</source>
        <translation>लागत कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="194"/>
        <source>Usual purity</source>
        <translation>आम शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="195"/>
        <source>Family</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="196"/>
        <source>Heard of us from</source>
        <translation>हमारे बारे में कहाँ से सुना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="197"/>
        <source>Name in Hindi</source>
        <translation>हिंदी में नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="198"/>
        <source>Native place</source>
        <translation>मूल स्थान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="199"/>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="200"/>
        <source>Notes</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="201"/>
        <source>Party name</source>
        <translation>पार्टी का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="202"/>
        <source>Salesperson</source>
        <translation>सेल्समैन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="203"/>
        <source>Scale reading</source>
        <translation>तराज़ू की रीडिंग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="204"/>
        <source>Spending range</source>
        <translation>ख़र्च की सीमा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="205"/>
        <source>To counter</source>
        <translation>किस काउंटर में</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="206"/>
        <source>Worn by</source>
        <translation>कौन पहनेगा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="207"/>
        <source>What it is</source>
        <translation>यह क्या है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="209"/>
        <source>Seller&apos;s PIN code</source>
        <translation>विक्रेता का पिन कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="210"/>
        <source>Buyer&apos;s PIN code</source>
        <translation>ख़रीदार का पिन कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="212"/>
        <source>Seller&apos;s name</source>
        <translation>विक्रेता का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="213"/>
        <source>Buyer&apos;s name</source>
        <translation>ख़रीदार का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="215"/>
        <source>Seller&apos;s address</source>
        <translation>विक्रेता का पता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="216"/>
        <source>Buyer&apos;s address</source>
        <translation>ख़रीदार का पता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="218"/>
        <source>Seller&apos;s town or city</source>
        <translation>विक्रेता का शहर या क़स्बा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="219"/>
        <source>Buyer&apos;s town or city</source>
        <translation>ख़रीदार का शहर या क़स्बा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="220"/>
        <source>Town or city</source>
        <translation>शहर या क़स्बा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="221"/>
        <source>Buyer&apos;s GSTIN</source>
        <translation>ख़रीदार का जीएसटीआईएन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="222"/>
        <source>GSP web address</source>
        <translation>जीएसपी का वेब पता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="224"/>
        <source>B2C large limit</source>
        <translation>B2C बड़े बिल की सीमा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="225"/>
        <source>E-invoice turnover limit</source>
        <translation>ई-इनवॉइस टर्नओवर सीमा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="226"/>
        <source>GSP user name</source>
        <translation>GSP यूज़र नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="227"/>
        <source>GSP password</source>
        <translation>GSP पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="228"/>
        <source>Tally ledgers</source>
        <translation>टैली लेजर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="229"/>
        <source>Report</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="231"/>
        <source>Month</source>
        <translation>महीना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="232"/>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="233"/>
        <source>Days</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="235"/>
        <source>Points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="236"/>
        <source>Referred by</source>
        <translation>किसने भेजा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="237"/>
        <source>Relation</source>
        <translation>रिश्ता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="238"/>
        <source>Campaign</source>
        <translation>अभियान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="239"/>
        <source>Gift voucher</source>
        <translation>गिफ्ट वाउचर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="240"/>
        <source>Days valid</source>
        <translation>कितने दिन मान्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="241"/>
        <source>Fixed or open value</source>
        <translation>तय या खुली रकम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="242"/>
        <source>Sold or free</source>
        <translation>बेचा या मुफ़्त</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="243"/>
        <source>Paid by</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="244"/>
        <source>Payment reference</source>
        <translation>भुगतान का रेफ़रेंस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="246"/>
        <source>Coupon</source>
        <translation>कूपन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="247"/>
        <source>Coupon code</source>
        <translation>कूपन कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="248"/>
        <source>Coupon name</source>
        <translation>कूपन का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="249"/>
        <source>Percent off making</source>
        <translation>घड़ाई पर छूट (प्रतिशत)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="250"/>
        <source>Flat amount off</source>
        <translation>तय रक़म की छूट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="251"/>
        <source>How many bills may use it</source>
        <translation>कितने बिलों पर लग सकता है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="252"/>
        <source>Minimum bill</source>
        <translation>न्यूनतम बिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="253"/>
        <source>Last valid day</source>
        <translation>मान्य रहने का आख़िरी दिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="255"/>
        <source>Segment</source>
        <translation>ग्राहक समूह</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="256"/>
        <source>Segment name</source>
        <translation>समूह का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="257"/>
        <source>Segment rules</source>
        <translation>समूह की शर्तें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="258"/>
        <source>Not seen for days</source>
        <translation>कितने दिनों से नहीं आए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="259"/>
        <source>VIP spend</source>
        <translation>VIP खरीद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="260"/>
        <source>VIP months</source>
        <translation>VIP महीने</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="261"/>
        <source>RFM score</source>
        <translation>RFM अंक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="262"/>
        <source>Campaign name</source>
        <translation>अभियान का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="263"/>
        <source>Hold-out share</source>
        <translation>रोके गए ग्राहकों का हिस्सा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="264"/>
        <source>Days to count bills</source>
        <translation>बिल गिनने के दिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="265"/>
        <source>Hold-out seed</source>
        <translation>रोकने का बीज अंक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="267"/>
        <source>Scheme account</source>
        <translation>योजना खाता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="268"/>
        <source>Scheme amount</source>
        <translation>योजना की रकम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="269"/>
        <source>Plan code</source>
        <translation>योजना कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="270"/>
        <source>Plan name</source>
        <translation>योजना का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="271"/>
        <source>Passbook number</source>
        <translation>पासबुक नंबर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="273"/>
        <source>Number of instalments</source>
        <translation>किस्तों की संख्या</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="274"/>
        <source>Bonus percent</source>
        <translation>बोनस प्रतिशत</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="275"/>
        <source>How the bonus is given</source>
        <translation>बोनस कैसे मिलेगा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="276"/>
        <source>Bonus cut per late instalment</source>
        <translation>हर देर वाली किस्त पर बोनस कटौती</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="277"/>
        <source>Late instalments that lose the bonus</source>
        <translation>कितनी देर वाली किस्तों पर बोनस नहीं मिलेगा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="280"/>
        <source>Grace days</source>
        <translation>छूट के दिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="281"/>
        <source>Early closure</source>
        <translation>जल्दी बंद करना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="282"/>
        <source>Start date</source>
        <translation>शुरू की तारीख़</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="283"/>
        <source>To date</source>
        <translation>आख़िरी तारीख़</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="284"/>
        <source>Group by</source>
        <translation>किस हिसाब से जोड़ें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="285"/>
        <source>Cheque number</source>
        <translation>चेक नंबर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="286"/>
        <source>Cheque amount</source>
        <translation>चेक की रकम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="287"/>
        <source>Bounce charge</source>
        <translation>बाउंस चार्ज</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="288"/>
        <source>Scheme</source>
        <translation>योजना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="289"/>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="290"/>
        <source>Plan</source>
        <translation>योजना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="291"/>
        <source>Passbook</source>
        <translation>पासबुक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="293"/>
        <source>Instalment</source>
        <translation>किस्त</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="294"/>
        <source>Instalments</source>
        <translation>किस्तें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="295"/>
        <source>Bonus</source>
        <translation>बोनस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="296"/>
        <source>Treatment</source>
        <translation>तरीक़ा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="297"/>
        <source>Cut</source>
        <translation>कटौती</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="298"/>
        <source>Per</source>
        <translation>प्रति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="299"/>
        <source>Late</source>
        <translation>देर से</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="300"/>
        <source>Lose</source>
        <translation>खोना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="301"/>
        <source>That</source>
        <translation>जो</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="302"/>
        <source>The</source>
        <translation>यह</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="303"/>
        <source>Of</source>
        <translation>का</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="304"/>
        <source>By</source>
        <translation>द्वारा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="305"/>
        <source>Grace</source>
        <translation>छूट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="306"/>
        <source>Early</source>
        <translation>जल्दी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="307"/>
        <source>Closure</source>
        <translation>बंद करना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="308"/>
        <source>Start</source>
        <translation>शुरुआत</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="309"/>
        <source>Group</source>
        <translation>समूह</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="310"/>
        <source>Cheque</source>
        <translation>चेक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="311"/>
        <source>Bank</source>
        <translation>बैंक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="312"/>
        <source>Bounce</source>
        <translation>बाउंस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="313"/>
        <source>Charge</source>
        <translation>चार्ज</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="314"/>
        <source>Nominee</source>
        <translation>नॉमिनी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="316"/>
        <source>Sending counter</source>
        <translation>संदेश भेजने वाला काउंटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="317"/>
        <source>Quiet hours from</source>
        <translation>शांत समय कब से</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="318"/>
        <source>Quiet hours until</source>
        <translation>शांत समय कब तक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="319"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="320"/>
        <source>Message text</source>
        <translation>संदेश का पाठ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="321"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="322"/>
        <source>Sent by</source>
        <translation>किससे भेजें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="323"/>
        <source>Consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="324"/>
        <source>DLT template id</source>
        <translation>DLT टेम्पलेट आईडी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="325"/>
        <source>Mobile or e-mail</source>
        <translation>मोबाइल या ई-मेल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="326"/>
        <source>Message reference</source>
        <translation>संदेश संदर्भ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="327"/>
        <source>SMS gateway address</source>
        <translation>SMS गेटवे का पता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="328"/>
        <source>SMS gateway method</source>
        <translation>SMS गेटवे का तरीका</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="329"/>
        <source>Number parameter</source>
        <translation>नंबर पैरामीटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="330"/>
        <source>Text parameter</source>
        <translation>पाठ पैरामीटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="331"/>
        <source>Sender id parameter</source>
        <translation>सेंडर आईडी पैरामीटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="332"/>
        <source>Entity id parameter</source>
        <translation>एंटिटी आईडी पैरामीटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="333"/>
        <source>Template id parameter</source>
        <translation>टेम्पलेट आईडी पैरामीटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="334"/>
        <source>API key parameter</source>
        <translation>API कुंजी पैरामीटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="335"/>
        <source>Reference parameter</source>
        <translation>संदर्भ पैरामीटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="336"/>
        <source>SMS API key</source>
        <translation>SMS API कुंजी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="337"/>
        <source>SMS sender id</source>
        <translation>SMS सेंडर आईडी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="338"/>
        <source>DLT entity id</source>
        <translation>DLT एंटिटी आईडी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="339"/>
        <source>Mail server</source>
        <translation>मेल सर्वर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="340"/>
        <source>Mail server port</source>
        <translation>मेल सर्वर पोर्ट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="341"/>
        <source>Mail security</source>
        <translation>मेल सुरक्षा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="342"/>
        <source>Mail login</source>
        <translation>मेल लॉगिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="343"/>
        <source>Mail password</source>
        <translation>मेल पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="344"/>
        <source>Mail from</source>
        <translation>मेल किसकी ओर से</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="345"/>
        <source>WhatsApp API address</source>
        <translation>WhatsApp API का पता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="346"/>
        <source>WhatsApp API token</source>
        <translation>WhatsApp API टोकन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="347"/>
        <source>Country code</source>
        <translation>देश कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="349"/>
        <source>Rating</source>
        <translation>रेटिंग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="350"/>
        <source>Comment</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="351"/>
        <source>Feedback code</source>
        <translation>फ़ीडबैक कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="352"/>
        <source>Complaint</source>
        <translation>शिकायत</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="353"/>
        <source>Handled by</source>
        <translation>कौन देखेगा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="354"/>
        <source>Follow-up date</source>
        <translation>फ़ॉलो-अप की तारीख</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="355"/>
        <source>Resolution</source>
        <translation>हल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="356"/>
        <source>Stage</source>
        <translation>चरण</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="357"/>
        <source>Checklist item</source>
        <translation>चेकलिस्ट का काम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="358"/>
        <source>Target value</source>
        <translation>लक्ष्य मूल्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="359"/>
        <source>Target gold weight</source>
        <translation>लक्ष्य सोने का वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="360"/>
        <source>Target new customers</source>
        <translation>लक्ष्य नए ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="361"/>
        <source>Target scheme enrolments</source>
        <translation>लक्ष्य योजना सदस्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="366"/>
        <source>Item</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="32"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="368"/>
        <source>Piece</source>
        <translation>पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="292"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="369"/>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="370"/>
        <source>Set-off</source>
        <translation>समायोजन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="372"/>
        <source>Repair</source>
        <translation>रिपेयर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="373"/>
        <source>Stone</source>
        <translation>नग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="375"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="376"/>
        <source>Discount</source>
        <translation>छूट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="378"/>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="385"/>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="118"/>
        <source>Not a valid GSTIN: 15 characters like 27AAPFU0939F1ZV. Check each character.</source>
        <translation>GSTIN सही नहीं है: 27AAPFU0939F1ZV जैसे 15 अक्षर होते हैं। हर अक्षर जाँचें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="388"/>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="108"/>
        <source>Not a valid PIN code: 6 digits, not starting with 0.</source>
        <translation>पिन कोड सही नहीं है: 6 अंक, पहला अंक 0 नहीं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="391"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="394"/>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="98"/>
        <source>Not a valid Indian mobile number: 10 digits starting with 6, 7, 8 or 9.</source>
        <translation>भारतीय मोबाइल नंबर सही नहीं है: 10 अंक, जो 6, 7, 8 या 9 से शुरू हों।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="397"/>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="133"/>
        <source>Not a valid HUID: 6 letters or digits.</source>
        <translation>HUID सही नहीं है: 6 अक्षर या अंक।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="398"/>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="112"/>
        <source>Not a valid PAN: 5 letters, 4 digits, 1 letter.</source>
        <translation>PAN सही नहीं है: 5 अक्षर, 4 अंक, 1 अक्षर।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="399"/>
        <source>Enter the rate in rupees per gram, like 7150.00.</source>
        <translation>दर रुपये प्रति ग्राम में लिखें, जैसे 7150.00।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="400"/>
        <source>Use 1 to 3 letters or digits, like B1.</source>
        <translation>1 से 3 अक्षर या अंक, जैसे B1।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="401"/>
        <source>Use 1 to 2 letters or digits, like C1.</source>
        <translation>1 से 2 अक्षर या अंक, जैसे C1।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="403"/>
        <location filename="../../src/jewelpos/ui/messages.py" line="406"/>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="157"/>
        <source>Use 3 to 32 small letters or digits (also . _ -), like ramesh.</source>
        <translation>3 से 32 छोटे अंग्रेज़ी अक्षर या अंक (. _ - भी), जैसे ramesh।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="402"/>
        <source>Choose the shop&apos;s state from the list.</source>
        <translation>सूची से दुकान का राज्य चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="448"/>
        <source>{entry} {number}</source>
        <translation>{entry} {number}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="462"/>
        <source>{outer}: {inner}</source>
        <translation>{outer}: {inner}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="472"/>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="18"/>
        <source>This is required.</source>
        <translation>यह भरना ज़रूरी है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="483"/>
        <source>Row {row}, {field}: {problem}</source>
        <translation>पंक्ति {row}, {field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="495"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="500"/>
        <source>Wrong user or PIN. Try again.</source>
        <translation>यूज़र या पिन गलत है। फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="502"/>
        <source>You are not allowed to do this. Ask a manager or the owner.</source>
        <translation>आपको यह करने की अनुमति नहीं है। मैनेजर या मालिक से कहें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="508"/>
        <source>Today&apos;s rate for {label} is not set. Ask a manager to set today&apos;s rates.</source>
        <translation>{label} की आज की दर तय नहीं है। मैनेजर से आज की दरें तय करवाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="512"/>
        <source>Today&apos;s rates are not set. Ask a manager to set today&apos;s rates.</source>
        <translation>आज की दरें तय नहीं हैं। मैनेजर से आज की दरें तय करवाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="516"/>
        <source>Not found. It may have been removed; search again.</source>
        <translation>नहीं मिला। शायद हटा दिया गया है; फिर से खोजें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="522"/>
        <source>{value} is already in use. Enter a different one.</source>
        <translation>{value} पहले से इस्तेमाल में है। कोई दूसरा लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="525"/>
        <source>This value is already in use. Enter a different one.</source>
        <translation>यह पहले से इस्तेमाल में है। कोई दूसरा लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="529"/>
        <source>This counter is already set up. Log in instead.</source>
        <translation>यह काउंटर पहले से सेट है। लॉग इन करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="533"/>
        <source>The disk is full. Nothing was lost. Free some space, then try again.</source>
        <translation>डिस्क भर गई है। कुछ भी खोया नहीं। थोड़ी जगह खाली करके फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="537"/>
        <source>The database is busy in another program. Nothing was lost. Try again in a moment.</source>
        <translation>डेटाबेस किसी दूसरे प्रोग्राम में व्यस्त है। कुछ भी खोया नहीं। थोड़ी देर में फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="542"/>
        <source>A problem outside JewelPOS stopped this: {detail}. Nothing was lost.</source>
        <translation>JewelPOS के बाहर की एक समस्या से यह रुक गया: {detail}। कुछ भी खोया नहीं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="546"/>
        <source>This counter was restored from a backup: it numbers no bill until head office gives it a new counter code. Nothing was saved. Ask head office for the code, then run: jewelpos series renew CODE</source>
        <translation>यह काउंटर बैकअप से वापस लाया गया है: जब तक हेड ऑफ़िस नया काउंटर कोड न दे, यह कोई बिल नंबर नहीं देगा। कुछ सेव नहीं हुआ। हेड ऑफ़िस से कोड लें, फिर चलाएँ: jewelpos series renew CODE</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="562"/>
        <source>the shop&apos;s limit</source>
        <translation>दुकान की सीमा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="581"/>
        <source>A manager must approve this with their PIN first.</source>
        <translation>पहले मैनेजर अपने पिन से इसकी मंज़ूरी दें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="589"/>
        <source>Too many wrong PINs. Try again at {time}.</source>
        <translation>बहुत बार ग़लत पिन। {time} बजे फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="592"/>
        <source>Too many wrong PINs. Wait a few minutes, then try again.</source>
        <translation>बहुत बार ग़लत पिन। कुछ मिनट रुकें, फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="596"/>
        <source>This is the last active owner. Make another user an owner first.</source>
        <translation>यह आख़िरी सक्रिय मालिक है। पहले किसी और यूज़र को मालिक बनाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="600"/>
        <source>This stock count is closed. Start a new count (F2) to scan again.</source>
        <translation>यह स्टॉक गिनती बंद हो चुकी है। फिर से स्कैन करने के लिए नई गिनती शुरू करें (F2)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="604"/>
        <source>Bad rows in the file: {count}. Nothing was imported. Correct the rows listed, then import again.</source>
        <translation>फ़ाइल में गलत पंक्तियाँ: {count}। कुछ भी इंपोर्ट नहीं हुआ। दिखाई गई पंक्तियाँ ठीक करें, फिर दोबारा इंपोर्ट करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="610"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>इंपोर्ट रद्द किया गया: कुछ भी इंपोर्ट नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="614"/>
        <source>The printer at {printer} is not answering. Nothing was lost: the print waits and can be printed again (Ctrl+Shift+R) when the printer is on.</source>
        <translation>{printer} वाला प्रिंटर जवाब नहीं दे रहा। कुछ नहीं खोया: प्रिंट कतार में है, प्रिंटर चालू होने पर दोबारा छापें (Ctrl+Shift+R)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="619"/>
        <source>The printer is not answering. Nothing was lost: the print waits and can be printed again (Ctrl+Shift+R) when the printer is on.</source>
        <translation>प्रिंटर जवाब नहीं दे रहा। कुछ नहीं खोया: प्रिंट कतार में है, प्रिंटर चालू होने पर दोबारा छापें (Ctrl+Shift+R)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="625"/>
        <source>Report stopped: nothing was changed.</source>
        <translation>रिपोर्ट रोक दी गई: कुछ नहीं बदला।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="627"/>
        <source>The GSP did not answer, so no IRN was made. The bill is saved; check the internet and try the e-invoice again later.</source>
        <translation>जीएसपी ने जवाब नहीं दिया, इसलिए IRN नहीं बना। बिल सेव है; इंटरनेट देखें और ई-इनवॉइस बाद में फिर बनाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="633"/>
        <source>The GSP refused the e-invoice. The bill is saved; check the buyer&apos;s GSTIN, address and the bill, then try again.</source>
        <translation>जीएसपी ने ई-इनवॉइस मना कर दिया। बिल सेव है; ख़रीदार का जीएसटीआईएन, पता और बिल जाँचें, फिर दोबारा करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="639"/>
        <source>This data folder already holds a shop: the demo shop was not made over it.</source>
        <translation>इस डेटा फ़ोल्डर में पहले से एक दुकान है: उसके ऊपर डेमो दुकान नहीं बनाई गई।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="643"/>
        <source>Photo not added. {problem}</source>
        <translation>फ़ोटो नहीं जुड़ी। {problem}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="651"/>
        <source>{number} is not at a step that allows this. Check its status on the Orders screen (Ctrl+Shift+O).</source>
        <translation>{number} अभी उस चरण पर नहीं है जहाँ यह हो सके। ऑर्डर स्क्रीन पर इसकी स्थिति देखें (Ctrl+Shift+O)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="656"/>
        <source>This order or repair is not at a step that allows this. Check its status on the Orders screen (Ctrl+Shift+O).</source>
        <translation>यह ऑर्डर या रिपेयर अभी उस चरण पर नहीं है जहाँ यह हो सके। ऑर्डर स्क्रीन पर इसकी स्थिति देखें (Ctrl+Shift+O)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="664"/>
        <source>This piece was made for order {order}: deliver it from the Orders screen (F6).</source>
        <translation>यह पीस ऑर्डर {order} के लिए बना है: इसे ऑर्डर स्क्रीन से डिलीवर करें (F6)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="668"/>
        <source>This piece was made for a customer&apos;s order: deliver it from the Orders screen (F6).</source>
        <translation>यह पीस एक ग्राहक के ऑर्डर के लिए बना है: इसे ऑर्डर स्क्रीन से डिलीवर करें (F6)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="673"/>
        <source>This counter is not set up yet. Finish the first-run setup first.</source>
        <translation>यह काउंटर अभी सेट-अप नहीं हुआ है। पहले शुरुआती सेट-अप पूरा करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="684"/>
        <source>The piece of repair {number} is at {place}: deliver it there.</source>
        <translation>रिपेयर {number} का गहना {place} पर है: उसे वहीं डिलीवर करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="688"/>
        <source>Repair {number} was given to a karigar at {place}: receive it there.</source>
        <translation>रिपेयर {number} {place} पर कारीगर को दिया गया था: उसे वहीं प्राप्त करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="692"/>
        <source>The piece of order {number} is at {place}: mark it ready and deliver it there, or transfer the piece here first.</source>
        <translation>ऑर्डर {number} का गहना {place} पर है: उसे वहीं तैयार करें और डिलीवर करें, या पहले गहना यहाँ ट्रांसफ़र करवाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="698"/>
        <source>Order {number} was given to a karigar at {place}: receive it there.</source>
        <translation>ऑर्डर {number} {place} पर कारीगर को दिया गया था: उसे वहीं प्राप्त करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="703"/>
        <source>Order {number} is of a category of {place}: receive it there.</source>
        <translation>ऑर्डर {number} {place} की श्रेणी का है: उसे वहीं प्राप्त करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="714"/>
        <source>Another JewelPOS window on this counter is already syncing. Nothing was lost; it will be sent from there.</source>
        <translation>इस काउंटर पर JewelPOS की दूसरी विंडो पहले से सिंक कर रही है। कुछ नहीं खोया; वहीं से भेजा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="720"/>
        <source>Head office has no users of this branch yet. Let the branch&apos;s first counter sync, then finish setup here again.</source>
        <translation>हेड ऑफ़िस में अभी इस ब्रांच का कोई यूज़र नहीं है। पहले ब्रांच के पहले काउंटर को सिंक होने दें, फिर यहाँ सेटअप दोबारा पूरा करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="729"/>
        <source>Head office cannot be reached. Bills are kept here and will be sent when it can.</source>
        <translation>हेड ऑफ़िस से संपर्क नहीं हो पा रहा। बिल यहीं सुरक्षित हैं और संपर्क होते ही भेजे जाएँगे।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="733"/>
        <source>The head-office server has a problem. Sending will be tried again.</source>
        <translation>हेड ऑफ़िस के सर्वर में समस्या है। भेजने की कोशिश फिर से होगी।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="736"/>
        <source>Head office refused or garbled the request. Nothing was lost; tell the shop&apos;s support person if it happens again.</source>
        <translation>हेड ऑफ़िस ने अनुरोध नहीं माना या उसका जवाब समझ नहीं आया। कुछ नहीं खोया; दोबारा हो तो दुकान के सपोर्ट वाले व्यक्ति को बताएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="741"/>
        <source>Head office does not know this counter or the code. Ask head office for a new enrolment code.</source>
        <translation>हेड ऑफ़िस इस काउंटर या कोड को नहीं पहचानता। हेड ऑफ़िस से नया एनरोलमेंट कोड माँगें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="746"/>
        <source>Head office has switched this counter off. Ask head office why.</source>
        <translation>हेड ऑफ़िस ने यह काउंटर बंद कर दिया है। कारण हेड ऑफ़िस से पूछें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="749"/>
        <source>Head office needs this counter to download everything again. Ask a manager to start a fresh download.</source>
        <translation>हेड ऑफ़िस चाहता है कि यह काउंटर सब कुछ फिर से डाउनलोड करे। मैनेजर से नया डाउनलोड शुरू करने को कहें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="754"/>
        <source>The enrolment code is for another branch or counter than this one. Ask head office for this counter&apos;s code.</source>
        <translation>यह एनरोलमेंट कोड किसी दूसरी ब्रांच या काउंटर का है। हेड ऑफ़िस से इसी काउंटर का कोड माँगें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="759"/>
        <source>That is not a web address. Type it like 192.168.1.5:8000.</source>
        <translation>यह वेब पता नहीं है। इस तरह लिखें: 192.168.1.5:8000।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="762"/>
        <source>This counter is not connected to head office yet. Ask a manager to connect it.</source>
        <translation>यह काउंटर अभी हेड ऑफ़िस से नहीं जुड़ा है। मैनेजर से इसे जुड़वाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="770"/>
        <source>Sync with head office did not work: {detail}. Nothing was lost.</source>
        <translation>हेड ऑफ़िस से सिंक नहीं हो सका: {detail}। कुछ नहीं खोया।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="777"/>
        <source>Something went wrong inside JewelPOS. Nothing you typed was lost. Try again; if it happens again, tell the shop&apos;s support person.</source>
        <translation>JewelPOS में कुछ गड़बड़ हुई। आपका लिखा कुछ भी खोया नहीं। फिर कोशिश करें; दोबारा हो तो दुकान के सपोर्ट वाले व्यक्ति को बताएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="19"/>
        <source>Type it as text.</source>
        <translation>इसे शब्दों में लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="22"/>
        <source>Too long: at most {a} characters.</source>
        <translation>बहुत लंबा है: ज़्यादा से ज़्यादा {a} अक्षर।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="26"/>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="56"/>
        <source>Type a number, like 12.50.</source>
        <translation>संख्या लिखें, जैसे 12.50।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="28"/>
        <source>Type a whole number, like 916.</source>
        <translation>पूरी संख्या लिखें, जैसे 916।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="31"/>
        <source>It cannot be less than zero.</source>
        <translation>यह शून्य से कम नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="35"/>
        <source>It must be more than zero.</source>
        <translation>यह शून्य से ज़्यादा होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="39"/>
        <source>It is too large: at most {a}.</source>
        <translation>यह बहुत ज़्यादा है: ज़्यादा से ज़्यादा {a}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="44"/>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="232"/>
        <source>Use at most two decimals (paise), like 12.50.</source>
        <translation>दशमलव के बाद ज़्यादा से ज़्यादा दो अंक (पैसे), जैसे 12.50।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="48"/>
        <source>Weights have at most three decimals (mg), like 5.870.</source>
        <translation>वज़न में दशमलव के बाद ज़्यादा से ज़्यादा तीन अंक (मि.ग्रा.), जैसे 5.870।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="53"/>
        <source>Type a percentage from 0 to 100.</source>
        <translation>0 से 100 के बीच प्रतिशत लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="55"/>
        <source>This number is out of range.</source>
        <translation>यह संख्या सीमा से बाहर है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="59"/>
        <source>Not a date: type it like {a}.</source>
        <translation>यह तारीख़ नहीं है: ऐसे लिखें: {a}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="64"/>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="657"/>
        <source>The weight must be more than 0 g.</source>
        <translation>वज़न 0 ग्राम से ज़्यादा होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="68"/>
        <source>A weight or value cannot be less than zero.</source>
        <translation>वज़न या मूल्य शून्य से कम नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="72"/>
        <source>The stone weight cannot be less than zero.</source>
        <translation>नग का वज़न शून्य से कम नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="77"/>
        <source>The stones cannot weigh as much as the whole piece: check both weights.</source>
        <translation>नग पूरे पीस जितने भारी नहीं हो सकते: दोनों वज़न जाँचें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="83"/>
        <source>The stone weight is not the total of the stones listed.</source>
        <translation>नग का वज़न लिखे गए नगों के जोड़ के बराबर नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="87"/>
        <source>The less weight ({a} g) is more than the gross weight ({b} g).</source>
        <translation>घटाया वज़न ({a} ग्राम) कुल वज़न ({b} ग्राम) से ज़्यादा है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="93"/>
        <source>Needed when metal is added.</source>
        <translation>धातु जोड़ने पर यह ज़रूरी है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="104"/>
        <source>Not a phone number: type digits only, like 02226543210.</source>
        <translation>यह फ़ोन नंबर नहीं है: सिर्फ़ अंक लिखें, जैसे 02226543210।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="125"/>
        <source>The GSTIN belongs to state {a}: choose that state.</source>
        <translation>यह जीएसटीआईएन राज्य {a} का है: वही राज्य चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="129"/>
        <source>Choose the state from the list.</source>
        <translation>सूची से राज्य चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="137"/>
        <source>Not an e-mail address: type it like name@example.com.</source>
        <translation>यह ई-मेल पता नहीं है: ऐसे लिखें: name@example.com।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="141"/>
        <source>Not a UPI ID: type it like shopname@bank.</source>
        <translation>यह यूपीआई आईडी नहीं है: ऐसे लिखें: shopname@bank।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="145"/>
        <source>Not a time zone: type one like Asia/Kolkata.</source>
        <translation>यह टाइम ज़ोन नहीं है: ऐसे लिखें: Asia/Kolkata।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="149"/>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>पिन 4 से 8 अंकों का होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="153"/>
        <source>Choose a new PIN, not the temporary one.</source>
        <translation>नया पिन चुनें, अस्थायी वाला नहीं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="163"/>
        <source>Use 1 to {a} letters or digits, like {b}.</source>
        <translation>1 से {a} अक्षर या अंक, जैसे {b}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="167"/>
        <source>Use up to {a} letters, digits or hyphens.</source>
        <translation>ज़्यादा से ज़्यादा {a} अक्षर, अंक या हाइफ़न (-)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="169"/>
        <source>Choose a role from the list.</source>
        <translation>सूची से भूमिका चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="170"/>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1060"/>
        <source>Choose one from the list.</source>
        <translation>सूची में से एक चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="171"/>
        <source>Choose yes or no.</source>
        <translation>हाँ या नहीं चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="175"/>
        <source>Scan or type a tag code.</source>
        <translation>टैग कोड स्कैन करें या लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="180"/>
        <source>Add at least one piece first.</source>
        <translation>पहले कम से कम एक पीस जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="184"/>
        <source>Too many at once: at most {a}. Split it into parts.</source>
        <translation>एक बार में बहुत ज़्यादा: ज़्यादा से ज़्यादा {a}। इसे हिस्सों में बाँटें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="188"/>
        <source>Choose a category.</source>
        <translation>श्रेणी चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="192"/>
        <source>The category {a} is for another metal.</source>
        <translation>श्रेणी {a} दूसरी धातु की है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="196"/>
        <source>Choose on value or on weight.</source>
        <translation>मूल्य पर या वज़न पर, चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="200"/>
        <source>Choose per gram, percent or flat.</source>
        <translation>प्रति ग्राम, प्रतिशत या एकमुश्त, चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="204"/>
        <source>An HSN code is 4 to 8 digits.</source>
        <translation>एचएसएन कोड 4 से 8 अंकों का होता है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="208"/>
        <source>HUID {v} is given twice.</source>
        <translation>एचयूआईडी {v} दो बार दिया गया है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="212"/>
        <source>HUID {v} is already on a piece in stock.</source>
        <translation>एचयूआईडी {v} स्टॉक के किसी पीस पर पहले से है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="216"/>
        <source>Give HUIDs piece by piece, not for a whole lot.</source>
        <translation>एचयूआईडी हर पीस का अलग दें, पूरे लॉट का नहीं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="220"/>
        <source>Tag {v} is already in stock.</source>
        <translation>टैग {v} पहले से स्टॉक में है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="224"/>
        <source>Type the amount in rupees, like {c}.</source>
        <translation>रकम रुपयों में लिखें, जैसे {c}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="228"/>
        <source>It must be from ₹{lo} to ₹{hi}.</source>
        <translation>यह ₹{lo} से ₹{hi} के बीच होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="234"/>
        <source>Choose purchase or karigar.</source>
        <translation>खरीद या कारीगर, चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="237"/>
        <source>Use a word of 10 different letters, like MAKEPROFIT (1=M ... 0=T).</source>
        <translation>10 अलग-अलग अक्षरों का शब्द लें, जैसे MAKEPROFIT (1=M ... 0=T)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="243"/>
        <source>Choose a standard speed, like 9600.</source>
        <translation>कोई सामान्य स्पीड चुनें, जैसे 9600।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="247"/>
        <source>The scale pattern is not right: it needs one group (...) around the weight.</source>
        <translation>तराज़ू का पैटर्न सही नहीं है: वज़न के चारों ओर एक ग्रुप (...) चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="255"/>
        <source>This picture cannot be read: use a JPEG, PNG, WEBP or BMP.</source>
        <translation>यह फ़ोटो पढ़ी नहीं जा सकी: JPEG, PNG, WEBP या BMP लें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="259"/>
        <source>The photo is {a} MB: use one of at most 10 MB.</source>
        <translation>फ़ोटो {a} MB की है: ज़्यादा से ज़्यादा 10 MB की फ़ोटो लें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="263"/>
        <source>The metal, purity or weights differ from piece {v}.</source>
        <translation>धातु, शुद्धता या वज़न पीस {v} से अलग है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="267"/>
        <source>The saved tag layout is damaged: choose a layout again.</source>
        <translation>सेव किया टैग लेआउट ख़राब है: लेआउट फिर से चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="271"/>
        <source>The {w} lies outside the label: move it onto the label.</source>
        <translation>{w} लेबल से बाहर है: इसे लेबल पर लाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="275"/>
        <source>The {w} lies in the tail, off both flags: move it onto a flag.</source>
        <translation>{w} पूँछ वाले हिस्से में है, दोनों फ़्लैग से बाहर: इसे किसी फ़्लैग पर लाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="281"/>
        <source>The position {a} mm lies in the tail, off every flag.</source>
        <translation>{a} मि.मी. की जगह पूँछ वाले हिस्से में है, हर फ़्लैग से बाहर।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="286"/>
        <source>The {w} has no room: {a} x {b} mm before the next field or the flag&apos;s edge.</source>
        <translation>{w} के लिए जगह नहीं है: अगले खाने या फ़्लैग के किनारे से पहले सिर्फ़ {a} x {b} मि.मी.।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="293"/>
        <source>The label is larger than the page.</source>
        <translation>लेबल पेज से बड़ा है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="297"/>
        <source>The font of the {w} must be 3 to 30 points.</source>
        <translation>{w} का फ़ॉन्ट 3 से 30 पॉइंट का होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="302"/>
        <source>{v} needs a barcode {a} mm wide, but its flag ({x} to {y} mm) is {b} mm wide: widen the flag or shorten the code.</source>
        <translation>{v} के बारकोड को {a} मि.मी. चाहिए, पर उसका फ़्लैग ({x} से {y} मि.मी.) {b} मि.मी. चौड़ा है: फ़्लैग चौड़ा करें या कोड छोटा करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="310"/>
        <source>Use only English letters, digits and - / in a tag code.</source>
        <translation>टैग कोड में सिर्फ़ अंग्रेज़ी अक्षर, अंक और - / लें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="312"/>
        <source>Choose TSPL or ZPL.</source>
        <translation>TSPL या ZPL चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="315"/>
        <source>Choose the original, duplicate or triplicate copy.</source>
        <translation>मूल, दूसरी या तीसरी प्रति चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="319"/>
        <source>Choose English, Hindi or both for printed documents.</source>
        <translation>छपे कागज़ों के लिए अंग्रेज़ी, हिंदी या दोनों चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="321"/>
        <source>Print 1 to 10 copies.</source>
        <translation>1 से 10 कॉपियाँ छापें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="322"/>
        <source>Choose 203 or 300 dpi.</source>
        <translation>203 या 300 dpi चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="325"/>
        <source>The label&apos;s width and height must be more than zero.</source>
        <translation>लेबल की चौड़ाई और ऊँचाई शून्य से ज़्यादा होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="329"/>
        <source>Set the tag printer first in Tag settings (Ctrl+{k}).</source>
        <translation>पहले टैग सेटिंग्स (Ctrl+{k}) में टैग प्रिंटर चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="333"/>
        <source>Choose paper 58 or 80 mm wide.</source>
        <translation>58 या 80 मि.मी. चौड़ा काग़ज़ चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="338"/>
        <source>Not a printer address: type it like tcp://192.168.1.50:9100.</source>
        <translation>यह प्रिंटर का पता नहीं है: ऐसे लिखें: tcp://192.168.1.50:9100।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="344"/>
        <source>No data folder is set for saving PDFs.</source>
        <translation>पीडीएफ़ सेव करने के लिए कोई डेटा फ़ोल्डर तय नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="346"/>
        <source>Cannot save the file {v}.</source>
        <translation>फ़ाइल {v} सेव नहीं हो सकी।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="350"/>
        <source>Choose a tray, a category or the whole branch.</source>
        <translation>कोई ट्रे, श्रेणी या पूरी ब्रांच चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="352"/>
        <source>Type the tray&apos;s name.</source>
        <translation>ट्रे का नाम लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="355"/>
        <source>Choose another branch or a counter or tray.</source>
        <translation>दूसरी ब्रांच या कोई काउंटर या ट्रे चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="359"/>
        <source>Choose the branch the pieces go to.</source>
        <translation>पीस जिस ब्रांच में जा रहे हैं, वह चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="363"/>
        <source>The pieces are already in this branch.</source>
        <translation>पीस पहले से इसी ब्रांच में हैं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="365"/>
        <source>There is no branch {v}.</source>
        <translation>{v} नाम की कोई ब्रांच नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="368"/>
        <source>Type the counter or tray the pieces go to.</source>
        <translation>पीस जिस काउंटर या ट्रे में जा रहे हैं, वह लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="372"/>
        <source>Transfer {v} was received already.</source>
        <translation>ट्रांसफ़र {v} पहले ही मिल चुका है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="377"/>
        <source>Add at least one line first.</source>
        <translation>पहले कम से कम एक लाइन जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="381"/>
        <source>Piece {v} is on the bill twice.</source>
        <translation>पीस {v} बिल पर दो बार है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="385"/>
        <source>Too many lines: at most {b} on one bill.</source>
        <translation>बहुत ज़्यादा लाइनें: एक बिल पर ज़्यादा से ज़्यादा {b}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="389"/>
        <source>Bill {v} is cancelled.</source>
        <translation>बिल {v} रद्द है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="393"/>
        <source>Bill {v} has a return: it cannot be cancelled.</source>
        <translation>बिल {v} पर वापसी हो चुकी है: यह रद्द नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="397"/>
        <source>Bill {v} is of {a}: only today&apos;s bills can be cancelled. Make a sales return.</source>
        <translation>बिल {v} {a} का है: सिर्फ़ आज के बिल रद्द हो सकते हैं। सेल्स रिटर्न बनाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="404"/>
        <source>Estimate {v} is billed already.</source>
        <translation>एस्टिमेट {v} का बिल पहले ही बन चुका है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="408"/>
        <source>This estimate can no longer be billed: make a new one.</source>
        <translation>इस एस्टिमेट का अब बिल नहीं बन सकता: नया एस्टिमेट बनाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="412"/>
        <source>Some lines are not on bill {v}.</source>
        <translation>कुछ लाइनें बिल {v} पर नहीं हैं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="416"/>
        <source>A line was returned already.</source>
        <translation>एक लाइन पहले ही वापस हो चुकी है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="421"/>
        <source>More is returned than the bill sold.</source>
        <translation>बिल में जितना बिका था, उससे ज़्यादा वापस हो रहा है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="425"/>
        <source>Choose how the money is paid back.</source>
        <translation>पैसे किस तरीक़े से लौटाने हैं, चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="429"/>
        <source>The refunds ({a}) are more than the credit note&apos;s value ({b}).</source>
        <translation>लौटाई रकम ({a}) क्रेडिट नोट के मूल्य ({b}) से ज़्यादा है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="435"/>
        <source>{a} of the credit note is neither paid back nor kept as credit.</source>
        <translation>क्रेडिट नोट के {a} न लौटाए गए हैं, न क्रेडिट में रखे गए हैं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="442"/>
        <source>Customer credit needs the customer on the bill (F4).</source>
        <translation>ग्राहक का क्रेडिट इस्तेमाल करने के लिए बिल पर ग्राहक चाहिए (F4)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="446"/>
        <source>Choose a way of paying from the list.</source>
        <translation>सूची से भुगतान का तरीक़ा चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="450"/>
        <source>Type the last 4 digits of the card.</source>
        <translation>कार्ड के आख़िरी 4 अंक लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="454"/>
        <source>The amount must be more than zero for a UPI request.</source>
        <translation>यूपीआई रिक्वेस्ट के लिए रकम शून्य से ज़्यादा होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="458"/>
        <source>Set-off {a}: the amount must be more than zero.</source>
        <translation>समायोजन {a}: रकम शून्य से ज़्यादा होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="462"/>
        <source>Set-off {a}: only {b} is available, not {c}.</source>
        <translation>समायोजन {a}: सिर्फ़ {b} उपलब्ध है, {c} नहीं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="466"/>
        <source>Choose the kind of set-off from the list.</source>
        <translation>सूची से समायोजन का प्रकार चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="470"/>
        <source>No rate for {a} {b}: set today&apos;s rates.</source>
        <translation>{a} {b} की दर तय नहीं है: आज की दरें डालें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="472"/>
        <source>Type at least one rate.</source>
        <translation>कम से कम एक दर लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="475"/>
        <source>A rate is named like gold-916.</source>
        <translation>दर का नाम ऐसा होता है: gold-916।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="479"/>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="715"/>
        <source>The last day is before the first day.</source>
        <translation>आख़िरी दिन पहले दिन से पहले है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="483"/>
        <source>Use 1 to 16 letters, digits, / or - (GST Rule 46).</source>
        <translation>1 से 16 अक्षर, अंक, / या - (जीएसटी नियम 46)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="488"/>
        <source>₹{a} is not a note or coin.</source>
        <translation>₹{a} का कोई नोट या सिक्का नहीं होता।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="492"/>
        <source>The count of ₹{a} notes cannot be less than zero.</source>
        <translation>₹{a} के नोटों की गिनती शून्य से कम नहीं हो सकती।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="496"/>
        <source>The day is not closed, so it needs no reopening.</source>
        <translation>दिन बंद नहीं है, इसलिए दोबारा खोलने की ज़रूरत नहीं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="500"/>
        <source>GST on repair labour is at most 28%.</source>
        <translation>रिपेयर मज़दूरी पर जीएसटी ज़्यादा से ज़्यादा 28% है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="502"/>
        <source>Type whole hours, like 6.</source>
        <translation>पूरे घंटे लिखें, जैसे 6।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="505"/>
        <source>Hours to reopen a day: from 0 to 72.</source>
        <translation>दिन दोबारा खोलने के घंटे: 0 से 72।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="507"/>
        <source>There is no such setting.</source>
        <translation>ऐसी कोई सेटिंग नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="511"/>
        <source>Choose gold, silver or platinum.</source>
        <translation>सोना, चाँदी या प्लैटिनम चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="516"/>
        <source>Not a purity: type it like 22K916, 916 or 22K.</source>
        <translation>यह शुद्धता नहीं है: ऐसे लिखें: 22K916, 916 या 22K।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="519"/>
        <source>Import stock or customers.</source>
        <translation>स्टॉक या ग्राहक आयात करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="523"/>
        <source>This file cannot be read: choose a .csv (UTF-8) or .xlsx file.</source>
        <translation>यह फ़ाइल पढ़ी नहीं जा सकी: .csv (UTF-8) या .xlsx फ़ाइल चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="529"/>
        <source>The file has no rows to import.</source>
        <translation>फ़ाइल में आयात के लिए कोई पंक्ति नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="534"/>
        <source>The columns are not matched right: match them again.</source>
        <translation>कॉलम सही नहीं मिलाए गए: उन्हें फिर से मिलाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="538"/>
        <source>Match a column to each needed field: {fields}.</source>
        <translation>हर ज़रूरी फ़ील्ड से एक कॉलम मिलाएँ: {fields}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="542"/>
        <source>Mobile {v} is also on row {a} of this file.</source>
        <translation>मोबाइल {v} इस फ़ाइल की पंक्ति {a} पर भी है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="546"/>
        <source>Mobile {v} belongs to {a} already.</source>
        <translation>मोबाइल {v} पहले से {a} का है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="551"/>
        <source>The file is empty (0 bytes).</source>
        <translation>फ़ाइल ख़ाली है (0 बाइट)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="555"/>
        <source>The file is {a} MB; photos may be at most {b} MB.</source>
        <translation>फ़ाइल {a} MB की है; फ़ोटो ज़्यादा से ज़्यादा {b} MB की हो सकती है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="559"/>
        <source>The picture is too large to open safely.</source>
        <translation>तस्वीर इतनी बड़ी है कि सुरक्षित खोली नहीं जा सकती।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="563"/>
        <source>The file is not a picture: use a JPEG or PNG photo.</source>
        <translation>यह फ़ाइल तस्वीर नहीं है: JPEG या PNG फ़ोटो लें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="567"/>
        <source>The picture is cut short: the file is incomplete.</source>
        <translation>तस्वीर अधूरी है: फ़ाइल पूरी नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="571"/>
        <source>The picture cannot be read: the file is damaged.</source>
        <translation>तस्वीर पढ़ी नहीं जा सकती: फ़ाइल ख़राब है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="573"/>
        <source>Choose stones or metal.</source>
        <translation>नग या धातु चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="576"/>
        <source>Use digits only, like 98200 12345.</source>
        <translation>सिर्फ़ अंक लिखें, जैसे 98200 12345।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="580"/>
        <source>Choose metal issued to him or metal returned by him.</source>
        <translation>उसे दी गई धातु या उससे लौटी धातु चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="584"/>
        <source>Type how many stones: 1 or more.</source>
        <translation>कितने नग हैं लिखें: 1 या ज़्यादा।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="588"/>
        <source>Say what the stones are, like ruby.</source>
        <translation>नग क्या हैं लिखें, जैसे माणिक।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="592"/>
        <source>Choose what the order is made from.</source>
        <translation>चुनें कि ऑर्डर किससे बनेगा।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="596"/>
        <source>Type the catalogue number or the piece&apos;s tag.</source>
        <translation>कैटलॉग नंबर या पीस का टैग लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="600"/>
        <source>Describe the piece to be made.</source>
        <translation>बनने वाले पीस का विवरण लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="604"/>
        <source>It cannot be less than the weight from.</source>
        <translation>यह &apos;वज़न कम से कम&apos; से कम नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="606"/>
        <source>At most {a} photos.</source>
        <translation>ज़्यादा से ज़्यादा {a} फ़ोटो।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="609"/>
        <source>A photo was not kept: add it again.</source>
        <translation>एक फ़ोटो नहीं रखी गई: उसे फिर से जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="611"/>
        <source>The date is before today.</source>
        <translation>तारीख़ आज से पहले की है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="614"/>
        <source>It must be less than the gross weight.</source>
        <translation>यह कुल वज़न से कम होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="618"/>
        <source>Find the customer by mobile number first (F4).</source>
        <translation>पहले मोबाइल नंबर से ग्राहक ढूँढें (F4)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="622"/>
        <source>{a} is a category of another metal.</source>
        <translation>{a} दूसरी धातु की श्रेणी है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="624"/>
        <source>Order {a} is closed.</source>
        <translation>ऑर्डर {a} बंद हो चुका है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="625"/>
        <source>{a} is no longer active.</source>
        <translation>{a} अब सक्रिय नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="628"/>
        <source>It is after the date promised to the customer.</source>
        <translation>यह ग्राहक से किए वादे की तारीख़ के बाद है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="632"/>
        <source>The order was not given to a karigar (F3).</source>
        <translation>ऑर्डर किसी कारीगर को नहीं दिया गया (F3)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="636"/>
        <source>Say whether the advance is refunded or kept as credit.</source>
        <translation>बताएँ कि एडवांस लौटाया गया या क्रेडिट में रखा गया।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="640"/>
        <source>Choose how the advance is paid.</source>
        <translation>चुनें कि एडवांस कैसे दिया गया।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="644"/>
        <source>Today&apos;s rate is not set, so no rate can be booked.</source>
        <translation>आज की दर नहीं लगी है, इसलिए दर बुक नहीं हो सकती।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="646"/>
        <source>Choose the work to be done.</source>
        <translation>होने वाला काम चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="647"/>
        <source>Choose the work from the list.</source>
        <translation>काम सूची में से चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="648"/>
        <source>Type the cheque number.</source>
        <translation>चेक नंबर लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="651"/>
        <source>Type the card&apos;s last 4 digits.</source>
        <translation>कार्ड के आख़िरी 4 अंक लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="655"/>
        <source>Type a weight in grams, like 5.870.</source>
        <translation>वज़न ग्राम में लिखें, जैसे 5.870।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="658"/>
        <source>It is too large: at most 100 kg.</source>
        <translation>यह बहुत ज़्यादा है: ज़्यादा से ज़्यादा 100 कि.ग्रा.।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="661"/>
        <source>Type an amount, like 10000.50.</source>
        <translation>रकम लिखें, जैसे 10000.50।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="666"/>
        <source>The e-invoice needs a six-digit PIN code for the {w}.</source>
        <translation>ई-इनवॉइस के लिए {w} का छह अंकों का पिन कोड चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="670"/>
        <source>An e-invoice is only for a buyer with a GSTIN.</source>
        <translation>ई-इनवॉइस सिर्फ़ जीएसटीआईएन वाले ख़रीदार के लिए है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="674"/>
        <source>The invoice has no lines.</source>
        <translation>इनवॉइस में कोई लाइन नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="678"/>
        <source>Bill {v} has no buyer GSTIN, so it needs no e-invoice.</source>
        <translation>बिल {v} में ख़रीदार का जीएसटीआईएन नहीं है, इसलिए ई-इनवॉइस नहीं चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="682"/>
        <source>Bill {v} already has an IRN.</source>
        <translation>बिल {v} का IRN पहले से बना है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="686"/>
        <source>Type the GSP&apos;s web address, starting with https://.</source>
        <translation>जीएसपी का वेब पता लिखें, https:// से शुरू करके।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="690"/>
        <source>The B2C large limit must be more than zero.</source>
        <translation>B2C बड़े बिल की सीमा शून्य से ज़्यादा होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="694"/>
        <source>There is no Tally account called {v}.</source>
        <translation>टैली में {v} नाम का कोई खाता नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="698"/>
        <source>Type the Tally ledger for {v} (1 to 100 letters).</source>
        <translation>{v} के लिए टैली लेजर लिखें (1 से 100 अक्षर)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="702"/>
        <source>{v} is not a month: type it like {a}.</source>
        <translation>{v} महीना नहीं है: {a} की तरह लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="706"/>
        <source>Voucher {v} {a} does not balance: it is off by {b}.</source>
        <translation>वाउचर {v} {a} का जोड़ नहीं मिलता: {b} का फ़र्क़ है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="711"/>
        <source>There is no such report: choose one from the list.</source>
        <translation>ऐसी कोई रिपोर्ट नहीं है: सूची से चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="719"/>
        <source>Choose at most {a} days.</source>
        <translation>ज़्यादा से ज़्यादा {a} दिन चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="723"/>
        <source>Choose day, month or plan.</source>
        <translation>दिन, महीना या योजना चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="728"/>
        <source>This shop does not take points as payment.</source>
        <translation>यह दुकान पॉइंट से भुगतान नहीं लेती।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="732"/>
        <source>Points pay in steps of ₹{a}: {v} is not one.</source>
        <translation>पॉइंट ₹{a} के हिसाब से ही लगते हैं: {v} नहीं चलेगा।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="736"/>
        <source>Points can be used from a balance of {a}; the customer has {b}.</source>
        <translation>पॉइंट {a} के बैलेंस से इस्तेमाल हो सकते हैं; ग्राहक के पास {b} हैं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="742"/>
        <source>At most {a} points can pay this bill ({p}% of the invoice value, within the balance of {b}), not {c}.</source>
        <translation>इस बिल पर ज़्यादा से ज़्यादा {a} पॉइंट लग सकते हैं (इनवॉइस मूल्य का {p}%, {b} के बैलेंस में से), {c} नहीं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="749"/>
        <source>No customer has the mobile {v}.</source>
        <translation>मोबाइल {v} किसी ग्राहक का नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="753"/>
        <source>A customer cannot refer themselves.</source>
        <translation>ग्राहक ख़ुद को रेफ़र नहीं कर सकता।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="757"/>
        <source>{v} has bills already: only a new customer can name who referred them.</source>
        <translation>{v} के बिल पहले से हैं: सिर्फ़ नया ग्राहक बता सकता है कि उसे किसने भेजा।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="763"/>
        <source>There is no such loyalty setting.</source>
        <translation>ऐसी कोई लॉयल्टी सेटिंग नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="767"/>
        <source>This customer was merged already.</source>
        <translation>यह ग्राहक पहले ही मिला दिया गया है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="771"/>
        <source>A customer cannot be merged into themselves.</source>
        <translation>ग्राहक को ख़ुद में नहीं मिलाया जा सकता।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="776"/>
        <source>A fixed voucher is one of {v}.</source>
        <translation>तय वाउचर इनमें से एक होता है: {v}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="780"/>
        <source>Choose a fixed or an open value.</source>
        <translation>तय या खुली रकम चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="784"/>
        <source>Gift voucher {v} expired on {a}.</source>
        <translation>गिफ्ट वाउचर {v} की मियाद {a} को ख़त्म हो गई।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="788"/>
        <source>A voucher is valid from 1 to 3,650 days.</source>
        <translation>वाउचर 1 से 3,650 दिन तक मान्य होता है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="792"/>
        <source>Gift voucher {v} is cancelled.</source>
        <translation>गिफ्ट वाउचर {v} रद्द है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="796"/>
        <source>Gift voucher {v} is used up.</source>
        <translation>गिफ्ट वाउचर {v} पूरा इस्तेमाल हो चुका है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="800"/>
        <source>Type an amount in rupees from 1 to {a}.</source>
        <translation>1 से {a} तक की रकम रुपयों में लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="804"/>
        <source>Choose whether the voucher is sold or given free.</source>
        <translation>चुनें कि वाउचर बेचा गया या मुफ़्त दिया गया।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="808"/>
        <source>Gift voucher {v} has been used: it cannot be cancelled.</source>
        <translation>गिफ्ट वाउचर {v} इस्तेमाल हो चुका है: इसे रद्द नहीं कर सकते।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="813"/>
        <source>No bill has the number {v}: check it on the bill.</source>
        <translation>{v} नंबर का कोई बिल नहीं है: बिल पर नंबर देखकर फिर टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="817"/>
        <source>No thank-you message had the code {v}: check it.</source>
        <translation>किसी धन्यवाद संदेश में कोड {v} नहीं था: इसे जाँचें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="821"/>
        <source>The code {v} was sent for bill {a}, not this one.</source>
        <translation>कोड {v} बिल {a} के लिए भेजा गया था, इस बिल के लिए नहीं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="825"/>
        <source>Bill {v} has feedback already.</source>
        <translation>बिल {v} का फ़ीडबैक पहले ही लिया जा चुका है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="829"/>
        <source>Choose a rating from 1 to 5.</source>
        <translation>1 से 5 तक रेटिंग चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="833"/>
        <source>Choose an active member of staff.</source>
        <translation>कोई सक्रिय स्टाफ़ सदस्य चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="837"/>
        <source>The follow-up date is before today: choose a later day.</source>
        <translation>फ़ॉलो-अप की तारीख आज से पहले की है: आगे की तारीख चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="841"/>
        <source>Choose complaint or return.</source>
        <translation>शिकायत या वापसी चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="845"/>
        <source>A return needs the bill&apos;s number.</source>
        <translation>वापसी के लिए बिल नंबर ज़रूरी है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="849"/>
        <source>Choose the customer again.</source>
        <translation>ग्राहक फिर से चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="853"/>
        <source>It is closed already.</source>
        <translation>यह पहले ही बंद हो चुकी है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="857"/>
        <source>Write how it was resolved before closing it.</source>
        <translation>बंद करने से पहले लिखें कि इसे कैसे सुलझाया गया।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="861"/>
        <source>Choose door, counter, billing or delivery.</source>
        <translation>दरवाज़ा, काउंटर, बिलिंग या डिलीवरी चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="865"/>
        <source>{v} is in the list twice.</source>
        <translation>{v} सूची में दो बार है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="869"/>
        <source>Keep at least one item.</source>
        <translation>कम से कम एक काम रखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="873"/>
        <source>Keep at most {a} items.</source>
        <translation>ज़्यादा से ज़्यादा {a} काम रखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="877"/>
        <source>Choose an item of the checklist.</source>
        <translation>चेकलिस्ट का कोई काम चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="880"/>
        <source>Coupon {v} is withdrawn.</source>
        <translation>कूपन {v} वापस ले लिया गया है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="883"/>
        <source>Coupon {v} can be used from {a}.</source>
        <translation>कूपन {v} {a} से लगाया जा सकता है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="887"/>
        <source>Coupon {v} expired on {a}.</source>
        <translation>कूपन {v} की मियाद {a} को ख़त्म हो गई।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="891"/>
        <source>Coupon {v} has been used {a} times: that is its limit.</source>
        <translation>कूपन {v} {a} बार लग चुका है: इसकी सीमा इतनी ही है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="895"/>
        <source>Coupon {v} is once per customer: put the customer on the bill first (F4).</source>
        <translation>कूपन {v} हर ग्राहक के लिए एक ही बार है: पहले ग्राहक को बिल पर लें (F4)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="901"/>
        <source>This customer has used coupon {v} already.</source>
        <translation>यह ग्राहक कूपन {v} पहले ही इस्तेमाल कर चुका है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="905"/>
        <source>Use 3 to 20 letters, digits or dashes.</source>
        <translation>3 से 20 अक्षर, अंक या डैश (-) लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="909"/>
        <source>Give either a percent off making or a flat amount, not both.</source>
        <translation>या तो घड़ाई पर प्रतिशत छूट दें या तय रक़म, दोनों नहीं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="915"/>
        <source>It must be on or after the first valid day.</source>
        <translation>यह पहले मान्य दिन या उसके बाद का होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="919"/>
        <source>Type a number from 0 (no limit) to 10,00,000.</source>
        <translation>0 (कोई सीमा नहीं) से 10,00,000 तक की संख्या लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="923"/>
        <source>{v} is the code of another coupon already.</source>
        <translation>{v} पहले से किसी दूसरे कूपन का कोड है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="925"/>
        <source>Type the coupon&apos;s code.</source>
        <translation>कूपन का कोड लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="928"/>
        <source>This kind of discount is not known here.</source>
        <translation>इस तरह की छूट यहाँ मालूम नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="932"/>
        <source>{v} is on the bill twice.</source>
        <translation>{v} बिल पर दो बार है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="936"/>
        <source>Its making bonus is only for the bill that redeems the account (Ctrl+K).</source>
        <translation>इसका घड़ाई बोनस सिर्फ़ उसी बिल पर है जिसमें खाता भुनाया जाए (Ctrl+K)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="942"/>
        <source>It has no making bonus left to use.</source>
        <translation>इसमें इस्तेमाल के लिए घड़ाई बोनस बाक़ी नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="947"/>
        <source>It must be more than zero, in rupees and paise.</source>
        <translation>यह शून्य से ज़्यादा हो, रुपये और पैसे में।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="951"/>
        <source>It must be from {a} to {b}.</source>
        <translation>यह {a} से {b} तक होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="955"/>
        <source>This bonus rule needs it.</source>
        <translation>इस बोनस नियम में यह ज़रूरी है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="959"/>
        <source>A making discount is always given before tax.</source>
        <translation>मेकिंग पर छूट हमेशा टैक्स से पहले दी जाती है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="963"/>
        <source>A weight plan needs a metal and a purity.</source>
        <translation>वज़न वाली योजना के लिए धातु और शुद्धता चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="967"/>
        <source>The plan would mature more than {a} days after this start date.</source>
        <translation>इस शुरू की तारीख़ से योजना {a} दिन से ज़्यादा बाद पूरी होगी।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="973"/>
        <source>This plan cannot be closed before maturity.</source>
        <translation>यह योजना पूरी होने से पहले बंद नहीं हो सकती।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="977"/>
        <source>It has not matured yet.</source>
        <translation>यह अभी पूरी नहीं हुई है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="981"/>
        <source>It is more than the account holds.</source>
        <translation>यह खाते में जमा रकम से ज़्यादा है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="985"/>
        <source>This plan is redeemed in full only.</source>
        <translation>यह योजना सिर्फ़ पूरी एक साथ भुनाई जाती है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="989"/>
        <source>Type the cheque&apos;s 6-digit number.</source>
        <translation>चेक का 6 अंकों का नंबर लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="993"/>
        <source>It must be one instalment.</source>
        <translation>यह एक किस्त के बराबर होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="997"/>
        <source>The cheque is {v}, not due.</source>
        <translation>चेक {v} है, बाक़ी नहीं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1001"/>
        <source>The cheque is dated {a}: it is not due yet.</source>
        <translation>चेक {a} की तारीख़ का है: अभी लगाने का समय नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1005"/>
        <source>The cheque is {v}: only a presented cheque can clear.</source>
        <translation>चेक {v} है: सिर्फ़ बैंक में लगा चेक ही क्लियर हो सकता है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1009"/>
        <source>The cheque is {v}: only a presented cheque can bounce.</source>
        <translation>चेक {v} है: सिर्फ़ बैंक में लगा चेक ही बाउंस हो सकता है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1013"/>
        <source>This belongs to another customer.</source>
        <translation>यह किसी दूसरे ग्राहक का है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1018"/>
        <source>This account belongs to another branch, and this counter is not connected to head office: redeem it at its home branch.</source>
        <translation>यह खाता दूसरी शाखा का है और यह काउंटर हेड ऑफ़िस से जुड़ा नहीं है: इसे इसकी अपनी शाखा में ही भुनाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1027"/>
        <source>This account belongs to another branch: redeeming it here needs it fresh from head office, which cannot be reached now. Connect to head office, sync (Ctrl+Shift+S), then redeem it.</source>
        <translation>यह खाता दूसरी शाखा का है: यहाँ भुनाने के लिए इसकी ताज़ा जानकारी हेड ऑफ़िस से चाहिए, पर अभी हेड ऑफ़िस से संपर्क नहीं हो पा रहा। हेड ऑफ़िस से जोड़ें, सिंक करें (Ctrl+Shift+S), फिर भुनाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1037"/>
        <source>This account belongs to another branch: redeeming it here needs it fresh from head office. Connect to head office, sync (Ctrl+Shift+S), then redeem it.</source>
        <translation>यह खाता दूसरी शाखा का है: यहाँ भुनाने के लिए इसकी ताज़ा जानकारी हेड ऑफ़िस से चाहिए। हेड ऑफ़िस से जोड़ें, सिंक करें (Ctrl+Shift+S), फिर भुनाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1047"/>
        <source>This account belongs to another branch: redeeming it here needs it fresh from head office, and it was last brought {a} minutes ago (at most {b}). Connect to head office, sync (Ctrl+Shift+S), then redeem it.</source>
        <translation>यह खाता दूसरी शाखा का है: यहाँ भुनाने के लिए इसकी ताज़ा जानकारी हेड ऑफ़िस से चाहिए, और यह आख़िरी बार {a} मिनट पहले आई थी (ज़्यादा से ज़्यादा {b} मिनट चलती है)। हेड ऑफ़िस से जोड़ें, सिंक करें (Ctrl+Shift+S), फिर भुनाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1056"/>
        <source>The account is {v}: it takes no instalments.</source>
        <translation>खाता {v} है: इसमें किस्त नहीं ली जा सकती।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1064"/>
        <source>It must be one or more instalments of {a}.</source>
        <translation>यह {a} की एक या ज़्यादा किस्तों के बराबर होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1068"/>
        <source>Only {a} of {b} instalments are left.</source>
        <translation>{b} में से सिर्फ़ {a} किस्तें बाक़ी हैं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1072"/>
        <source>Use 4 to 20 letters, digits or dashes.</source>
        <translation>4 से 20 अक्षर, अंक या डैश लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1076"/>
        <source>Choose the member first.</source>
        <translation>पहले सदस्य चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1080"/>
        <source>Choose an active plan.</source>
        <translation>कोई चालू योजना चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1085"/>
        <source>Type a number of days from 1 to {a}.</source>
        <translation>1 से {a} तक दिनों की संख्या लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1089"/>
        <source>Type a number of months from 1 to {a}.</source>
        <translation>1 से {a} तक महीनों की संख्या लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1093"/>
        <source>An RFM score is from 3 to 15.</source>
        <translation>RFM अंक 3 से 15 तक होता है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1097"/>
        <source>Choose a category only with the one-category rule.</source>
        <translation>श्रेणी केवल &apos;एक ही श्रेणी&apos; वाली शर्त के साथ चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1101"/>
        <source>Choose at least one rule for the segment.</source>
        <translation>समूह के लिए कम से कम एक शर्त चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1105"/>
        <source>Hold out at most half of the customers (50%).</source>
        <translation>अधिक से अधिक आधे ग्राहक (50%) ही रोकें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1109"/>
        <source>Count bills from 1 to {a} days after the send.</source>
        <translation>भेजने के बाद 1 से {a} दिन तक के बिल गिनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1113"/>
        <source>The segment has no customers today: nothing to send.</source>
        <translation>आज इस समूह में कोई ग्राहक नहीं है: भेजने को कुछ नहीं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1117"/>
        <source>The account is already {v}.</source>
        <translation>खाता पहले से {v} है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1121"/>
        <source>It has matured: redeem it in a bill.</source>
        <translation>यह पूरी हो चुकी है: इसे बिल में भुनाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1125"/>
        <source>The account is {v}.</source>
        <translation>खाता {v} है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1130"/>
        <source>Type the whole address, like {a}.</source>
        <translation>पूरा पता लिखें, जैसे {a}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1134"/>
        <source>There is no such message setting.</source>
        <translation>ऐसी कोई संदेश सेटिंग नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1138"/>
        <source>Choose English or Hindi.</source>
        <translation>अंग्रेज़ी या हिंदी चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1142"/>
        <source>Choose a counter of this branch.</source>
        <translation>इस शाखा का एक काउंटर चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1146"/>
        <source>Choose GET or POST.</source>
        <translation>GET या POST चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1150"/>
        <source>Type the port as a number, like {a}.</source>
        <translation>पोर्ट संख्या में लिखें, जैसे {a}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1154"/>
        <source>Choose STARTTLS, TLS or none.</source>
        <translation>STARTTLS, TLS या कोई नहीं चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1158"/>
        <source>Type the DLT id in digits only.</source>
        <translation>DLT आईडी केवल अंकों में लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1162"/>
        <source>Type the country code in digits, like {a}.</source>
        <translation>देश कोड अंकों में लिखें, जैसे {a}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1166"/>
        <source>A kind of message has a short name of at most 32 letters.</source>
        <translation>संदेश के प्रकार का नाम अधिकतम 32 अक्षरों का हो।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1170"/>
        <source>Every kind of message needs an English text.</source>
        <translation>हर प्रकार के संदेश का अंग्रेज़ी पाठ होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1174"/>
        <source>Messages are in English or Hindi only.</source>
        <translation>संदेश केवल अंग्रेज़ी या हिंदी में होते हैं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1178"/>
        <source>Choose a status from the list.</source>
        <translation>सूची से स्थिति चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1182"/>
        <source>Only a message in doubt can be marked as sent.</source>
        <translation>केवल संदिग्ध संदेश को ही भेजा गया माना जा सकता है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1186"/>
        <source>This message is not a WhatsApp link.</source>
        <translation>यह संदेश WhatsApp लिंक नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1190"/>
        <source>This WhatsApp message was opened already.</source>
        <translation>यह WhatsApp संदेश पहले ही खोला जा चुका है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1194"/>
        <source>The customer has not agreed to this kind of message.</source>
        <translation>ग्राहक ने इस तरह के संदेश के लिए सहमति नहीं दी है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1198"/>
        <source>Choose a kind of message from the list.</source>
        <translation>सूची से संदेश का प्रकार चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1202"/>
        <source>This kind of message is not known.</source>
        <translation>इस प्रकार का संदेश ज्ञात नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1206"/>
        <source>Choose SMS, e-mail or WhatsApp.</source>
        <translation>SMS, ई-मेल या WhatsApp चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1210"/>
        <source>The message has no mobile number or e-mail address.</source>
        <translation>संदेश में कोई मोबाइल नंबर या ई-मेल पता नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1214"/>
        <source>The message reference is missing or too long.</source>
        <translation>संदेश का संदर्भ नहीं है या बहुत लंबा है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1218"/>
        <source>A brace {{ or }} is not closed. A placeholder looks like {{name}}.</source>
        <translation>कोई कोष्ठक {{ या }} बंद नहीं है। प्लेसहोल्डर ऐसे लिखें: {{name}}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1224"/>
        <source>{{{v}}} is not a placeholder. Use only {a}.</source>
        <translation>{{{v}}} कोई प्लेसहोल्डर नहीं है। केवल ये लिखें: {a}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1228"/>
        <source>Type the time as hours:minutes, like {a}.</source>
        <translation>समय घंटे:मिनट में लिखें, जैसे {a}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1233"/>
        <source>tag code</source>
        <translation>टैग कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1234"/>
        <source>design number</source>
        <translation>डिज़ाइन नंबर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1235"/>
        <source>category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1236"/>
        <source>metal</source>
        <translation>धातु</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1237"/>
        <source>purity</source>
        <translation>शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1238"/>
        <source>gross weight</source>
        <translation>कुल वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1239"/>
        <source>stone weight</source>
        <translation>नग का वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1240"/>
        <source>net weight</source>
        <translation>शुद्ध वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1242"/>
        <source>cost code</source>
        <translation>लागत कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1243"/>
        <source>shop name</source>
        <translation>दुकान का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1244"/>
        <source>barcode</source>
        <translation>बारकोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1245"/>
        <source>seller</source>
        <translation>विक्रेता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1246"/>
        <source>buyer</source>
        <translation>ख़रीदार</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1248"/>
        <source>active</source>
        <translation>चालू</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1249"/>
        <source>closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1250"/>
        <source>redeemed</source>
        <translation>भुनाया जा चुका</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1251"/>
        <source>due</source>
        <translation>बाक़ी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1252"/>
        <source>presented</source>
        <translation>बैंक में लगा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1253"/>
        <source>cleared</source>
        <translation>क्लियर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1254"/>
        <source>bounced</source>
        <translation>बाउंस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/problem_texts.py" line="1259"/>
        <source>This value is not right. Check it and type it again.</source>
        <translation>यह मान सही नहीं है। जाँचकर फिर से लिखें।</translation>
    </message>
</context>
<context>
    <name>MessagesScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/messages.py" line="35"/>
        <location filename="../../src/jewelpos/ui/screens/messages.py" line="104"/>
        <source>Messages</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/messages.py" line="105"/>
        <source>F2 Outbox</source>
        <translation>F2 आउटबॉक्स</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/messages.py" line="105"/>
        <source>F3 Templates</source>
        <translation>F3 टेम्पलेट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/messages.py" line="105"/>
        <source>F4 Settings</source>
        <translation>F4 सेटिंग</translation>
    </message>
</context>
<context>
    <name>NewCouponDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="120"/>
        <source>New coupon</source>
        <translation>नया कूपन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="121"/>
        <source>New discount coupon (before tax, on making and VA)</source>
        <translation>नया छूट कूपन (टैक्स से पहले, घड़ाई और VA पर)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="125"/>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="126"/>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="129"/>
        <source>&amp;Code</source>
        <translation>कोड (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="130"/>
        <source>&amp;Percent off making (or leave empty)</source>
        <translation>घड़ाई पर छूट प्रतिशत (&amp;P) (या खाली छोड़ें)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="131"/>
        <source>&amp;Flat amount off (or leave empty)</source>
        <translation>तय रक़म की छूट (&amp;F) (या खाली छोड़ें)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="132"/>
        <source>Also off &amp;VA</source>
        <translation>VA पर भी छूट (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="133"/>
        <source>&amp;Minimum bill (taxable, before the coupon)</source>
        <translation>न्यूनतम बिल (&amp;M) (कूपन से पहले का टैक्स योग्य मूल्य)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="134"/>
        <source>Valid f&amp;rom (dd-mm-yyyy)</source>
        <translation>कब से मान्य (&amp;R) (दिन-महीना-साल)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="135"/>
        <source>Valid &amp;to (dd-mm-yyyy)</source>
        <translation>कब तक मान्य (&amp;T) (दिन-महीना-साल)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="136"/>
        <source>&amp;Once per customer</source>
        <translation>हर ग्राहक के लिए एक ही बार (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="137"/>
        <source>How many &amp;bills may use it (0: no limit)</source>
        <translation>कितने बिलों (&amp;B) पर लग सकता है (0: कोई सीमा नहीं)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="141"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="160"/>
        <source>Percent off making</source>
        <translation>घड़ाई पर छूट प्रतिशत</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="161"/>
        <source>Flat amount off</source>
        <translation>तय रक़म की छूट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="162"/>
        <source>Minimum bill</source>
        <translation>न्यूनतम बिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="169"/>
        <source>{field}: type a number, like 10 or 500.</source>
        <translation>{field}: संख्या लिखें, जैसे 10 या 500।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="174"/>
        <source>Valid from</source>
        <translation>कब से मान्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="175"/>
        <source>Valid to</source>
        <translation>कब तक मान्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="181"/>
        <source>{field}: type a date like 31-12-2026.</source>
        <translation>{field}: तारीख़ ऐसे लिखें: 31-12-2026।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="187"/>
        <source>Type how many bills may use it, like 100.</source>
        <translation>लिखें कि कितने बिलों पर लग सकता है, जैसे 100।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_coupon.py" line="206"/>
        <source>Coupon {code} is ready, valid {start} to {end}.</source>
        <translation>कूपन {code} तैयार है, {start} से {end} तक मान्य।</translation>
    </message>
</context>
<context>
    <name>OldGoldDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="194"/>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="264"/>
        <source>Old gold</source>
        <translation>पुराना सोना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="195"/>
        <source>Old gold taken in exchange (purchase voucher)</source>
        <translation>बदले में लिया पुराना सोना (खरीद वाउचर)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="197"/>
        <source>&amp;Gross g</source>
        <translation>कुल ग्रा. (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="198"/>
        <source>&amp;Less dirt/stones g</source>
        <translation>मैल/पत्थर घटाएँ ग्रा. (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="199"/>
        <source>&amp;Touch %</source>
        <translation>टंच % (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="200"/>
        <source>24K &amp;rate ₹/g</source>
        <translation>24K दर ₹/ग्रा. (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="201"/>
        <source>De&amp;duction %</source>
        <translation>कटौती % (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="202"/>
        <source>It&amp;em</source>
        <translation>आइटम (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="206"/>
        <source>e.g. old bangles</source>
        <translation>जैसे पुरानी चूड़ियाँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="207"/>
        <source>Add line  (Enter)</source>
        <translation>लाइन जोड़ें  (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="208"/>
        <source>Done  (F10)</source>
        <translation>हो गया  (F10)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="209"/>
        <source>Cancel  (Esc)</source>
        <translation>रद्द करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="231"/>
        <source>Type the 24K rate by hand.</source>
        <translation>24K दर हाथ से लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="247"/>
        <source>This is required.</source>
        <translation>यह भरना ज़रूरी है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="252"/>
        <source>Type a number.</source>
        <translation>संख्या लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="283"/>
        <source>Less weight cannot be more than the gross weight.</source>
        <translation>घटाया वज़न कुल वज़न से ज़्यादा नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="285"/>
        <source>Touch must be more than 0 and at most 100.</source>
        <translation>टंच 0 से ज़्यादा और 100 तक होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="287"/>
        <source>Deduction must be at least 0 and below 100.</source>
        <translation>कटौती 0 या ज़्यादा और 100 से कम होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="289"/>
        <source>Type the rate in rupees per gram, like 7700.00.</source>
        <translation>दर रुपये प्रति ग्राम में लिखें, जैसे 7700.00।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="290"/>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="301"/>
        <source>Type the weight in grams, like 21.300.</source>
        <translation>वज़न ग्राम में लिखें, जैसे 21.300।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="336"/>
        <source>Type the gross weight, then Enter through the fields.</source>
        <translation>कुल वज़न लिखें, फिर Enter से आगे बढ़ें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="344"/>
        <source>Net {net} g × {touch}% = fine {fine} g  @ {rate}/g  =  {value}</source>
        <translation>शुद्ध {net} ग्रा. × {touch}% = फ़ाइन {fine} ग्रा.  @ {rate}/ग्रा.  =  {value}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="359"/>
        <source>{count} lots · fine {fine} g · set off {value}</source>
        <translation>{count} लॉट · फ़ाइन {fine} ग्रा. · कटौती {value}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/old_gold.py" line="363"/>
        <source>No old gold yet.</source>
        <translation>अभी कोई पुराना सोना नहीं।</translation>
    </message>
</context>
<context>
    <name>OldGoldModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="350"/>
        <source>Item</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="351"/>
        <source>Gross g</source>
        <translation>कुल ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="352"/>
        <source>Less g</source>
        <translation>घटाएँ ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="353"/>
        <source>Net g</source>
        <translation>शुद्ध ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="354"/>
        <source>Touch %</source>
        <translation>टंच %</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="355"/>
        <source>Fine g</source>
        <translation>फ़ाइन ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="356"/>
        <source>Rate ₹/g</source>
        <translation>दर ₹/ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="357"/>
        <source>Deduction %</source>
        <translation>कटौती %</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="358"/>
        <source>Value ₹</source>
        <translation>मूल्य ₹</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="384"/>
        <source>Old gold</source>
        <translation>पुराना सोना</translation>
    </message>
</context>
<context>
    <name>OrderIntakeDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="304"/>
        <source>New order</source>
        <translation>नया ऑर्डर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="305"/>
        <source>New customer order</source>
        <translation>ग्राहक का नया ऑर्डर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="307"/>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="308"/>
        <source>&amp;Made from</source>
        <translation>किससे बनेगा (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="309"/>
        <source>Sample / item no.</source>
        <translation>सैंपल / आइटम नं.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="310"/>
        <source>Ca&amp;tegory</source>
        <translation>श्रेणी (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="311"/>
        <source>P&amp;urity</source>
        <translation>शुद्धता (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="312"/>
        <source>&amp;Weight (g) from</source>
        <translation>वज़न (ग्रा.) कम से कम (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="313"/>
        <source>Si&amp;ze</source>
        <translation>साइज़ (&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="314"/>
        <source>&amp;Promised on</source>
        <translation>वादे की तारीख़ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="315"/>
        <source>&amp;Book today&apos;s rate for (g)</source>
        <translation>आज की दर बुक करें (ग्रा.) (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="316"/>
        <source>&amp;Design notes</source>
        <translation>डिज़ाइन की बातें (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="317"/>
        <source>Photos</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="318"/>
        <source>Ad&amp;vance</source>
        <translation>एडवांस (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="322"/>
        <source>to</source>
        <translation>से</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="323"/>
        <source>Find by mobile  F4</source>
        <translation>मोबाइल से ढूँढें  F4</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="325"/>
        <source>No customer yet</source>
        <translation>अभी कोई ग्राहक नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="329"/>
        <source>Customer&apos;s own stones and metal (a receipt is printed)</source>
        <translation>ग्राहक के अपने नग और धातु (रसीद छपती है)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="331"/>
        <source>Stones</source>
        <translation>नग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="332"/>
        <source>Metal</source>
        <translation>धातु</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="333"/>
        <source>What it is (ruby, old chain…)</source>
        <translation>क्या है (माणिक, पुरानी चेन…)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="334"/>
        <source>Count</source>
        <translation>गिनती</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="335"/>
        <source>Carats / grams</source>
        <translation>कैरेट / ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="336"/>
        <source>Purity (metal)</source>
        <translation>शुद्धता (धातु)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="337"/>
        <source>Add  Ctrl+M</source>
        <translation>जोड़ें  Ctrl+M</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="339"/>
        <source>Cash</source>
        <translation>कैश</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="340"/>
        <source>UPI</source>
        <translation>यूपीआई</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="341"/>
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="342"/>
        <source>Cheque</source>
        <translation>चेक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="343"/>
        <source>Bank transfer</source>
        <translation>बैंक ट्रांसफ़र</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="347"/>
        <source>Amount (none: leave empty)</source>
        <translation>रकम (न हो तो ख़ाली छोड़ें)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="348"/>
        <source>Cheque no. / card last 4 / UPI ref</source>
        <translation>चेक नं. / कार्ड के आख़िरी 4 / यूपीआई रेफ़रेंस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="349"/>
        <source>leave empty: charged at the delivery day&apos;s rate</source>
        <translation>ख़ाली छोड़ें: डिलीवरी वाले दिन की दर लगेगी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="350"/>
        <source>Save and print  F10</source>
        <translation>सहेजें और प्रिंट करें  F10</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="351"/>
        <source>Cancel  Esc</source>
        <translation>रद्द करें  Esc</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="435"/>
        <source>Type the count, carats or grams and purity as numbers.</source>
        <translation>गिनती, कैरेट या ग्राम और शुद्धता अंकों में लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="455"/>
        <source>{count} x {what}, {ct} ct</source>
        <translation>{count} x {what}, {ct} कैरेट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_intake.py" line="458"/>
        <source>{what}: {grams} g at {purity}</source>
        <translation>{what}: {grams} ग्रा., शुद्धता {purity}</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="20"/>
        <source>Taken</source>
        <translation>लिया गया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="21"/>
        <source>With karigar</source>
        <translation>कारीगर के पास</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="22"/>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="23"/>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="24"/>
        <source>Delivered</source>
        <translation>डिलीवर हुआ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="25"/>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="26"/>
        <source>Shop sample</source>
        <translation>दुकान का सैंपल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="27"/>
        <source>Customer sample</source>
        <translation>ग्राहक का सैंपल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="28"/>
        <source>Catalogue item</source>
        <translation>कैटलॉग आइटम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="29"/>
        <source>Stock piece</source>
        <translation>स्टॉक का पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="30"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="31"/>
        <source>Resize</source>
        <translation>साइज़ बदलना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="32"/>
        <source>Solder</source>
        <translation>टाँका</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="33"/>
        <source>Polish</source>
        <translation>पॉलिश</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="34"/>
        <source>Add stones</source>
        <translation>नग जड़ना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="35"/>
        <source>Add metal</source>
        <translation>धातु जोड़ना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="38"/>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="39"/>
        <source>Repair</source>
        <translation>रिपेयर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="40"/>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="41"/>
        <source>Item</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="42"/>
        <source>Piece</source>
        <translation>पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="43"/>
        <source>Weight</source>
        <translation>वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="44"/>
        <source>Weight in</source>
        <translation>आते समय वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="45"/>
        <source>Promised</source>
        <translation>वादा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="46"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="47"/>
        <source>Karigar</source>
        <translation>कारीगर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="48"/>
        <source>Advance</source>
        <translation>एडवांस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="49"/>
        <source>Tag</source>
        <translation>टैग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/orders.py" line="50"/>
        <source>Bill</source>
        <translation>बिल</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="75"/>
        <source>Orders</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="233"/>
        <source>Orders and repairs</source>
        <translation>ऑर्डर और रिपेयर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="235"/>
        <source>Open orders</source>
        <translation>चालू ऑर्डर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="236"/>
        <source>Due tomorrow</source>
        <translation>कल देने हैं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="237"/>
        <source>Overdue</source>
        <translation>देर से</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="238"/>
        <source>Ready, not collected for {days}+ days</source>
        <translation>तैयार, {days}+ दिन से नहीं ले गए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="241"/>
        <source>All orders</source>
        <translation>सभी ऑर्डर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="242"/>
        <source>Open repairs</source>
        <translation>चालू रिपेयर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="243"/>
        <source>All repairs</source>
        <translation>सभी रिपेयर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="247"/>
        <source>&amp;List</source>
        <translation>सूची (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="248"/>
        <source>&amp;Find</source>
        <translation>ढूँढें (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="249"/>
        <source>Order no., customer name or mobile</source>
        <translation>ऑर्डर नं., ग्राहक का नाम या मोबाइल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="251"/>
        <source>New order</source>
        <translation>नया ऑर्डर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="252"/>
        <source>New repair</source>
        <translation>नया रिपेयर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="253"/>
        <source>Karigar</source>
        <translation>कारीगर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="254"/>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="255"/>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="256"/>
        <source>Deliver</source>
        <translation>डिलीवर करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="257"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="258"/>
        <source>Order slip</source>
        <translation>ऑर्डर पर्ची</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="259"/>
        <source>Karigar slips</source>
        <translation>कारीगर पर्चियाँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="260"/>
        <source>Morning report</source>
        <translation>सुबह की रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="261"/>
        <source>Karigars</source>
        <translation>कारीगर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="334"/>
        <source>Due tomorrow: {due}   Overdue: {late}   Ready, not collected: {waiting}</source>
        <translation>कल देने हैं: {due}   देर से: {late}   तैयार, नहीं ले गए: {waiting}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="341"/>
        <source>{count} reminder(s) queued for sending.</source>
        <translation>{count} याद-संदेश भेजने के लिए कतार में।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="397"/>
        <source>photo not here yet</source>
        <translation>फ़ोटो अभी यहाँ नहीं पहुँची</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="401"/>
        <source>{when}  {status}  by {who} at {where}{note}</source>
        <translation>{when}  {status}  {who} द्वारा, {where} पर{note}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="420"/>
        <source>Made from: {what}</source>
        <translation>किससे बनेगा: {what}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="424"/>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="482"/>
        <source>Promised on {day}</source>
        <translation>वादे की तारीख़ {day}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="429"/>
        <source>Rate booked: {rate}/g for {weight}</source>
        <translation>बुक दर: {weight} के लिए {rate}/ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="437"/>
        <source>Karigar: {name}, due {day}</source>
        <translation>कारीगर: {name}, वापसी {day}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="441"/>
        <source>Received: gross {gross}, stones {stone}, net {net}</source>
        <translation>प्राप्त: कुल {gross}, नग {stone}, शुद्ध {net}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="447"/>
        <source>({diff} against the order)</source>
        <translation>(ऑर्डर से {diff})</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="451"/>
        <source>Tag {tag}</source>
        <translation>टैग {tag}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="455"/>
        <source>Customer&apos;s: {what}</source>
        <translation>ग्राहक का: {what}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="465"/>
        <source>Advance {number}: {amount} ({mode})</source>
        <translation>एडवांस {number}: {amount} ({mode})</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="480"/>
        <source>Work: {work}</source>
        <translation>काम: {work}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="481"/>
        <source>Weight in {weight}</source>
        <translation>आते समय वज़न {weight}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="485"/>
        <source>Karigar: {name}</source>
        <translation>कारीगर: {name}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="489"/>
        <source>Weight out {weight}, metal added {added}, labour {labour}</source>
        <translation>जाते समय वज़न {weight}, जोड़ी गई धातु {added}, मज़दूरी {labour}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="499"/>
        <source>Billed {amount}</source>
        <translation>बिल हुआ {amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="548"/>
        <source>Order {number} saved.</source>
        <translation>ऑर्डर {number} सहेजा गया।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="550"/>
        <source>Advance receipt {number}.</source>
        <translation>एडवांस रसीद {number}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="571"/>
        <source>Repair {number} taken in.</source>
        <translation>रिपेयर {number} लिया गया।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="631"/>
        <source>Order {number} received: tag {tag}, net {net}.</source>
        <translation>ऑर्डर {number} प्राप्त: टैग {tag}, शुद्ध {net}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="635"/>
        <source>{diff} against the order.</source>
        <translation>ऑर्डर से {diff}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/orders.py" line="683"/>
        <source>Repair {number} delivered: taxable {taxable}, GST {gst}, payable {payable}.</source>
        <translation>रिपेयर {number} डिलीवर हुआ: कर योग्य {taxable}, जीएसटी {gst}, देय {payable}।</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="125"/>
        <source>Queued</source>
        <translation>कतार में कब</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="126"/>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="127"/>
        <source>To</source>
        <translation>किसे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="128"/>
        <source>By</source>
        <translation>किससे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="129"/>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="130"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="131"/>
        <source>Tries</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/messages.py" line="132"/>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_outbox.py" line="134"/>
        <source>&amp;Status</source>
        <translation>स्थिति (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_outbox.py" line="135"/>
        <source>Searc&amp;h</source>
        <translation>खोजें (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_outbox.py" line="136"/>
        <source>Mobile, e-mail, name or text, then Enter</source>
        <translation>मोबाइल, ई-मेल, नाम या पाठ, फिर Enter</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_outbox.py" line="145"/>
        <source>F5 Refresh</source>
        <translation>F5 ताज़ा करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_outbox.py" line="146"/>
        <source>F6 Send again</source>
        <translation>F6 फिर से भेजें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_outbox.py" line="147"/>
        <source>F7 Mark as sent</source>
        <translation>F7 भेजा गया मानें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_outbox.py" line="148"/>
        <source>F8 Open in WhatsApp</source>
        <translation>F8 WhatsApp में खोलें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_outbox.py" line="149"/>
        <source>F9 Send now</source>
        <translation>F9 अभी भेजें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_outbox.py" line="212"/>
        <source>Queued to be sent again.</source>
        <translation>फिर से भेजने के लिए कतार में लगाया।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_outbox.py" line="229"/>
        <source>Marked as sent: it will not be sent again.</source>
        <translation>भेजा गया माना गया: यह दोबारा नहीं भेजा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_outbox.py" line="247"/>
        <source>WhatsApp opened: press Send there.</source>
        <translation>WhatsApp खुल गया: वहाँ Send दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_outbox.py" line="249"/>
        <source>WhatsApp could not be opened on this computer.</source>
        <translation>इस कंप्यूटर पर WhatsApp नहीं खुल सका।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_outbox.py" line="264"/>
        <source>Sent {sent}, to try again {retrying}, failed {failed}, in doubt {unknown}, not sent (opted out) {skipped}, waiting {waiting}.</source>
        <translation>भेजे {sent}, फिर प्रयास होगा {retrying}, नहीं भेजे जा सके {failed}, संदेह में {unknown}, नहीं भेजे (मना किया) {skipped}, प्रतीक्षा में {waiting}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_outbox.py" line="280"/>
        <source>Messages are sent by head office, not by this counter.</source>
        <translation>संदेश हेड ऑफिस से भेजे जाते हैं, इस काउंटर से नहीं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_outbox.py" line="282"/>
        <source>No counter sends messages yet: choose one on the Settings tab (F4).</source>
        <translation>अभी कोई काउंटर संदेश नहीं भेजता: सेटिंग टैब (F4) पर एक चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_outbox.py" line="283"/>
        <source>Another counter sends this branch&apos;s messages.</source>
        <translation>इस शाखा के संदेश दूसरा काउंटर भेजता है।</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="271"/>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="272"/>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="273"/>
        <source>PAYABLE</source>
        <translation>देय राशि</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="276"/>
        <source>&amp;Cash</source>
        <translation>कैश (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="277"/>
        <source>C&amp;ard</source>
        <translation>कार्ड (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="278"/>
        <source>&amp;UPI</source>
        <translation>यूपीआई (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="279"/>
        <source>C&amp;heque</source>
        <translation>चेक (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="280"/>
        <source>&amp;Bank transfer</source>
        <translation>बैंक ट्रांसफ़र (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="285"/>
        <source>Last 4</source>
        <translation>आख़िरी 4</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="286"/>
        <source>Approval code</source>
        <translation>अप्रूवल कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="287"/>
        <source>UPI reference</source>
        <translation>UPI रेफ़रेंस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="288"/>
        <source>Cheque no.</source>
        <translation>चेक नं.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="289"/>
        <source>UTR / reference</source>
        <translation>UTR / रेफ़रेंस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="295"/>
        <source>Enter moves on · F8 puts the balance in this field · Ctrl+Enter done · F10 done and save the bill</source>
        <translation>Enter से आगे · F8 से बाकी रकम इस खाने में · Ctrl+Enter हो गया · F10 हो गया और बिल सेव</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="299"/>
        <source>Done  (Ctrl+Enter)</source>
        <translation>हो गया  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="300"/>
        <source>Save &amp;&amp; print  (F10)</source>
        <translation>सेव और प्रिंट  (F10)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="301"/>
        <source>Cancel  (Esc)</source>
        <translation>रद्द करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="392"/>
        <source>Paid {amount}</source>
        <translation>भुगतान {amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="395"/>
        <source>Balance {amount}</source>
        <translation>बाकी {amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="398"/>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="400"/>
        <source>Fully paid</source>
        <translation>पूरा भुगतान हुआ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="403"/>
        <source>Change due {amount}</source>
        <translation>लौटाने हैं {amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="422"/>
        <source>Set the shop&apos;s UPI ID to show a pay QR here.</source>
        <translation>यहाँ भुगतान QR दिखाने के लिए दुकान की UPI ID सेट करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="427"/>
        <source>Nothing left to pay by UPI.</source>
        <translation>UPI से कुछ बाकी नहीं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="438"/>
        <source>The shop&apos;s UPI ID is not valid: check the settings.</source>
        <translation>दुकान की UPI ID सही नहीं है: सेटिंग जाँचें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="445"/>
        <location filename="../../src/jewelpos/ui/screens/customer_display.py" line="391"/>
        <source>Scan to pay {amount} by UPI</source>
        <translation>UPI से {amount} देने के लिए स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="508"/>
        <source>Type the last 4 digits of the card.</source>
        <translation>कार्ड के आख़िरी 4 अंक लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="510"/>
        <source>Type the cheque number.</source>
        <translation>चेक नंबर लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="514"/>
        <source>Card, UPI, cheque and bank cannot pay more than the bill; only cash gives change.</source>
        <translation>कार्ड, UPI, चेक और बैंक से बिल से ज़्यादा भुगतान नहीं हो सकता; छुट्टा सिर्फ़ कैश में।</translation>
    </message>
</context>
<context>
    <name>PhotoList</name>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/photo_list.py" line="143"/>
        <source>Add photo…  Ctrl+O</source>
        <translation>फ़ोटो जोड़ें…  Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/photo_list.py" line="144"/>
        <source>Remove photo</source>
        <translation>फ़ोटो हटाएँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/photo_list.py" line="146"/>
        <source>Camera  Ctrl+K</source>
        <translation>कैमरा  Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/photo_list.py" line="149"/>
        <source>No camera found</source>
        <translation>कोई कैमरा नहीं मिला</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/photo_list.py" line="151"/>
        <source>No camera is connected to this counter: add photos from files.</source>
        <translation>इस काउंटर से कोई कैमरा नहीं जुड़ा: फ़ाइलों से फ़ोटो जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/photo_list.py" line="153"/>
        <source>or drop photo files here</source>
        <translation>या फ़ोटो फ़ाइलें यहाँ छोड़ें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/photo_list.py" line="171"/>
        <source>Photos</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/photo_list.py" line="173"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.bmp);;All files (*)</source>
        <translation>फ़ोटो (*.jpg *.jpeg *.png *.webp *.bmp);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/photo_list.py" line="206"/>
        <source>Photo not added. {problem}</source>
        <translation>फ़ोटो नहीं जुड़ी। {problem}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/photo_list.py" line="259"/>
        <source>The camera did not take the photo: {text}</source>
        <translation>कैमरे ने फ़ोटो नहीं ली: {text}</translation>
    </message>
</context>
<context>
    <name>PieceDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="164"/>
        <source>Piece {tag}</source>
        <translation>पीस {tag}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="170"/>
        <source>Purity</source>
        <translation>शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="171"/>
        <source>Gross weight</source>
        <translation>कुल वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="172"/>
        <source>Stone weight</source>
        <translation>नग का वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="173"/>
        <source>Net weight</source>
        <translation>शुद्ध वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="187"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="188"/>
        <source>Design no.</source>
        <translation>डिज़ाइन नं.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="189"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="190"/>
        <source>HUID</source>
        <translation>HUID</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="191"/>
        <source>Making</source>
        <translation>मेकिंग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="192"/>
        <source>Wastage / VA</source>
        <translation>घटत / VA</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="193"/>
        <source>Cost code</source>
        <translation>लागत कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="194"/>
        <source>Location / tray</source>
        <translation>जगह / ट्रे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="195"/>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="203"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="214"/>
        <source>No photo</source>
        <translation>फ़ोटो नहीं है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="216"/>
        <source>Stones: {count}</source>
        <translation>नग: {count}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="218"/>
        <source>No stones</source>
        <translation>नग नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="221"/>
        <source>Stone</source>
        <translation>नग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="221"/>
        <source>Count</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="221"/>
        <source>Weight</source>
        <translation>वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="221"/>
        <source>Value</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="228"/>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="230"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="230"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="230"/>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="230"/>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="237"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="243"/>
        <source>{amount} per gram</source>
        <translation>{amount} प्रति ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="245"/>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="258"/>
        <source>{percent}% of metal value</source>
        <translation>धातु मूल्य का {percent}%</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="247"/>
        <source>{amount} per piece</source>
        <translation>{amount} प्रति पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="250"/>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="259"/>
        <source> (this piece)</source>
        <translation> (इस पीस पर)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="256"/>
        <source>{percent}% of net weight, in grams</source>
        <translation>शुद्ध वज़न का {percent}%, ग्राम में</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="263"/>
        <source>Received into stock</source>
        <translation>स्टॉक में आया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="264"/>
        <source>Sold</source>
        <translation>बिक चुका</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="265"/>
        <source>Returned</source>
        <translation>वापस आया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="266"/>
        <source>Reserved</source>
        <translation>आरक्षित</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="267"/>
        <source>Transferred</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="268"/>
        <source>Melted</source>
        <translation>गलाया गया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="269"/>
        <source>Sent on transfer</source>
        <translation>ट्रांसफ़र पर भेजा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="270"/>
        <source>Received from transfer</source>
        <translation>ट्रांसफ़र से प्राप्त</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="271"/>
        <source>Missing at stock-take</source>
        <translation>स्टॉक गिनती में गुम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="272"/>
        <source>Imported from the old program</source>
        <translation>पुराने प्रोग्राम से आयात</translation>
    </message>
</context>
<context>
    <name>PieceTableModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/stock.py" line="71"/>
        <source>Tag</source>
        <translation>टैग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/stock.py" line="72"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/stock.py" line="73"/>
        <source>Design</source>
        <translation>डिज़ाइन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/stock.py" line="74"/>
        <source>Purity</source>
        <translation>शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/stock.py" line="75"/>
        <source>Gross g</source>
        <translation>कुल ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/stock.py" line="76"/>
        <source>Stone g</source>
        <translation>नग ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/stock.py" line="77"/>
        <source>Net g</source>
        <translation>शुद्ध ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/stock.py" line="78"/>
        <source>HUID</source>
        <translation>HUID</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/stock.py" line="79"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>PinPairDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_pin.py" line="39"/>
        <source>New &amp;PIN (4 to 8 digits)</source>
        <translation>नया पिन (4 से 8 अंक) (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_pin.py" line="41"/>
        <source>PIN &amp;again</source>
        <translation>पिन दोबारा (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_pin.py" line="43"/>
        <source>Save  (Enter)</source>
        <translation>सेव करें  (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_pin.py" line="45"/>
        <source>Cancel  (Esc)</source>
        <translation>रद्द करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_pin.py" line="79"/>
        <source>Type 4 to 8 digits.</source>
        <translation>4 से 8 अंक लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/new_pin.py" line="82"/>
        <source>The two PINs are not the same. Type it again.</source>
        <translation>दोनों पिन एक जैसे नहीं हैं। फिर से लिखें।</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="33"/>
        <source>New savings plan</source>
        <translation>नई बचत योजना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="37"/>
        <source>Amount plan</source>
        <translation>रकम वाली योजना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="38"/>
        <source>Weight plan: gold 22K916 at each day&apos;s rate</source>
        <translation>वज़न वाली योजना: हर दिन की दर पर 22K916 सोना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="43"/>
        <source>One instalment</source>
        <translation>एक किस्त</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="44"/>
        <source>A percent of one instalment</source>
        <translation>एक किस्त का प्रतिशत</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="45"/>
        <source>A percent off making</source>
        <translation>मेकिंग पर प्रतिशत छूट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="49"/>
        <source>Set off after tax with the savings</source>
        <translation>टैक्स के बाद बचत के साथ घटाएँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="50"/>
        <source>A discount before GST</source>
        <translation>जीएसटी से पहले छूट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="55"/>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="55"/>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="57"/>
        <source>Refund the savings</source>
        <translation>बचत वापस दें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="58"/>
        <source>Keep the savings as credit</source>
        <translation>बचत क्रेडिट में रखें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="59"/>
        <source>Not allowed</source>
        <translation>अनुमति नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="63"/>
        <source>Plan code</source>
        <translation>योजना कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="64"/>
        <source>Plan name</source>
        <translation>योजना का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="65"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="66"/>
        <source>Monthly instalment (Rs)</source>
        <translation>मासिक किस्त (₹)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="67"/>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="117"/>
        <source>Number of instalments</source>
        <translation>किस्तों की संख्या</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="68"/>
        <source>Bonus</source>
        <translation>बोनस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="69"/>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="118"/>
        <source>Bonus percent</source>
        <translation>बोनस प्रतिशत</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="70"/>
        <source>Bonus is</source>
        <translation>बोनस है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="71"/>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="119"/>
        <source>Grace days</source>
        <translation>छूट के दिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="72"/>
        <source>Bonus cut per late instalment (%)</source>
        <translation>हर देर वाली किस्त पर बोनस कटौती (%)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="73"/>
        <source>Late instalments that lose the bonus (0: never)</source>
        <translation>कितनी देर वाली किस्तों पर बोनस नहीं मिलेगा (0: कभी नहीं)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="74"/>
        <source>Partial redemption</source>
        <translation>थोड़ा-थोड़ा भुनाना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="75"/>
        <source>Closing early</source>
        <translation>जल्दी बंद करना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="80"/>
        <source>Save  (Enter)</source>
        <translation>सेव करें  (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="82"/>
        <source>Cancel  (Esc)</source>
        <translation>रद्द करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="110"/>
        <source>{field}: type a number</source>
        <translation>{field}: संख्या लिखें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="116"/>
        <source>Monthly instalment</source>
        <translation>मासिक किस्त</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="120"/>
        <source>Bonus cut per late instalment</source>
        <translation>हर देर वाली किस्त पर बोनस कटौती</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_plan.py" line="121"/>
        <source>Late instalments that lose the bonus</source>
        <translation>कितनी देर वाली किस्तों पर बोनस नहीं मिलेगा</translation>
    </message>
</context>
<context>
    <name>PrintQueueStatus</name>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/print_queue.py" line="130"/>
        <source>1 print waiting</source>
        <translation>1 प्रिंट बाकी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/print_queue.py" line="132"/>
        <source>{n} prints waiting</source>
        <translation>{n} प्रिंट बाकी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/print_queue.py" line="136"/>
        <source>Prints waiting for a printer. {key} or a click prints them again.</source>
        <translation>प्रिंटर का इंतज़ार कर रहे प्रिंट। {key} दबाएँ या क्लिक करें, वे फिर से छपेंगे।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/print_queue.py" line="166"/>
        <source>No prints are waiting.</source>
        <translation>कोई प्रिंट बाकी नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/print_queue.py" line="167"/>
        <source>{n} printed</source>
        <translation>{n} छपे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/print_queue.py" line="169"/>
        <source>{printed}; nothing is waiting now.</source>
        <translation>{printed}; अब कुछ बाकी नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/print_queue.py" line="170"/>
        <source>{n} still waiting</source>
        <translation>{n} अभी बाकी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/print_queue.py" line="172"/>
        <source>the printer at {printer} is not answering</source>
        <translation>{printer} वाला प्रिंटर जवाब नहीं दे रहा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/print_queue.py" line="176"/>
        <source>no receipt printer is set (Settings, F12)</source>
        <translation>रसीद प्रिंटर सेट नहीं है (सेटिंग्स, F12)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/print_queue.py" line="178"/>
        <source>try again when the printer is on</source>
        <translation>प्रिंटर चालू होने पर फिर से कोशिश करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/print_queue.py" line="179"/>
        <source>{printed}, {waiting}: {reason}.</source>
        <translation>{printed}, {waiting}: {reason}।</translation>
    </message>
</context>
<context>
    <name>PrintTexts</name>
    <message>
        <location filename="../../src/jewelpos/ui/print_texts.py" line="15"/>
        <source>No receipt printer is set: the receipt is queued. Set the printer in Settings (F12), then Ctrl+Shift+R prints the queue.</source>
        <translation>कोई रसीद प्रिंटर तय नहीं है: रसीद कतार में रखी गई है। सेटिंग्स (F12) में प्रिंटर चुनें, फिर Ctrl+Shift+R से कतार छपेगी।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/print_texts.py" line="24"/>
        <source>No tag printer is set. Set it in Tag settings (Ctrl+7), then print again.</source>
        <translation>कोई टैग प्रिंटर तय नहीं है। टैग सेटिंग्स (Ctrl+7) में चुनें, फिर से छापें।</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="127"/>
        <source>code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="134"/>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="175"/>
        <source>GSTIN:</source>
        <translation>जीएसटीआईएन:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="136"/>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="170"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="284"/>
        <source>State:</source>
        <translation>राज्य:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="141"/>
        <source>Phone:</source>
        <translation>फ़ोन:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="145"/>
        <source>Invoice No.:</source>
        <translation>इनवॉइस नं.:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/credit_note_pdf.py" line="63"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="549"/>
        <source>IGST reversed</source>
        <translation>IGST वापस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/credit_note_pdf.py" line="66"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="551"/>
        <source>CGST reversed</source>
        <translation>CGST वापस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/credit_note_pdf.py" line="67"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="552"/>
        <source>SGST reversed</source>
        <translation>SGST वापस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/credit_note_pdf.py" line="69"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="553"/>
        <source>Credit note value</source>
        <translation>क्रेडिट नोट मूल्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/credit_note_pdf.py" line="70"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="557"/>
        <source>Refunded by {mode}</source>
        <translation>{mode} से लौटाए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/credit_note_pdf.py" line="77"/>
        <source>Kept as the customer&apos;s credit</source>
        <translation>ग्राहक के क्रेडिट में रखे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/credit_note_pdf.py" line="79"/>
        <source>Walk-in customer</source>
        <translation>सामान्य ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/credit_note_pdf.py" line="80"/>
        <source>Credit note No.:</source>
        <translation>क्रेडिट नोट नं.:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/credit_note_pdf.py" line="81"/>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="120"/>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="146"/>
        <source>Date:</source>
        <translation>तारीख़:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/credit_note_pdf.py" line="83"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="534"/>
        <source>CREDIT NOTE</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/credit_note_pdf.py" line="87"/>
        <source>Against tax invoice:</source>
        <translation>टैक्स इनवॉइस के बदले:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/credit_note_pdf.py" line="91"/>
        <source>Customer GSTIN:</source>
        <translation>ग्राहक का GSTIN:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/credit_note_pdf.py" line="93"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="542"/>
        <source>Reason:</source>
        <translation>कारण:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/credit_note_pdf.py" line="98"/>
        <source>Goods returned</source>
        <translation>लौटाया गया माल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="147"/>
        <source>Time:</source>
        <translation>समय:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="149"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="393"/>
        <source>Place of supply:</source>
        <translation>आपूर्ति का स्थान:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="153"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="398"/>
        <source>Reverse charge:</source>
        <translation>रिवर्स चार्ज:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="154"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="396"/>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="156"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="396"/>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="162"/>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="164"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="282"/>
        <source>Address:</source>
        <translation>पता:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="166"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="286"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="487"/>
        <source>Mobile:</source>
        <translation>मोबाइल:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="175"/>
        <source>Unregistered</source>
        <translation>अपंजीकृत</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="178"/>
        <source>PAN:</source>
        <translation>पैन:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="180"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="400"/>
        <source>Ship to:</source>
        <translation>भेजने का पता:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="183"/>
        <source>Ship-to state:</source>
        <translation>भेजने का राज्य:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="208"/>
        <source>Details of receiver (billed to)</source>
        <translation>प्राप्तकर्ता का विवरण (खरीदार)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="261"/>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="513"/>
        <source>Sr</source>
        <translation>क्र.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="262"/>
        <source>Description of goods</source>
        <translation>माल का विवरण</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="263"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="246"/>
        <source>HSN</source>
        <translation>HSN</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="264"/>
        <source>Purity</source>
        <translation>शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="265"/>
        <source>Pcs</source>
        <translation>पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="266"/>
        <source>Gross wt (g)</source>
        <translation>कुल वज़न (ग्रा.)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="267"/>
        <source>Stone wt (g)</source>
        <translation>नग वज़न (ग्रा.)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="268"/>
        <source>Net wt (g)</source>
        <translation>शुद्ध वज़न (ग्रा.)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="269"/>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="520"/>
        <source>Rate (₹/g)</source>
        <translation>दर (₹/ग्रा.)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="270"/>
        <source>Metal value (₹)</source>
        <translation>धातु मूल्य (₹)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="271"/>
        <source>VA, making, stones, hallmark (₹)</source>
        <translation>वीए, मेकिंग, नग, हॉलमार्क (₹)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="272"/>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="356"/>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="365"/>
        <source>Taxable value (₹)</source>
        <translation>कर योग्य मूल्य (₹)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="280"/>
        <source>HUID:</source>
        <translation>एचयूआईडी:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="282"/>
        <source>Tag:</source>
        <translation>टैग:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="305"/>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="401"/>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="411"/>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="543"/>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="339"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="305"/>
        <source>TAX INVOICE</source>
        <translation>टैक्स इनवॉइस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="340"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="306"/>
        <source>TAX INVOICE - CANCELLED</source>
        <translation>टैक्स इनवॉइस - रद्द</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="355"/>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="364"/>
        <source>HSN/SAC</source>
        <translation>HSN/SAC</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="357"/>
        <source>IGST rate</source>
        <translation>IGST दर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="358"/>
        <source>IGST (₹)</source>
        <translation>IGST (₹)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="359"/>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="370"/>
        <source>Total tax (₹)</source>
        <translation>कुल टैक्स (₹)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="366"/>
        <source>CGST rate</source>
        <translation>CGST दर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="367"/>
        <source>CGST (₹)</source>
        <translation>CGST (₹)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="368"/>
        <source>SGST rate</source>
        <translation>SGST दर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="369"/>
        <source>SGST (₹)</source>
        <translation>SGST (₹)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/credit_note_pdf.py" line="61"/>
        <location filename="../../src/jewelpos/printing/credit_note_pdf.py" line="99"/>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="133"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="42"/>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="437"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="405"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="492"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="547"/>
        <source>Taxable value</source>
        <translation>कर योग्य मूल्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="448"/>
        <source>Invoice value (incl. GST)</source>
        <translation>इनवॉइस मूल्य (GST सहित)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="452"/>
        <source>Less: old gold purchase</source>
        <translation>घटाएँ: पुराने सोने की खरीद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="456"/>
        <source>Less:</source>
        <translation>घटाएँ:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="458"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="412"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="500"/>
        <source>Round off</source>
        <translation>राउंड ऑफ़</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="461"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="415"/>
        <source>Net payable</source>
        <translation>कुल देय</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="509"/>
        <source>Old gold purchase voucher</source>
        <translation>पुराने सोने का खरीद वाउचर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="514"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="515"/>
        <source>Gross (g)</source>
        <translation>कुल (ग्रा.)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="516"/>
        <source>Less (g)</source>
        <translation>घटाएँ (ग्रा.)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="517"/>
        <source>Net (g)</source>
        <translation>शुद्ध (ग्रा.)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="518"/>
        <source>Touch %</source>
        <translation>टंच %</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="519"/>
        <source>Fine (g)</source>
        <translation>फ़ाइन (ग्रा.)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="521"/>
        <source>Value (₹)</source>
        <translation>मूल्य (₹)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="581"/>
        <source>Mode</source>
        <translation>तरीक़ा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="582"/>
        <source>Reference</source>
        <translation>रेफ़रेंस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="130"/>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="156"/>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="184"/>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="209"/>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="583"/>
        <source>Amount (₹)</source>
        <translation>रकम (₹)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="590"/>
        <source>Total received</source>
        <translation>कुल प्राप्त</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="592"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="429"/>
        <source>Balance due</source>
        <translation>बाकी देय</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="595"/>
        <source>Change returned</source>
        <translation>लौटाए गए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="612"/>
        <source>Payments</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="626"/>
        <source>Salesperson:</source>
        <translation>सेल्सपर्सन:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="628"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="440"/>
        <source>Cashier:</source>
        <translation>कैशियर:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="633"/>
        <source>Terms and conditions</source>
        <translation>नियम और शर्तें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="639"/>
        <source>Certified that the particulars given above are true and correct.</source>
        <translation>प्रमाणित किया जाता है कि ऊपर दिया गया विवरण सही और सत्य है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="647"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="295"/>
        <source>for</source>
        <translation>कृते</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="89"/>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="651"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="299"/>
        <source>Authorised signatory</source>
        <translation>अधिकृत हस्ताक्षरकर्ता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="712"/>
        <source>Net payable in words:</source>
        <translation>कुल देय शब्दों में:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/invoice_pdf.py" line="730"/>
        <source>DUPLICATE</source>
        <translation>डुप्लिकेट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/labels.py" line="27"/>
        <source>VA</source>
        <translation>वीए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/labels.py" line="28"/>
        <source>Making</source>
        <translation>मेकिंग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/customer_display.py" line="264"/>
        <location filename="../../src/jewelpos/printing/labels.py" line="29"/>
        <source>Stones</source>
        <translation>नग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/labels.py" line="30"/>
        <source>Hallmark</source>
        <translation>हॉलमार्क</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/labels.py" line="31"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/labels.py" line="32"/>
        <source>Discount</source>
        <translation>छूट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/labels.py" line="33"/>
        <source>Original for Recipient</source>
        <translation>मूल प्रति - प्राप्तकर्ता के लिए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/labels.py" line="34"/>
        <source>Duplicate for Transporter</source>
        <translation>दूसरी प्रति - ट्रांसपोर्टर के लिए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/labels.py" line="35"/>
        <source>Triplicate for Supplier</source>
        <translation>तीसरी प्रति - विक्रेता के लिए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="248"/>
        <source>HUID</source>
        <translation>एचयूआईडी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="250"/>
        <source>Tag</source>
        <translation>टैग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="252"/>
        <source>pcs</source>
        <translation>पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="260"/>
        <source>Metal</source>
        <translation>धातु</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="264"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="339"/>
        <source>Value</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="354"/>
        <source>Points redeemed</source>
        <translation>भुनाए गए पॉइंट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="355"/>
        <source>Points earned</source>
        <translation>मिले पॉइंट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="356"/>
        <source>Points balance</source>
        <translation>पॉइंट शेष</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="454"/>
        <source>Scan to pay {amount} by UPI</source>
        <translation>UPI से {amount} देने के लिए स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="478"/>
        <source>ESTIMATE (not a tax invoice)</source>
        <translation>एस्टिमेट (टैक्स इनवॉइस नहीं)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="481"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="536"/>
        <source>No.</source>
        <translation>नं.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="494"/>
        <source>Total with GST</source>
        <translation>GST सहित कुल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="502"/>
        <source>Estimate</source>
        <translation>एस्टिमेट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="505"/>
        <source>Valid only on {day} (today&apos;s rates)</source>
        <translation>केवल {day} को मान्य (आज की दरें)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="515"/>
        <source>Show this slip at the cash counter</source>
        <translation>यह पर्ची कैश काउंटर पर दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="539"/>
        <source>Against bill {number}</source>
        <translation>बिल {number} के बदले</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="560"/>
        <source>Kept as credit</source>
        <translation>क्रेडिट में रखे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/credit_note_pdf.py" line="88"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="280"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="485"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="541"/>
        <source>Customer:</source>
        <translation>ग्राहक:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="325"/>
        <source>OLD GOLD PURCHASE</source>
        <translation>पुराने सोने की खरीद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="327"/>
        <source>fine</source>
        <translation>फ़ाइन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="335"/>
        <source>less</source>
        <translation>घटाएँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="136"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="46"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="345"/>
        <source>Less old gold</source>
        <translation>घटाएँ पुराना सोना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="347"/>
        <source>Less</source>
        <translation>घटाएँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="389"/>
        <source>Bill</source>
        <translation>बिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/day_end_pdf.py" line="135"/>
        <location filename="../../src/jewelpos/printing/day_end_slip.py" line="44"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="407"/>
        <source>Invoice value</source>
        <translation>इनवॉइस मूल्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="423"/>
        <source>Paid by</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="432"/>
        <source>Change</source>
        <translation>लौटाए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="438"/>
        <location filename="../../src/jewelpos/printing/receipt.py" line="510"/>
        <source>Sales:</source>
        <translation>सेल्स:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/receipt.py" line="449"/>
        <source>Thank you. Please visit again.</source>
        <translation>धन्यवाद। फिर पधारें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/tags.py" line="128"/>
        <source>G</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/tags.py" line="129"/>
        <source>L</source>
        <translation>नग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/printing/tags.py" line="130"/>
        <source>N</source>
        <translation>शुद्ध</translation>
    </message>
</context>
<context>
    <name>QuarantineModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/sync.py" line="78"/>
        <source>Refused at</source>
        <translation>कब लौटाया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/sync.py" line="79"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/sync.py" line="80"/>
        <source>Head office&apos;s reason</source>
        <translation>हेड ऑफ़िस का कारण</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/sync.py" line="88"/>
        <source>Bill {number}</source>
        <translation>बिल {number}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/sync.py" line="89"/>
        <source>{table} {id}</source>
        <translation>{table} {id}</translation>
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
        <location filename="../../src/jewelpos/ui/screens/customer_display.py" line="300"/>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="227"/>
        <source>Today&apos;s rates - {day}</source>
        <translation>आज की दरें - {day}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="230"/>
        <source>Only a manager or the owner can change rates. You can see them here.</source>
        <translation>दरें सिर्फ़ मैनेजर या मालिक बदल सकते हैं। आप यहाँ उन्हें देख सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="234"/>
        <source>Type the 24K board rate: the other purities are worked out for you. Change any of them in the table (type over it), then save with Ctrl+S.</source>
        <translation>24K बोर्ड दर लिखें: बाकी शुद्धताओं की दर अपने आप निकल आएगी। टेबल में कोई भी दर बदलनी हो तो उस पर नई दर लिखें, फिर Ctrl+S से सेव करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="238"/>
        <source>Save rates  (Ctrl+S)</source>
        <translation>दरें सेव करें  (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="244"/>
        <source>30 days</source>
        <translation>30 दिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="244"/>
        <source>90 days</source>
        <translation>90 दिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="244"/>
        <source>1 year</source>
        <translation>1 साल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="248"/>
        <source>Each metal&apos;s rate, last {days} days</source>
        <translation>हर धातु की दर, पिछले {days} दिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="253"/>
        <source>{metal} 24K (999) board rate, ₹/g</source>
        <translation>{metal} 24K (999) बोर्ड दर, ₹/ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="348"/>
        <source>{text} is not a rate. Type rupees per gram, like 7150.00.</source>
        <translation>{text} दर नहीं है। रुपये प्रति ग्राम लिखें, जैसे 7150.00।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="367"/>
        <source>Nothing to save: type the board rate or a rate first.</source>
        <translation>सेव करने को कुछ नहीं: पहले बोर्ड दर या कोई दर लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="388"/>
        <source>Rates saved for {day}.</source>
        <translation>{day} की दरें सेव हो गईं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="444"/>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="447"/>
        <source>History of {metal} {purity}, last {days} days</source>
        <translation>{metal} {purity} का इतिहास, पिछले {days} दिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/rates.py" line="485"/>
        <source>₹ per gram</source>
        <translation>₹ प्रति ग्राम</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="122"/>
        <source>Receive from karigar</source>
        <translation>कारीगर से लें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="124"/>
        <source>{number}: received from the karigar</source>
        <translation>{number}: कारीगर से प्राप्त</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="127"/>
        <source>Ordered: {weight}. The piece gets a tag and is kept for this order.</source>
        <translation>ऑर्डर: {weight}। पीस को टैग मिलेगा और यह इसी ऑर्डर के लिए रखा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="131"/>
        <source>&amp;Gross weight (g)</source>
        <translation>कुल वज़न (ग्रा.) (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="132"/>
        <source>&amp;Stone weight (g)</source>
        <translation>नग का वज़न (ग्रा.) (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="133"/>
        <source>Karigar&apos;s &amp;wastage (g)</source>
        <translation>कारीगर का वेस्टेज (ग्रा.) (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="134"/>
        <source>Karigar&apos;s &amp;labour (₹)</source>
        <translation>कारीगर की मज़दूरी (₹) (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="135"/>
        <source>&amp;HUIDs (if hallmarked)</source>
        <translation>एचयूआईडी (हॉलमार्क हो तो) (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="136"/>
        <source>6 letters or digits each, separated by commas</source>
        <translation>हर एक 6 अक्षर या अंक, कॉमा से अलग</translation>
    </message>
</context>
<context>
    <name>ReceivingScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="212"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="213"/>
        <source>Design</source>
        <translation>डिज़ाइन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="214"/>
        <source>Purity</source>
        <translation>शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="215"/>
        <source>Gross g</source>
        <translation>कुल ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="216"/>
        <source>Stone g</source>
        <translation>नग ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="218"/>
        <source>Net g</source>
        <translation>शुद्ध ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="220"/>
        <source>HUID</source>
        <translation>HUID</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="221"/>
        <source>Cost code</source>
        <translation>लागत कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="337"/>
        <source>Receive stock</source>
        <translation>स्टॉक प्राप्त करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="338"/>
        <source>Purchase</source>
        <translation>खरीद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="339"/>
        <source>Karigar receipt</source>
        <translation>कारीगर से प्राप्ति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="340"/>
        <source>Supplier or karigar name</source>
        <translation>सप्लायर या कारीगर का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="342"/>
        <source>&amp;From</source>
        <translation>किससे (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="343"/>
        <source>&amp;Category</source>
        <translation>श्रेणी (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="344"/>
        <source>P&amp;urity</source>
        <translation>शुद्धता (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="345"/>
        <source>&amp;Design no.</source>
        <translation>डिज़ाइन नं. (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="346"/>
        <source>Descr&amp;iption</source>
        <translation>विवरण (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="347"/>
        <source>&amp;Gross weight (g)</source>
        <translation>कुल वज़न (ग्राम) (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="348"/>
        <source>&amp;Lot: pieces / weights</source>
        <translation>लॉट: नग / वज़न (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="349"/>
        <source>&amp;Stones: weight, count, value ₹</source>
        <translation>नग/पत्थर: वज़न, संख्या, मूल्य ₹ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="350"/>
        <source>&amp;HUIDs</source>
        <translation>HUID (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="351"/>
        <source>C&amp;ost ₹</source>
        <translation>लागत ₹ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="352"/>
        <source>&amp;Tray</source>
        <translation>ट्रे (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="353"/>
        <source>Photo / net</source>
        <translation>फ़ोटो / शुद्ध वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="357"/>
        <source>for a lot: each gross weight, e.g. 18.450 18.520</source>
        <translation>लॉट के लिए: हर नग का कुल वज़न, जैसे 18.450 18.520</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="358"/>
        <source>6 letters/digits each, space between</source>
        <translation>हर एक 6 अक्षर/अंक, बीच में स्पेस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="359"/>
        <source>Read scale  F5</source>
        <translation>काँटा पढ़ें  F5</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="360"/>
        <source>Photo…  Ctrl+I</source>
        <translation>फ़ोटो…  Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="361"/>
        <source>Add piece  Ctrl+Enter</source>
        <translation>नग जोड़ें  Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="362"/>
        <source>Remove  Ctrl+Del</source>
        <translation>हटाएँ  Ctrl+Del</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="363"/>
        <source>Save receipt  F10</source>
        <translation>रसीद सहेजें  F10</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="364"/>
        <source>Print tags  Ctrl+P</source>
        <translation>टैग छापें  Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="447"/>
        <source>₹{value} per gram</source>
        <translation>₹{value} प्रति ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="448"/>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="454"/>
        <source>{value}% of metal value</source>
        <translation>धातु मूल्य का {value}%</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="449"/>
        <source>₹{value} per piece</source>
        <translation>₹{value} प्रति नग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="452"/>
        <source>{value}% of net weight, in grams</source>
        <translation>शुद्ध वज़न का {value}%, ग्राम में</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="457"/>
        <source>Defaults of {category}: making {making}; wastage {wastage}</source>
        <translation>{category} के डिफ़ॉल्ट: मेकिंग {making}; वेस्टेज {wastage}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="476"/>
        <source>Net: —</source>
        <translation>शुद्ध: —</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="478"/>
        <source>Net: {weight}</source>
        <translation>शुद्ध: {weight}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="484"/>
        <source>Put the piece on the scale…</source>
        <translation>नग को काँटे पर रखें…</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="498"/>
        <source>Photo of the piece</source>
        <translation>नग की फ़ोटो</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="500"/>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation>तस्वीरें (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="518"/>
        <source>Photo attached to the next piece.</source>
        <translation>फ़ोटो अगले नग के साथ जुड़ गई।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="589"/>
        <source>{count} pieces · gross {gross} · net {net}</source>
        <translation>{count} नग · कुल {gross} · शुद्ध {net}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="615"/>
        <source>Receipt {number} saved: {count} pieces tagged ({first} …). Ctrl+P prints their tags.</source>
        <translation>रसीद {number} सहेजी गई: {count} नगों पर टैग लगे ({first} …)। Ctrl+P से उनके टैग छापें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="624"/>
        <source>Save a receipt first; then print its tags.</source>
        <translation>पहले रसीद सहेजें; फिर उसके टैग छापें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="632"/>
        <source>Tags sent to the printer.</source>
        <translation>टैग प्रिंटर को भेजे गए।</translation>
    </message>
</context>
<context>
    <name>RepairIntakeDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/repair.py" line="168"/>
        <source>New repair</source>
        <translation>नया रिपेयर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/repair.py" line="169"/>
        <source>Repair: the customer&apos;s piece</source>
        <translation>रिपेयर: ग्राहक का पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/repair.py" line="171"/>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/repair.py" line="172"/>
        <source>&amp;Piece</source>
        <translation>पीस (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/repair.py" line="173"/>
        <source>Work (Space ticks)</source>
        <translation>काम (Space से टिक करें)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/repair.py" line="174"/>
        <source>P&amp;urity</source>
        <translation>शुद्धता (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/repair.py" line="175"/>
        <source>&amp;Weight in (g)</source>
        <translation>आते समय वज़न (ग्रा.) (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/repair.py" line="176"/>
        <source>Promised &amp;on</source>
        <translation>वादे की तारीख़ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/repair.py" line="177"/>
        <source>&amp;Notes</source>
        <translation>टिप्पणी (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/repair.py" line="178"/>
        <source>Photos</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/repair.py" line="183"/>
        <source>Find by mobile  F4</source>
        <translation>मोबाइल से ढूँढें  F4</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/repair.py" line="185"/>
        <source>No customer yet</source>
        <translation>अभी कोई ग्राहक नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/repair.py" line="186"/>
        <source>Save  F10</source>
        <translation>सहेजें  F10</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/repair.py" line="187"/>
        <source>Cancel  Esc</source>
        <translation>रद्द करें  Esc</translation>
    </message>
</context>
<context>
    <name>RepairReturnDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="253"/>
        <source>Repair back</source>
        <translation>रिपेयर वापस आया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="254"/>
        <source>{number}: back from the karigar</source>
        <translation>{number}: कारीगर से वापस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="255"/>
        <source>Weight in: {weight}</source>
        <translation>आते समय वज़न: {weight}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="256"/>
        <source>Weight &amp;out (g)</source>
        <translation>जाते समय वज़न (ग्रा.) (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="257"/>
        <source>&amp;Metal added (g)</source>
        <translation>जोड़ी गई धातु (ग्रा.) (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="258"/>
        <source>&amp;Labour to charge (₹)</source>
        <translation>लेनी है मज़दूरी (₹) (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/order_steps.py" line="259"/>
        <source>Labour &amp;GST % (empty: the shop&apos;s rate)</source>
        <translation>मज़दूरी पर जीएसटी % (ख़ाली: दुकान की दर) (&amp;G)</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="60"/>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="276"/>
        <source>Reports</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="277"/>
        <source>Re&amp;port</source>
        <translation>रिपोर्ट (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="279"/>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="620"/>
        <source>Sales by day</source>
        <translation>दिन के हिसाब से बिक्री</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="280"/>
        <source>Sales by category</source>
        <translation>श्रेणी के हिसाब से बिक्री</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="281"/>
        <source>Sales by purity</source>
        <translation>शुद्धता के हिसाब से बिक्री</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="282"/>
        <source>Sales by salesperson</source>
        <translation>सेल्सपर्सन के हिसाब से बिक्री</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="283"/>
        <source>Payments by mode</source>
        <translation>भुगतान के तरीक़े के हिसाब से</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="284"/>
        <source>Stock and ageing by category</source>
        <translation>स्टॉक और पुरानापन श्रेणी के हिसाब से</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="285"/>
        <source>Stock and ageing by purity</source>
        <translation>स्टॉक और पुरानापन शुद्धता के हिसाब से</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="286"/>
        <source>Cash book</source>
        <translation>कैश बुक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="287"/>
        <source>Scheme collections by day</source>
        <translation>योजना वसूली दिन के हिसाब से</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="288"/>
        <source>Scheme collections by month</source>
        <translation>योजना वसूली महीने के हिसाब से</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="289"/>
        <source>Scheme collections by plan</source>
        <translation>योजना वसूली योजना के हिसाब से</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="290"/>
        <source>Scheme liability</source>
        <translation>योजना देनदारी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="298"/>
        <source>&amp;Range</source>
        <translation>अवधि (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="299"/>
        <source>&amp;From</source>
        <translation>किससे (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="300"/>
        <source>&amp;To</source>
        <translation>किस तक (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="302"/>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="303"/>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="304"/>
        <source>This month</source>
        <translation>इस महीने</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="305"/>
        <source>Last month</source>
        <translation>पिछले महीने</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="306"/>
        <source>This financial year</source>
        <translation>इस वित्त वर्ष</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="314"/>
        <source>F5 Show</source>
        <translation>F5 दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="315"/>
        <source>Esc Stop</source>
        <translation>Esc रोकें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="316"/>
        <source>F9 Excel</source>
        <translation>F9 एक्सेल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="317"/>
        <source>F10 PDF</source>
        <translation>F10 पीडीएफ़</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="318"/>
        <source>F8 GST, e-invoice and Tally settings</source>
        <translation>F8 GST, ई-इनवॉइस और टैली सेटिंग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="358"/>
        <source>The GST, e-invoice and Tally settings are saved.</source>
        <translation>GST, ई-इनवॉइस और टैली सेटिंग सहेज दी गईं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="457"/>
        <source>Invoice value, Rs</source>
        <translation>इनवॉइस मूल्य, ₹</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="465"/>
        <source>Amount, Rs</source>
        <translation>रकम, ₹</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="465"/>
        <source>Taxable, Rs</source>
        <translation>कर योग्य, ₹</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="472"/>
        <source>The report was stopped.</source>
        <translation>रिपोर्ट रोक दी गई।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="522"/>
        <source>Choose the report and the days, then press F5.</source>
        <translation>रिपोर्ट और दिन चुनें, फिर F5 दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="530"/>
        <source>{bills} bills; {count} payments; {value} taken</source>
        <translation>{bills} बिल; {count} भुगतान; {value} मिले</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="537"/>
        <source>{lines} lines; taxable {value}; making + VA {making}; fine {fine}</source>
        <translation>{lines} लाइनें; कर योग्य {value}; मेकिंग + VA {making}; फ़ाइन {fine}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="548"/>
        <source>{bills} bills; invoice value {value}; taxable {taxable}; GST {gst}; making + VA {making}; gold sold fine {fine}; old gold bought fine {og} worth {og_value}</source>
        <translation>{bills} बिल; इनवॉइस मूल्य {value}; कर योग्य {taxable}; जीएसटी {gst}; मेकिंग + VA {making}; बिका सोना फ़ाइन {fine}; ख़रीदा पुराना सोना फ़ाइन {og}, मूल्य {og_value}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="566"/>
        <source>Opening cash {opening}; closing cash {closing}</source>
        <translation>आरंभिक नकद {opening}; अंतिम नकद {closing}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="571"/>
        <source>{pieces} pieces held on {day}; net {net}; over 365 days old {old}</source>
        <translation>{day} को स्टॉक में {pieces} नग; शुद्ध {net}; 365 दिन से पुराना {old}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="579"/>
        <source>Owed to members on {day}: {money} and {grams} g</source>
        <translation>{day} को सदस्यों की देनदारी: {money} और {grams} ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="582"/>
        <source>{receipts} receipts; collected {amount}</source>
        <translation>{receipts} रसीदें; वसूली {amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="594"/>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="616"/>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="640"/>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="599"/>
        <source>on {day}</source>
        <translation>{day} को</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="601"/>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="621"/>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="644"/>
        <source>{first} to {last}</source>
        <translation>{first} से {last}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/reports.py" line="671"/>
        <source>Saved {path}</source>
        <translation>सेव किया: {path}</translation>
    </message>
</context>
<context>
    <name>ReturnGoodsDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="242"/>
        <source>Sales return</source>
        <translation>माल वापसी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="244"/>
        <source>Goods back from bill {number}</source>
        <translation>बिल {number} का माल वापस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="248"/>
        <source>Tick the pieces that come back (Space). A credit note is made with their GST; the pieces go back to stock. The bill itself is not changed.</source>
        <translation>जो पीस वापस आ रहे हैं उन्हें चुनें (Space)। उनके GST के साथ क्रेडिट नोट बनेगा; पीस वापस स्टॉक में जाएँगे। बिल खुद नहीं बदलेगा।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="253"/>
        <source>&amp;Pieces</source>
        <translation>पीस (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="254"/>
        <source>&amp;Reason</source>
        <translation>कारण (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="255"/>
        <source>Pay &amp;back by</source>
        <translation>पैसे लौटाने का तरीक़ा (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="256"/>
        <source>Re&amp;ference</source>
        <translation>रेफ़रेंस (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="257"/>
        <source>&amp;Cash</source>
        <translation>कैश (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="258"/>
        <source>C&amp;ard reversal</source>
        <translation>कार्ड रिवर्सल (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="259"/>
        <source>&amp;UPI</source>
        <translation>यूपीआई (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="260"/>
        <source>Ban&amp;k transfer</source>
        <translation>बैंक ट्रांसफ़र (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="261"/>
        <source>&amp;Manager</source>
        <translation>मैनेजर (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="262"/>
        <source>Manager&apos;s PI&amp;N</source>
        <translation>मैनेजर का पिन (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="266"/>
        <source>e.g. ring size does not fit</source>
        <translation>जैसे अंगूठी का साइज़ सही नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="267"/>
        <source>UPI / bank reference or card approval code</source>
        <translation>यूपीआई / बैंक रेफ़रेंस या कार्ड अप्रूवल कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="272"/>
        <source>Cash</source>
        <translation>कैश</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="273"/>
        <source>Card reversal</source>
        <translation>कार्ड रिवर्सल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="274"/>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="476"/>
        <source>UPI</source>
        <translation>यूपीआई</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="275"/>
        <source>Bank transfer</source>
        <translation>बैंक ट्रांसफ़र</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="278"/>
        <source>Keep as the customer&apos;s credit</source>
        <translation>ग्राहक के क्रेडिट में रखें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="279"/>
        <source>Split between modes</source>
        <translation>कई तरीक़ों में बाँटें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="284"/>
        <source>Keep the r&amp;est as the customer&apos;s credit</source>
        <translation>बाक़ी ग्राहक के क्रेडिट में रखें (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="285"/>
        <source>Make credit note  (Ctrl+Enter)</source>
        <translation>क्रेडिट नोट बनाएँ  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="286"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="287"/>
        <source>Print slip  (Ctrl+R)</source>
        <translation>पर्ची छापें  (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="288"/>
        <source>A4 credit note PDF  (Ctrl+P)</source>
        <translation>A4 क्रेडिट नोट पीडीएफ़  (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="381"/>
        <source>Credit note value: tick the pieces that come back.</source>
        <translation>क्रेडिट नोट का मूल्य: वापस आने वाले पीस पर निशान लगाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="384"/>
        <source>Credit note value: {amount} (taxable value and its GST)</source>
        <translation>क्रेडिट नोट का मूल्य: {amount} (कर योग्य मूल्य और उसका जीएसटी)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="399"/>
        <source>Type an amount like 1500.00.</source>
        <translation>रकम लिखें, जैसे 1500.00।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="416"/>
        <source>Tick at least one piece that comes back.</source>
        <translation>कम से कम एक वापस आने वाला पीस चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="418"/>
        <source>Say why the goods come back.</source>
        <translation>माल वापस आने का कारण लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="421"/>
        <source>No manager is set up on this counter.</source>
        <translation>इस काउंटर पर कोई मैनेजर नहीं बना है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="423"/>
        <source>Type the manager&apos;s PIN.</source>
        <translation>मैनेजर का पिन लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="430"/>
        <source>Type how much goes back in each mode, or keep the rest as credit.</source>
        <translation>हर तरीक़े से कितना लौटाना है लिखें, या बाक़ी क्रेडिट में रखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="474"/>
        <source>cash</source>
        <translation>कैश</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="475"/>
        <source>card reversal</source>
        <translation>कार्ड रिवर्सल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="477"/>
        <source>bank transfer</source>
        <translation>बैंक ट्रांसफ़र</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="480"/>
        <source>Credit note {number} for {amount}.</source>
        <translation>क्रेडिट नोट {number}, {amount} का।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="486"/>
        <source>Pay back {amount} by {mode}.</source>
        <translation>{amount} {mode} से लौटाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="492"/>
        <source>{amount} kept as the customer&apos;s credit.</source>
        <translation>{amount} ग्राहक के क्रेडिट में रखे गए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="524"/>
        <source>Credit note saved as {path}.</source>
        <translation>क्रेडिट नोट {path} में सेव हुआ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="526"/>
        <source>Slip printed.</source>
        <translation>पर्ची छप गई।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="528"/>
        <source>The slip is waiting in the print queue: {why}</source>
        <translation>पर्ची छपाई की कतार में रुकी है: {why}</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/user_edit.py" line="185"/>
        <source>Change role</source>
        <translation>भूमिका बदलें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/user_edit.py" line="186"/>
        <source>New role for {name}:</source>
        <translation>{name} की नई भूमिका:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/user_edit.py" line="192"/>
        <source>Save  (Enter)</source>
        <translation>सेव करें  (Enter)</translation>
    </message>
</context>
<context>
    <name>SalesReportModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="30"/>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="31"/>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="109"/>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="119"/>
        <source>Bills</source>
        <translation>बिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="32"/>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="111"/>
        <source>Gross g</source>
        <translation>कुल ग्रा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="33"/>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="112"/>
        <source>Net g</source>
        <translation>शुद्ध ग्रा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="34"/>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="113"/>
        <source>Fine g</source>
        <translation>फ़ाइन ग्रा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="35"/>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="114"/>
        <source>Making + VA</source>
        <translation>मेकिंग + VA</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="36"/>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="115"/>
        <source>Taxable</source>
        <translation>कर योग्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="37"/>
        <source>GST</source>
        <translation>जीएसटी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="38"/>
        <source>Invoice value</source>
        <translation>इनवॉइस मूल्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="39"/>
        <source>Returns</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="40"/>
        <source>Old gold fine g</source>
        <translation>पुराना सोना फ़ाइन ग्रा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="41"/>
        <source>Old gold value</source>
        <translation>पुराने सोने का मूल्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="108"/>
        <source>Group</source>
        <translation>समूह</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="110"/>
        <source>Lines</source>
        <translation>लाइनें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="118"/>
        <source>Payment mode</source>
        <translation>भुगतान का तरीक़ा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="120"/>
        <source>Payments</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="121"/>
        <source>Amount</source>
        <translation>रकम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="124"/>
        <source>Cash</source>
        <translation>कैश</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="125"/>
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="126"/>
        <source>UPI</source>
        <translation>यूपीआई</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="127"/>
        <source>Cheque</source>
        <translation>चेक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/reports.py" line="128"/>
        <source>Bank transfer</source>
        <translation>बैंक ट्रांसफ़र</translation>
    </message>
</context>
<context>
    <name>ScaleReader</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="78"/>
        <source>No scale port is set. Type the weight, or set the port.</source>
        <translation>काँटे का पोर्ट सेट नहीं है। वज़न टाइप करें, या पोर्ट सेट करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="86"/>
        <source>The scale port {port} is not there. Check the cable, or type the weight.</source>
        <translation>काँटे का पोर्ट {port} नहीं मिला। केबल जाँचें, या वज़न टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="95"/>
        <source>Cannot open the scale port {port}: {error}. Type the weight.</source>
        <translation>काँटे का पोर्ट {port} नहीं खुल रहा: {error}। वज़न टाइप करें।</translation>
    </message>
</context>
<context>
    <name>SchemeDialogs</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/scheme_dialogs.py" line="37"/>
        <source>Cancel  (Esc)</source>
        <translation>रद्द करें  (Esc)</translation>
    </message>
</context>
<context>
    <name>SchemesScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="46"/>
        <source>Schemes</source>
        <translation>योजनाएँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="183"/>
        <source>Savings schemes</source>
        <translation>बचत योजनाएँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="184"/>
        <source>Scan the passbook or type the mobile, then Enter:</source>
        <translation>पासबुक स्कैन करें या मोबाइल लिखें, फिर Enter:</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="185"/>
        <source>F2 Take instalment</source>
        <translation>F2 किस्त लें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="186"/>
        <source>F3 Enrol member</source>
        <translation>F3 सदस्य जोड़ें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="187"/>
        <source>F4 Cheques</source>
        <translation>F4 चेक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="188"/>
        <source>F5 Due this week</source>
        <translation>F5 इस हफ़्ते की किस्तें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="189"/>
        <source>F6 Defaulters</source>
        <translation>F6 बकायादार</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="190"/>
        <source>F7 Maturing this month</source>
        <translation>F7 इस महीने पूरी होने वाली</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="191"/>
        <source>F8 Matured, not redeemed</source>
        <translation>F8 पूरी हुई, भुनाई नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="192"/>
        <source>Ctrl+P Statement PDF</source>
        <translation>Ctrl+P स्टेटमेंट पीडीएफ़</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="193"/>
        <source>F9 New plan</source>
        <translation>F9 नई योजना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="194"/>
        <source>F10 Close early (manager)</source>
        <translation>F10 जल्दी बंद (मैनेजर)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="225"/>
        <source>Accounts for {text}</source>
        <translation>{text} के खाते</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="229"/>
        <source>No scheme account has passbook or mobile {text}.</source>
        <translation>पासबुक या मोबाइल {text} का कोई योजना खाता नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="241"/>
        <source>Instalments due this week</source>
        <translation>इस हफ़्ते की बाक़ी किस्तें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="242"/>
        <source>Defaulters: an instalment missed</source>
        <translation>बकायादार: किस्त छूटी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="243"/>
        <source>Maturing this month</source>
        <translation>इस महीने पूरी होने वाली</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="244"/>
        <source>Matured and not redeemed</source>
        <translation>पूरी हुई और भुनाई नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="284"/>
        <source>No member chosen.</source>
        <translation>कोई सदस्य नहीं चुना।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="287"/>
        <source>{name} ({mobile}), passbook {book}, {plan}: {paid} of {count} paid, balance {balance}; matures {maturity}</source>
        <translation>{name} ({mobile}), पासबुक {book}, {plan}: {count} में से {paid} जमा, बैलेंस {balance}; पूरी होगी {maturity}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="300"/>
        <source>; {grams} g credited</source>
        <translation>; {grams} ग्रा जमा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="302"/>
        <source>; bonus {bonus}</source>
        <translation>; बोनस {bonus}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="310"/>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="402"/>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="535"/>
        <source>Scan the passbook or type the mobile first.</source>
        <translation>पहले पासबुक स्कैन करें या मोबाइल लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="326"/>
        <source>Receipt {number}: {amount} taken, {paid} of {count} paid.</source>
        <translation>रसीद {number}: {amount} लिए, {count} में से {paid} जमा।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="372"/>
        <source>{name} enrolled: passbook {book}.</source>
        <translation>{name} सदस्य बने: पासबुक {book}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="457"/>
        <source>Plan {code} saved: {name}.</source>
        <translation>योजना {code} सेव हुई: {name}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="479"/>
        <source>Choose an active member first (scan the passbook).</source>
        <translation>पहले चालू सदस्य चुनें (पासबुक स्कैन करें)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="497"/>
        <source>Close passbook {book} of {name} early: {balance} back by the plan&apos;s rule, without a bonus.</source>
        <translation>{name} की पासबुक {book} जल्दी बंद करें: योजना के नियम से {balance} वापस, बिना बोनस।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="509"/>
        <source>refunded</source>
        <translation>वापस दिए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="509"/>
        <source>kept as credit</source>
        <translation>क्रेडिट में रखे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="511"/>
        <source>Account closed early: {amount} {how}.</source>
        <translation>खाता जल्दी बंद हुआ: {amount} {how}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="549"/>
        <source>Saved as {path}.</source>
        <translation>{path} के रूप में सेव किया।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/schemes.py" line="552"/>
        <source>The slip is queued: set the receipt printer in Settings (F12), then Ctrl+Shift+R prints it.</source>
        <translation>पर्ची कतार में है: सेटिंग्स (F12) में रसीद प्रिंटर सेट करें, फिर Ctrl+Shift+R से प्रिंट होगी।</translation>
    </message>
</context>
<context>
    <name>SegmentMembersModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/campaigns.py" line="84"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/campaigns.py" line="85"/>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/campaigns.py" line="86"/>
        <source>Last bill</source>
        <translation>आखिरी बिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/campaigns.py" line="87"/>
        <source>Bills</source>
        <translation>बिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/campaigns.py" line="88"/>
        <source>Spend</source>
        <translation>खरीद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/campaigns.py" line="89"/>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
</context>
<context>
    <name>SellVoucherDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sell_voucher.py" line="97"/>
        <location filename="../../src/jewelpos/ui/dialogs/sell_voucher.py" line="98"/>
        <source>Sell a gift voucher</source>
        <translation>गिफ्ट वाउचर बेचें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sell_voucher.py" line="101"/>
        <source>&amp;Amount (fixed: {list}; any other is open)</source>
        <translation>रकम (तय: {list}; बाक़ी कोई भी खुली) (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sell_voucher.py" line="103"/>
        <source>&amp;Paid by</source>
        <translation>भुगतान (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sell_voucher.py" line="104"/>
        <source>&amp;Reference</source>
        <translation>रेफ़रेंस (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sell_voucher.py" line="105"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sell_voucher.py" line="122"/>
        <source>Amount: type the voucher&apos;s value in rupees.</source>
        <translation>रकम: वाउचर का मूल्य रुपयों में लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sell_voucher.py" line="143"/>
        <source>Voucher {number} for {amount}: code {code}, valid until {day}.</source>
        <translation>वाउचर {number}, {amount} का: कोड {code}, {day} तक मान्य।</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="165"/>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="166"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="167"/>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="168"/>
        <source>Data folder</source>
        <translation>डेटा फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="169"/>
        <source>The language is kept for you and used each time you log in.</source>
        <translation>यह भाषा आपके लिए याद रखी जाती है और हर बार लॉग इन करने पर इस्तेमाल होती है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="170"/>
        <source>Receipt &amp;printer</source>
        <translation>रसीद प्रिंटर (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="172"/>
        <source>tcp://192.168.1.50:9100, dev:/dev/usb/lp0, win:Printer name or file:/path</source>
        <translation>tcp://192.168.1.50:9100, dev:/dev/usb/lp0, win:प्रिंटर का नाम या file:/path</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="174"/>
        <source>Receipt pape&amp;r</source>
        <translation>रसीद का कागज़ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="175"/>
        <source>Shop &amp;UPI ID</source>
        <translation>दुकान की UPI ID (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="176"/>
        <source>e.g. shopname@okaxis (for the UPI QR on bills)</source>
        <translation>जैसे shopname@okaxis (बिल पर UPI QR के लिए)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="177"/>
        <source>Customer &amp;display</source>
        <translation>ग्राहक डिस्प्ले (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="178"/>
        <source>None (no second screen for the customer)</source>
        <translation>कोई नहीं (ग्राहक के लिए दूसरी स्क्रीन नहीं)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="182"/>
        <source>{screen} (not attached)</source>
        <translation>{screen} (जुड़ी नहीं है)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="184"/>
        <source>S&amp;hop settings: fees, limits, category defaults...  (Alt+H)</source>
        <translation>दुकान की सेटिंग्स: फ़ीस, सीमाएँ, श्रेणी के डिफ़ॉल्ट...  (Alt+H) (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="186"/>
        <source>Save  (Enter)</source>
        <translation>सेव करें  (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="187"/>
        <source>Cancel  (Esc)</source>
        <translation>रद्द करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="207"/>
        <source>The printer address is not understood. Use tcp://IP:9100, dev:/dev/usb/lp0, win:Printer name or file:/path.</source>
        <translation>प्रिंटर का पता समझ नहीं आया। tcp://IP:9100, dev:/dev/usb/lp0, win:प्रिंटर का नाम या file:/path लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="217"/>
        <source>The UPI ID is not valid: it looks like shopname@bank.</source>
        <translation>UPI ID सही नहीं है: यह shopname@bank जैसी होती है।</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="171"/>
        <source>Sending</source>
        <translation>भेजना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="172"/>
        <source>SMS gateway (HTTP)</source>
        <translation>SMS गेटवे (HTTP)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="173"/>
        <source>E-mail (SMTP)</source>
        <translation>ई-मेल (SMTP)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="174"/>
        <source>WhatsApp Business API</source>
        <translation>WhatsApp Business API</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="176"/>
        <source>Sending &amp;counter</source>
        <translation>भेजने वाला काउंटर (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="177"/>
        <source>&amp;Quiet hours from</source>
        <translation>शांत समय कब से (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="178"/>
        <source>Quiet hours &amp;until</source>
        <translation>शांत समय कब तक (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="179"/>
        <source>Default &amp;language</source>
        <translation>मूल भाषा (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="180"/>
        <source>Method</source>
        <translation>तरीका</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="181"/>
        <source>Gateway address</source>
        <translation>गेटवे का पता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="182"/>
        <source>Number parameter</source>
        <translation>नंबर पैरामीटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="183"/>
        <source>Text parameter</source>
        <translation>पाठ पैरामीटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="184"/>
        <source>Sender id parameter</source>
        <translation>सेंडर आईडी पैरामीटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="185"/>
        <source>Entity id parameter</source>
        <translation>एंटिटी आईडी पैरामीटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="186"/>
        <source>Template id parameter</source>
        <translation>टेम्पलेट आईडी पैरामीटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="187"/>
        <source>API key parameter</source>
        <translation>API कुंजी पैरामीटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="188"/>
        <source>Reference parameter</source>
        <translation>संदर्भ पैरामीटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="189"/>
        <source>API key</source>
        <translation>API कुंजी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="190"/>
        <source>Sender id</source>
        <translation>सेंडर आईडी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="191"/>
        <source>DLT entity id</source>
        <translation>DLT एंटिटी आईडी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="192"/>
        <source>Mail server</source>
        <translation>मेल सर्वर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="193"/>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="194"/>
        <source>Security</source>
        <translation>सुरक्षा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="195"/>
        <source>Login</source>
        <translation>लॉगिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="196"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="197"/>
        <source>From address</source>
        <translation>भेजने वाले का पता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="198"/>
        <source>API address</source>
        <translation>API का पता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="199"/>
        <source>Token</source>
        <translation>टोकन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="200"/>
        <source>Country code</source>
        <translation>देश कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="206"/>
        <source>Ctrl+S Save settings</source>
        <translation>Ctrl+S सेटिंग सहेजें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="215"/>
        <source>None chosen: nothing is sent</source>
        <translation>कोई नहीं चुना: कुछ नहीं भेजा जाएगा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="218"/>
        <source> (this counter)</source>
        <translation> (यही काउंटर)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="227"/>
        <source>Stored: leave empty to keep it</source>
        <translation>सहेजा हुआ है: रखने के लिए खाली छोड़ें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_settings.py" line="287"/>
        <source>Message settings saved.</source>
        <translation>संदेश सेटिंग सहेजी गई।</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="289"/>
        <source>JewelPOS - first-run setup</source>
        <translation>JewelPOS - पहली बार की सेटिंग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="290"/>
        <source>Set up this counter</source>
        <translation>यह काउंटर सेट करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="293"/>
        <source>Enter the shop&apos;s details once. Fields marked * are needed. Enter moves to the next field; Enter on the last field finishes.</source>
        <translation>दुकान की जानकारी एक बार भरें। * वाले खाने ज़रूरी हैं। Enter दबाने पर अगला खाना आता है; आख़िरी खाने पर Enter से सेटिंग पूरी होती है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="297"/>
        <source>Shop</source>
        <translation>दुकान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="298"/>
        <source>Head office (optional)</source>
        <translation>हेड ऑफ़िस (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="299"/>
        <source>Branch and counter</source>
        <translation>शाखा और काउंटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="300"/>
        <source>Owner&apos;s login</source>
        <translation>मालिक का लॉग इन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="302"/>
        <source>Shop name *</source>
        <translation>दुकान का नाम *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="303"/>
        <source>Legal name</source>
        <translation>कानूनी नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="304"/>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="305"/>
        <source>State *</source>
        <translation>राज्य *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="306"/>
        <source>Address *</source>
        <translation>पता *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="307"/>
        <source>City *</source>
        <translation>शहर *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="308"/>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="309"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="310"/>
        <source>Server address</source>
        <translation>सर्वर का पता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="311"/>
        <source>One-time code</source>
        <translation>एक बार का कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="312"/>
        <source>Branch code *</source>
        <translation>शाखा कोड *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="313"/>
        <source>Branch name</source>
        <translation>शाखा का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="314"/>
        <source>Counter code *</source>
        <translation>काउंटर कोड *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="315"/>
        <source>User name *</source>
        <translation>यूज़र नाम *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="316"/>
        <source>Full name *</source>
        <translation>पूरा नाम *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="317"/>
        <source>PIN *</source>
        <translation>पिन *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="318"/>
        <source>Confirm PIN *</source>
        <translation>पिन दोबारा *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="322"/>
        <source>as on the GST registration (optional)</source>
        <translation>जैसा GST रजिस्ट्रेशन में है (ज़रूरी नहीं)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="326"/>
        <source>type a name or code to search</source>
        <translation>खोजने के लिए नाम या कोड लिखें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="327"/>
        <source>10-digit mobile (optional)</source>
        <translation>10 अंकों का मोबाइल (ज़रूरी नहीं)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="328"/>
        <source>e.g. 192.168.1.20:8400 (leave empty if none)</source>
        <translation>जैसे 192.168.1.20:8400 (न हो तो खाली छोड़ें)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="329"/>
        <source>from head office; Enter connects</source>
        <translation>हेड ऑफ़िस से; Enter से जुड़ें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="332"/>
        <source>e.g. Main road</source>
        <translation>जैसे मेन रोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="341"/>
        <source>{low} to {high} digits</source>
        <translation>{low} से {high} अंक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="343"/>
        <source>Finish setup  (Ctrl+Enter)</source>
        <translation>सेटिंग पूरी करें  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="344"/>
        <source>Quit  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="436"/>
        <source>Type head office&apos;s address, or empty the code to set up without head office.</source>
        <translation>हेड ऑफ़िस का पता लिखें, या बिना हेड ऑफ़िस के सेटअप के लिए कोड खाली करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="440"/>
        <source>Type the one-time code from head office, or empty the address to set up without head office.</source>
        <translation>हेड ऑफ़िस से मिला एक बार का कोड लिखें, या बिना हेड ऑफ़िस के सेटअप के लिए पता खाली करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="479"/>
        <source>Connecting to head office...</source>
        <translation>हेड ऑफ़िस से जुड़ रहे हैं...</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="535"/>
        <source>With a code from head office, this counter takes head office&apos;s branch and counter codes. Without one, enrol later with: jewelpos sync enrol</source>
        <translation>हेड ऑफ़िस के कोड से यह काउंटर हेड ऑफ़िस के ब्रांच और काउंटर कोड लेता है। कोड न हो तो बाद में जोड़ें: jewelpos sync enrol</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="568"/>
        <source>Head office cannot be reached at {url}. Check the address and the network, or empty both head-office fields to set up without it (enrol later with: jewelpos sync enrol).</source>
        <translation>{url} पर हेड ऑफ़िस से संपर्क नहीं हो पा रहा। पता और नेटवर्क जाँचें, या हेड ऑफ़िस के दोनों खाने खाली करके बिना उसके सेटअप करें (बाद में जोड़ें: jewelpos sync enrol)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="578"/>
        <source>This is not a server address. Type it like 192.168.1.20:8400 or https://ho.example.in.</source>
        <translation>यह सर्वर का पता नहीं है। ऐसे लिखें: 192.168.1.20:8400 या https://ho.example.in</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="587"/>
        <source>Head office did not accept this code: it is unknown, already used or expired. Ask head office for a new code.</source>
        <translation>हेड ऑफ़िस ने यह कोड नहीं माना: यह अनजान है, पहले इस्तेमाल हो चुका है या इसकी अवधि खत्म हो गई है। हेड ऑफ़िस से नया कोड माँगें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="595"/>
        <source>Head office answered with a problem: {detail} Try again, or empty both head-office fields to set up without it.</source>
        <translation>हेड ऑफ़िस ने समस्या बताई: {detail} फिर से कोशिश करें, या हेड ऑफ़िस के दोनों खाने खाली करके बिना उसके सेटअप करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="627"/>
        <source>This is required.</source>
        <translation>यह भरना ज़रूरी है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="406"/>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="634"/>
        <source>Choose a state from the list.</source>
        <translation>सूची से राज्य चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="323"/>
        <source>e.g. 27AAPFU0939F1ZV (optional)</source>
        <translation>जैसे 27AAPFU0939F1ZV (ज़रूरी नहीं)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="331"/>
        <source>e.g. B1</source>
        <translation>जैसे B1</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="333"/>
        <source>e.g. C1</source>
        <translation>जैसे C1</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="335"/>
        <source>1 to {n} letters or digits, e.g. B1</source>
        <translation>1 से {n} अक्षर या अंक, जैसे B1</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="338"/>
        <source>1 to {n} letters or digits, e.g. C1</source>
        <translation>1 से {n} अक्षर या अंक, जैसे C1</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="542"/>
        <source>Connected to head office as branch {branch}, counter {counter}: bills will be numbered from {first}.</source>
        <translation>हेड ऑफ़िस से ब्रांच {branch}, काउंटर {counter} के रूप में जुड़ा: बिल नंबर {first} से शुरू होंगे।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="555"/>
        <source>This branch already works with head office: its users, categories and rates are fetched when you finish. Log in with your user and PIN from there.</source>
        <translation>यह ब्रांच पहले से हेड ऑफ़िस से जुड़ी है: सेटअप पूरा होने पर इसके यूज़र, श्रेणियाँ और दरें आ जाएँगी। वहीं के यूज़र और पिन से लॉग इन करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="657"/>
        <source>This GSTIN belongs to another state ({code}).</source>
        <translation>यह GSTIN किसी दूसरे राज्य ({code}) का है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="664"/>
        <source>The PIN must be {low} to {high} digits.</source>
        <translation>पिन {low} से {high} अंकों का होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="668"/>
        <source>The two PINs differ. Type the same PIN again.</source>
        <translation>दोनों पिन अलग हैं। वही पिन दोबारा लिखें।</translation>
    </message>
</context>
<context>
    <name>ShopSettingsDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="72"/>
        <source>% of value</source>
        <translation>मूल्य का %</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="75"/>
        <source>% of weight</source>
        <translation>वज़न का %</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="80"/>
        <source>₹ per gram</source>
        <translation>₹ प्रति ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="83"/>
        <source>% of metal</source>
        <translation>धातु का %</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="86"/>
        <source>₹ per piece</source>
        <translation>₹ प्रति पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="228"/>
        <source>Shop settings</source>
        <translation>दुकान की सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="229"/>
        <source>Shop settings (managers)</source>
        <translation>दुकान की सेटिंग्स (मैनेजर)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="231"/>
        <source>&amp;Hallmark fee</source>
        <translation>हॉलमार्क फ़ीस (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="231"/>
        <source>₹ per hallmarked piece</source>
        <translation>₹ प्रति हॉलमार्क पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="233"/>
        <source>&amp;PAN needed above</source>
        <translation>इससे ऊपर पैन ज़रूरी (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="234"/>
        <source>₹ invoice value (PAN or Form 60)</source>
        <translation>₹ बिल की रकम (पैन या फ़ॉर्म 60)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="237"/>
        <source>&amp;Buyer details from</source>
        <translation>खरीदार की जानकारी इससे (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="238"/>
        <source>₹ taxable value, buyer without GSTIN</source>
        <translation>₹ कर योग्य मूल्य, बिना जीएसटीआईएन वाला खरीदार</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="241"/>
        <source>&amp;Cash limit</source>
        <translation>कैश सीमा (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="242"/>
        <source>₹ a day from one person; cash must stay below it (section 269ST)</source>
        <translation>₹ एक व्यक्ति से एक दिन में; कैश इससे कम रहे (धारा 269ST)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="244"/>
        <source>Repair labour &amp;GST</source>
        <translation>रिपेयर मज़दूरी पर जीएसटी (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="244"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="245"/>
        <source>&amp;Time zone</source>
        <translation>टाइम ज़ोन (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="245"/>
        <source>like Asia/Kolkata</source>
        <translation>जैसे Asia/Kolkata</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="247"/>
        <source>&amp;Reopen a closed day for</source>
        <translation>बंद दिन इतने समय तक दोबारा खुले (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="248"/>
        <source>hours after day end (until it reaches head office)</source>
        <translation>घंटे, डे-एंड के बाद (जब तक रिपोर्ट हेड ऑफ़िस न पहुँचे)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="255"/>
        <source>&amp;Under ₹40 lakh turnover: gold may be sold without a HUID</source>
        <translation>₹40 लाख से कम टर्नओवर: सोना बिना एचयूआईडी बिक सकता है (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="257"/>
        <source>Printed documents&apos; &amp;language</source>
        <translation>छपे कागज़ों की भाषा (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="260"/>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="267"/>
        <source>English</source>
        <translation>अंग्रेज़ी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="261"/>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="268"/>
        <source>Hindi</source>
        <translation>हिंदी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="262"/>
        <source>English with Hindi headings</source>
        <translation>अंग्रेज़ी, शीर्षक हिंदी में भी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="266"/>
        <source>Customer displa&amp;y&apos;s language</source>
        <translation>ग्राहक डिस्प्ले की भाषा (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="270"/>
        <source>Used unless the bill&apos;s customer has a language of their own</source>
        <translation>जब तक बिल के ग्राहक की अपनी भाषा न हो, यही भाषा दिखेगी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="272"/>
        <source>&amp;Default VA and making per category</source>
        <translation>हर श्रेणी का डिफ़ॉल्ट वीए और मेकिंग (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="276"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="277"/>
        <source>VA / wastage</source>
        <translation>वीए / वेस्टेज</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="278"/>
        <source>VA on</source>
        <translation>वीए किस पर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="279"/>
        <source>Making</source>
        <translation>मेकिंग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="280"/>
        <source>Making as</source>
        <translation>मेकिंग का तरीक़ा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="287"/>
        <source>Save  (Ctrl+S)</source>
        <translation>सेव करें  (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="288"/>
        <source>Cancel  (Esc)</source>
        <translation>रद्द करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/shop_settings.py" line="359"/>
        <source>Type a number, like 12 or 450.</source>
        <translation>संख्या लिखें, जैसे 12 या 450।</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/jewelpos/app.py" line="323"/>
        <source>The counter could not start.</source>
        <translation>काउंटर शुरू नहीं हो सका।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/app.py" line="327"/>
        <source>Data folder: {path}</source>
        <translation>डेटा फ़ोल्डर: {path}</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="118"/>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="119"/>
        <source>Entry</source>
        <translation>प्रविष्टि</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="120"/>
        <source>Amount</source>
        <translation>रकम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="121"/>
        <source>Grams</source>
        <translation>ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="122"/>
        <source>Balance</source>
        <translation>बैलेंस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="128"/>
        <source>Instalment</source>
        <translation>किस्त</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="129"/>
        <source>Cheque bounced: instalment reversed</source>
        <translation>चेक बाउंस: किस्त वापस हुई</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="130"/>
        <source>Bonus</source>
        <translation>बोनस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="131"/>
        <source>Redeemed on bill</source>
        <translation>बिल पर भुनाई</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="132"/>
        <source>Bill cancelled: given back</source>
        <translation>बिल रद्द: वापस दी गई</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/schemes.py" line="133"/>
        <source>Closed early</source>
        <translation>जल्दी बंद</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/step_dialog.py" line="88"/>
        <source>Save  F10</source>
        <translation>सहेजें  F10</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/step_dialog.py" line="89"/>
        <source>Cancel  Esc</source>
        <translation>रद्द करें  Esc</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="237"/>
        <source>Stock</source>
        <translation>स्टॉक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="238"/>
        <source>&amp;Scan or type a tag code, design no. or HUID</source>
        <translation>टैग कोड, डिज़ाइन नं. या HUID स्कैन करें या लिखें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="240"/>
        <source>e.g. B1C1000042, RG-2211 or AB12CD - Enter opens the piece</source>
        <translation>जैसे B1C1000042, RG-2211 या AB12CD - Enter से पीस खुलेगा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="244"/>
        <source>&amp;Metal</source>
        <translation>धातु (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="244"/>
        <source>P&amp;urity</source>
        <translation>शुद्धता (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="244"/>
        <source>&amp;Category</source>
        <translation>श्रेणी (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="244"/>
        <source>S&amp;tatus</source>
        <translation>स्थिति (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="248"/>
        <source>All metals</source>
        <translation>सभी धातुएँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="251"/>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="283"/>
        <source>All purities</source>
        <translation>सभी शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="252"/>
        <source>All categories</source>
        <translation>सभी श्रेणियाँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="256"/>
        <source>Any status</source>
        <translation>कोई भी स्थिति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="257"/>
        <source>Open piece  (Enter)</source>
        <translation>पीस खोलें  (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="258"/>
        <source>Print tags  Ctrl+P</source>
        <translation>टैग छापें  Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="259"/>
        <source>Summary  F3</source>
        <translation>सारांश  F3</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="260"/>
        <source>Label sheet PDF  Ctrl+Shift+P</source>
        <translation>लेबल शीट PDF  Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="373"/>
        <source>No pieces match.</source>
        <translation>कोई पीस नहीं मिला।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="376"/>
        <source>Showing {shown} of more than {cap} pieces - type more to narrow</source>
        <translation>{cap} से ज़्यादा नगों में से {shown} दिख रहे हैं - कम करने के लिए और टाइप करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="383"/>
        <source>Showing {shown} of {total} pieces - type more to narrow</source>
        <translation>{total} में से {shown} पीस दिख रहे हैं - और लिखकर खोज छोटी करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="388"/>
        <source>1 piece</source>
        <translation>1 पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="391"/>
        <source>{total} pieces</source>
        <translation>{total} पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="394"/>
        <source>Gross {weight}</source>
        <translation>कुल {weight}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="397"/>
        <source>Net {weight}</source>
        <translation>शुद्ध {weight}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="508"/>
        <source>Save label sheet</source>
        <translation>लेबल शीट सहेजें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="508"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>StockSummaryDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/stock_summary.py" line="31"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/stock_summary.py" line="35"/>
        <source>Metal</source>
        <translation>धातु</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/stock_summary.py" line="39"/>
        <source>Purity</source>
        <translation>शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/stock_summary.py" line="43"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/stock_summary.py" line="47"/>
        <source>Pieces</source>
        <translation>नग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/stock_summary.py" line="52"/>
        <source>Gross</source>
        <translation>कुल वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/stock_summary.py" line="57"/>
        <source>Net</source>
        <translation>शुद्ध वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/stock_summary.py" line="62"/>
        <source>Fine</source>
        <translation>फ़ाइन वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/stock_summary.py" line="77"/>
        <source>Stock summary</source>
        <translation>स्टॉक सारांश</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/stock_summary.py" line="90"/>
        <source>In stock: {count} pieces · gross {gross} · net {net} · fine {fine}</source>
        <translation>स्टॉक में: {count} नग · कुल {gross} · शुद्ध {net} · फ़ाइन {fine}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/stock_summary.py" line="98"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
</context>
<context>
    <name>StockTakeScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="101"/>
        <source>Tag</source>
        <translation>टैग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="103"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="106"/>
        <source>Purity</source>
        <translation>शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="108"/>
        <source>Gross</source>
        <translation>कुल वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="110"/>
        <source>Tray</source>
        <translation>ट्रे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="116"/>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="176"/>
        <source>Stock-take</source>
        <translation>स्टॉक गिनती</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="177"/>
        <source>C&amp;ount</source>
        <translation>गिनती (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="178"/>
        <source>A tray</source>
        <translation>एक ट्रे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="178"/>
        <source>A category</source>
        <translation>एक श्रेणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="178"/>
        <source>Whole branch</source>
        <translation>पूरी शाखा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="180"/>
        <source>Tray name, e.g. A1</source>
        <translation>ट्रे का नाम, जैसे A1</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="181"/>
        <source>Start count  F2</source>
        <translation>गिनती शुरू करें  F2</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="182"/>
        <source>&amp;Scan tag</source>
        <translation>टैग स्कैन करें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="183"/>
        <source>Scan each tag (or type the code and Enter)</source>
        <translation>हर टैग स्कैन करें (या कोड टाइप करके Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="184"/>
        <source>Close and report  F9</source>
        <translation>बंद करें और रिपोर्ट  F9</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="185"/>
        <source>Record differences  F10</source>
        <translation>अंतर दर्ज करें  F10</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="199"/>
        <source>Found</source>
        <translation>मिले</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="200"/>
        <source>Missing</source>
        <translation>गुम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="201"/>
        <source>Extra (not expected here)</source>
        <translation>अतिरिक्त (यहाँ अपेक्षित नहीं)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="202"/>
        <source>Unknown codes</source>
        <translation>अनजान कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="256"/>
        <source>Count {number} started: {count} pieces expected. Scan every tag.</source>
        <translation>गिनती {number} शुरू: {count} नग अपेक्षित। हर टैग स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="290"/>
        <source>✓ {code} found</source>
        <translation>✓ {code} मिला</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="291"/>
        <source>! {code} is not expected in this count</source>
        <translation>! {code} इस गिनती में अपेक्षित नहीं है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="292"/>
        <source>? {code} is not a known tag</source>
        <translation>? {code} कोई ज्ञात टैग नहीं है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="293"/>
        <source>{code} was scanned already</source>
        <translation>{code} पहले ही स्कैन हो चुका है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="314"/>
        <source>Close the count?</source>
        <translation>गिनती बंद करें?</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="316"/>
        <source>Close count {number}? Scanning stops; {missing} pieces not scanned will be listed as missing.</source>
        <translation>गिनती {number} बंद करें? स्कैन रुक जाएगा; स्कैन न हुए {missing} पीस ग़ायब की सूची में जाएँगे।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="322"/>
        <source>Close the count  F9</source>
        <translation>गिनती बंद करें  F9</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="323"/>
        <source>Go on counting  Esc</source>
        <translation>गिनती जारी रखें  Esc</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="376"/>
        <source>Count closed. Report saved as {path}</source>
        <translation>गिनती बंद। रिपोर्ट {path} में सहेजी गई</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="394"/>
        <source>{count} missing pieces recorded.</source>
        <translation>{count} गुम नग दर्ज किए गए।</translation>
    </message>
</context>
<context>
    <name>StockTools</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock_tools.py" line="31"/>
        <source>Receive</source>
        <translation>प्राप्ति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock_tools.py" line="32"/>
        <source>Stock-take</source>
        <translation>स्टॉक गिनती</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock_tools.py" line="33"/>
        <source>Transfers</source>
        <translation>ट्रांसफ़र</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock_tools.py" line="34"/>
        <source>Import</source>
        <translation>आयात</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock_tools.py" line="35"/>
        <source>Tag settings</source>
        <translation>टैग सेटिंग</translation>
    </message>
</context>
<context>
    <name>SupportReportButton</name>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/support_report.py" line="33"/>
        <source>Save a report for support  ({key})</source>
        <translation>सपोर्ट के लिए रिपोर्ट सेव करें  ({key})</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/support_report.py" line="58"/>
        <source>Report for support</source>
        <translation>सपोर्ट के लिए रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/support_report.py" line="60"/>
        <source>Saved {path}. It holds logs, versions and settings, no customer data.</source>
        <translation>{path} सेव हुआ। इसमें लॉग, वर्ज़न और सेटिंग्स हैं, ग्राहकों का कोई डेटा नहीं।</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="160"/>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="161"/>
        <source>Sync with head office</source>
        <translation>हेड ऑफ़िस से सिंक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="162"/>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="164"/>
        <source>Head office</source>
        <translation>हेड ऑफ़िस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="165"/>
        <source>Waiting to be sent</source>
        <translation>भेजने के लिए बाकी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="166"/>
        <source>Oldest waiting</source>
        <translation>सबसे पुराना बाकी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="167"/>
        <source>Last sent</source>
        <translation>आखिरी बार भेजा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="168"/>
        <source>Last problem</source>
        <translation>आखिरी समस्या</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="172"/>
        <source>Refused by head office</source>
        <translation>हेड ऑफ़िस ने लौटाए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="173"/>
        <source>Conflicts for the manager</source>
        <translation>मैनेजर के लिए टकराव</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="174"/>
        <source>Send again  ({key})</source>
        <translation>फिर से भेजें  ({key})</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="175"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="206"/>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="215"/>
        <source>{url} - branch {branch}, counter {counter}</source>
        <translation>{url} - ब्रांच {branch}, काउंटर {counter}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="221"/>
        <source>Not connected. Enrol this counter with: jewelpos sync enrol URL CODE</source>
        <translation>जुड़ा नहीं है। यह काउंटर ऐसे जोड़ें: jewelpos sync enrol URL CODE</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="224"/>
        <source>Nothing: everything has reached head office.</source>
        <translation>कुछ नहीं: सब कुछ हेड ऑफ़िस पहुँच गया है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="227"/>
        <source>{n} changes ({held} of them refused, see below)</source>
        <translation>{n} बदलाव (इनमें से {held} लौटाए गए, नीचे देखें)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="231"/>
        <source>{n} changes</source>
        <translation>{n} बदलाव</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="235"/>
        <source>{age} ago (since {when})</source>
        <translation>{age} पहले ({when} से)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="243"/>
        <source>{when}: {error}</source>
        <translation>{when}: {error}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="245"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="251"/>
        <source>Head office has refused nothing.</source>
        <translation>हेड ऑफ़िस ने कुछ नहीं लौटाया।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="254"/>
        <source>Only an owner or manager can send refused changes again.</source>
        <translation>लौटाए गए बदलाव फिर से सिर्फ़ मालिक या मैनेजर भेज सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="259"/>
        <source>Refused changes are kept here and later ones still go. When head office has fixed the reason, send them again.</source>
        <translation>लौटाए गए बदलाव यहाँ रखे हैं और बाद वाले जाते रहते हैं। हेड ऑफ़िस कारण ठीक कर दे, तब इन्हें फिर से भेजें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="265"/>
        <source>Both bills are kept. Check the piece and settle it with the other counter; head office sees the same conflict.</source>
        <translation>दोनों बिल रखे गए हैं। पीस जाँचें और दूसरे काउंटर से मामला सुलझाएँ; हेड ऑफ़िस को भी यही टकराव दिखता है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="269"/>
        <source>No conflicts.</source>
        <translation>कोई टकराव नहीं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="292"/>
        <source>{n} refused changes will be sent again now.</source>
        <translation>{n} लौटाए गए बदलाव अब फिर से भेजे जाएँगे।</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="44"/>
        <source>under a minute</source>
        <translation>एक मिनट से कम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="46"/>
        <source>{n} min</source>
        <translation>{n} मिनट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="49"/>
        <source>{n} h</source>
        <translation>{n} घंटे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="50"/>
        <source>{n} days</source>
        <translation>{n} दिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="92"/>
        <source>Sync: checking...</source>
        <translation>सिंक: जाँच हो रही है...</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="105"/>
        <source>This counter is not connected to head office.</source>
        <translation>यह काउंटर हेड ऑफ़िस से जुड़ा नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="154"/>
        <source>Not connected to head office</source>
        <translation>हेड ऑफ़िस से नहीं जुड़ा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="161"/>
        <source>Sync: sending...</source>
        <translation>सिंक: भेजा जा रहा है...</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="163"/>
        <source>Sync: all sent</source>
        <translation>सिंक: सब भेजा गया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="167"/>
        <source>Sync: {n} unsent (oldest {age})</source>
        <translation>सिंक: {n} नहीं भेजे गए (सबसे पुराना {age})</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="172"/>
        <source>{n} refused by head office</source>
        <translation>{n} हेड ऑफ़िस ने नहीं लिए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="174"/>
        <source>{n} conflicts for the manager</source>
        <translation>{n} टकराव मैनेजर के लिए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="178"/>
        <source>Clock is {n} min off head office</source>
        <translation>घड़ी हेड ऑफ़िस से {n} मिनट अलग है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="180"/>
        <source>last sent {when}</source>
        <translation>आख़िरी बार भेजा {when}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="182"/>
        <source>never sent</source>
        <translation>कभी नहीं भेजा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="189"/>
        <source>Press {key} to sync now</source>
        <translation>अभी सिंक करने के लिए {key} दबाएँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="191"/>
        <source>Press {key} or click for details</source>
        <translation>विवरण के लिए {key} दबाएँ या क्लिक करें</translation>
    </message>
</context>
<context>
    <name>TableReportModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="27"/>
        <source>Group</source>
        <translation>समूह</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="28"/>
        <source>Pieces</source>
        <translation>नग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="29"/>
        <source>Gross g</source>
        <translation>कुल ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="30"/>
        <source>Net g</source>
        <translation>शुद्ध ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="31"/>
        <source>Fine g</source>
        <translation>फ़ाइन ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="32"/>
        <source>0-90 days</source>
        <translation>0-90 दिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="33"/>
        <source>0-90 days net g</source>
        <translation>0-90 दिन शुद्ध ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="34"/>
        <source>91-180 days</source>
        <translation>91-180 दिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="35"/>
        <source>91-180 days net g</source>
        <translation>91-180 दिन शुद्ध ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="36"/>
        <source>181-365 days</source>
        <translation>181-365 दिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="37"/>
        <source>181-365 days net g</source>
        <translation>181-365 दिन शुद्ध ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="38"/>
        <source>Over 365 days</source>
        <translation>365 दिन से पुराना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="39"/>
        <source>Over 365 days net g</source>
        <translation>365 दिन से पुराना शुद्ध ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="40"/>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="41"/>
        <source>Opening cash</source>
        <translation>आरंभिक नकद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="42"/>
        <source>In: bills</source>
        <translation>आया: बिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="43"/>
        <source>In: instalments</source>
        <translation>आया: किस्तें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="44"/>
        <source>In: vouchers sold</source>
        <translation>आया: बेचे गए वाउचर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="45"/>
        <source>Out: refunds</source>
        <translation>गया: वापसी भुगतान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="46"/>
        <source>Out: old gold bought</source>
        <translation>गया: ख़रीदा पुराना सोना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="47"/>
        <source>Closing cash</source>
        <translation>अंतिम नकद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="48"/>
        <source>Month</source>
        <translation>महीना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="49"/>
        <source>Plan</source>
        <translation>योजना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="50"/>
        <source>Plan name</source>
        <translation>योजना का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="51"/>
        <source>Receipts</source>
        <translation>रसीदें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="52"/>
        <source>Collected</source>
        <translation>वसूली</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="53"/>
        <source>Accounts</source>
        <translation>खाते</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="54"/>
        <source>Owed, Rs</source>
        <translation>देनदारी, रु</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/report_table.py" line="55"/>
        <source>Owed, g</source>
        <translation>देनदारी, ग्राम</translation>
    </message>
</context>
<context>
    <name>TagLayoutScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="156"/>
        <source>Tag settings</source>
        <translation>टैग सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="160"/>
        <source>&amp;Width mm</source>
        <translation>चौड़ाई मिमी (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="161"/>
        <source>&amp;Height mm</source>
        <translation>ऊँचाई मिमी (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="162"/>
        <source>&amp;Gap mm</source>
        <translation>अंतराल मिमी (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="163"/>
        <source>&amp;Printer dots</source>
        <translation>प्रिंटर डॉट (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="164"/>
        <source>&amp;Barcode left mm</source>
        <translation>बारकोड बाएँ से मिमी (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="165"/>
        <source>Barcode &amp;top mm</source>
        <translation>बारकोड ऊपर से मिमी (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="166"/>
        <source>Barcode h&amp;eight mm</source>
        <translation>बारकोड ऊँचाई मिमी (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="167"/>
        <source>Label p&amp;rinter</source>
        <translation>लेबल प्रिंटर (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="168"/>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="173"/>
        <source>tcp://192.168.1.50:9100, win:TSC TE244, dev:/dev/usb/lp0 or file:/path</source>
        <translation>tcp://192.168.1.50:9100, win:TSC TE244, dev:/dev/usb/lp0 या file:/path</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="176"/>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="177"/>
        <source>Left mm</source>
        <translation>बाएँ मिमी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="178"/>
        <source>Top mm</source>
        <translation>ऊपर मिमी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="179"/>
        <source>Font pt</source>
        <translation>फ़ॉन्ट pt</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="180"/>
        <source>Label</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="181"/>
        <source>Bold</source>
        <translation>मोटा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="188"/>
        <source>Save  F10</source>
        <translation>सहेजें  F10</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="189"/>
        <source>Retry waiting prints  F9</source>
        <translation>रुके हुए प्रिंट फिर से  F9</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="193"/>
        <source>Tag code</source>
        <translation>टैग कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="194"/>
        <source>Design no.</source>
        <translation>डिज़ाइन नं.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="195"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="196"/>
        <source>Metal</source>
        <translation>धातु</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="197"/>
        <source>Purity</source>
        <translation>शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="198"/>
        <source>Gross weight</source>
        <translation>कुल वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="199"/>
        <source>Stone weight</source>
        <translation>नग वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="200"/>
        <source>Net weight</source>
        <translation>शुद्ध वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="201"/>
        <source>HUID</source>
        <translation>HUID</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="202"/>
        <source>Cost code</source>
        <translation>लागत कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="203"/>
        <source>Shop name</source>
        <translation>दुकान का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="269"/>
        <source>{count} tag prints waiting for the printer</source>
        <translation>{count} टैग प्रिंट प्रिंटर की प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="271"/>
        <source>No tag prints waiting.</source>
        <translation>कोई टैग प्रिंट रुका नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="354"/>
        <source>Tag layout saved.</source>
        <translation>टैग लेआउट सहेजा गया।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="361"/>
        <source>Waiting tags printed.</source>
        <translation>रुके हुए टैग छप गए।</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/staff_target.py" line="39"/>
        <source>Set a monthly target</source>
        <translation>महीने का लक्ष्य तय करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/staff_target.py" line="44"/>
        <source>Target for {month}</source>
        <translation>{month} का लक्ष्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/staff_target.py" line="51"/>
        <source>rupees, e.g. 1500000</source>
        <translation>रुपये, जैसे 1500000</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/staff_target.py" line="53"/>
        <source>grams, e.g. 250.000</source>
        <translation>ग्राम, जैसे 250.000</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/staff_target.py" line="68"/>
        <source>&amp;Salesperson</source>
        <translation>सेल्सपर्सन (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/staff_target.py" line="69"/>
        <source>&amp;Value before GST (₹)</source>
        <translation>GST से पहले मूल्य, ₹ (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/staff_target.py" line="70"/>
        <source>Gold net &amp;weight (g)</source>
        <translation>सोने का शुद्ध वज़न, ग्राम (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/staff_target.py" line="71"/>
        <source>&amp;New customers</source>
        <translation>नए ग्राहक (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/staff_target.py" line="72"/>
        <source>Scheme &amp;enrolments</source>
        <translation>योजना में नए सदस्य (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/staff_target.py" line="75"/>
        <source>Save target  (Ctrl+S)</source>
        <translation>लक्ष्य सहेजें  (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/care.py" line="178"/>
        <source>Salesperson</source>
        <translation>सेल्सपर्सन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/care.py" line="179"/>
        <source>Value before GST</source>
        <translation>GST से पहले मूल्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/care.py" line="180"/>
        <source>Gold net weight</source>
        <translation>सोने का शुद्ध वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/care.py" line="181"/>
        <source>New customers</source>
        <translation>नए ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/care.py" line="182"/>
        <source>Scheme enrolments</source>
        <translation>योजना में जुड़े सदस्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/care.py" line="188"/>
        <source>{got} of {target}</source>
        <translation>{target} में से {got}</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/targets_page.py" line="92"/>
        <source>Value before GST (₹ lakh)</source>
        <translation>GST से पहले मूल्य (₹ लाख)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/targets_page.py" line="93"/>
        <source>Gold net weight (g)</source>
        <translation>सोने का शुद्ध वज़न (ग्राम)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/targets_page.py" line="94"/>
        <source>New customers</source>
        <translation>नए ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/targets_page.py" line="95"/>
        <source>Scheme enrolments</source>
        <translation>योजना में जुड़े सदस्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/targets_page.py" line="100"/>
        <source>&amp;Month</source>
        <translation>महीना (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/targets_page.py" line="101"/>
        <source>C&amp;hart of</source>
        <translation>चार्ट किसका (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/targets_page.py" line="109"/>
        <source>F2 Set target</source>
        <translation>F2 लक्ष्य तय करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/targets_page.py" line="163"/>
        <source>Target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/targets_page.py" line="164"/>
        <source>Achieved</source>
        <translation>हासिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/targets_page.py" line="185"/>
        <source>Target of {name} saved: {value}.</source>
        <translation>{name} का लक्ष्य सहेजा गया: {value}।</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_templates.py" line="153"/>
        <source>&amp;Kind of message</source>
        <translation>संदेश का प्रकार (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_templates.py" line="154"/>
        <source>Message &amp;text</source>
        <translation>संदेश का पाठ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_templates.py" line="156"/>
        <source>Placeholders: {list}</source>
        <translation>प्लेसहोल्डर: {list}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_templates.py" line="160"/>
        <source>&amp;DLT template id</source>
        <translation>DLT टेम्पलेट आईडी (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_templates.py" line="161"/>
        <source>Find c&amp;ustomer</source>
        <translation>ग्राहक खोजें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_templates.py" line="162"/>
        <source>Mobile or name, then Enter</source>
        <translation>मोबाइल या नाम, फिर Enter</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_templates.py" line="163"/>
        <source>Preview &amp;for</source>
        <translation>किसके लिए पूर्वावलोकन (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_templates.py" line="164"/>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_templates.py" line="165"/>
        <source>F10 Preview</source>
        <translation>F10 पूर्वावलोकन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_templates.py" line="166"/>
        <source>F11 Save template</source>
        <translation>F11 टेम्पलेट सहेजें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_templates.py" line="260"/>
        <source>No customer found: type a mobile number or a name.</source>
        <translation>कोई ग्राहक नहीं मिला: मोबाइल नंबर या नाम लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_templates.py" line="271"/>
        <source>Find a customer first (Alt+U) to see the preview.</source>
        <translation>पूर्वावलोकन देखने के लिए पहले ग्राहक खोजें (Alt+U)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_templates.py" line="298"/>
        <source>Preview the text with a customer first (F10).</source>
        <translation>पहले किसी ग्राहक के साथ पाठ का पूर्वावलोकन करें (F10)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/messages_templates.py" line="313"/>
        <source>Template saved.</source>
        <translation>टेम्पलेट सहेजा गया।</translation>
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
<context>
    <name>TouchItemsDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/touch_items.py" line="34"/>
        <source>Touch-point checklist</source>
        <translation>टच-पॉइंट चेकलिस्ट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/touch_items.py" line="39"/>
        <source>One item a line (Enter starts a new one, Tab the next stage). Every bill&apos;s checklist shows these items.</source>
        <translation>हर लाइन में एक काम (Enter से नई लाइन, Tab से अगला चरण)। हर बिल की चेकलिस्ट में यही काम दिखेंगे।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/touch_items.py" line="49"/>
        <source>&amp;Door</source>
        <translation>दरवाज़ा (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/touch_items.py" line="50"/>
        <source>&amp;Counter</source>
        <translation>काउंटर (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/touch_items.py" line="51"/>
        <source>&amp;Billing</source>
        <translation>बिलिंग (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/touch_items.py" line="52"/>
        <source>De&amp;livery</source>
        <translation>डिलीवरी (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/touch_items.py" line="55"/>
        <source>Save checklist  (Ctrl+S)</source>
        <translation>चेकलिस्ट सहेजें  (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>TouchPointsPage</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="381"/>
        <source>&amp;Bill number</source>
        <translation>बिल नंबर (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="383"/>
        <source>Enter shows the bill&apos;s checklist. ↓ into the list, Space ticks an item done.</source>
        <translation>Enter से बिल की चेकलिस्ट दिखेगी। ↓ से सूची में जाएँ, Space से काम पूरा होने का निशान लगाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="385"/>
        <source>F2 Change the checklist</source>
        <translation>F2 चेकलिस्ट बदलें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="433"/>
        <source>done by {who}, {when}</source>
        <translation>{who} ने किया, {when}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="444"/>
        <source>Bill {bill}, {name}: {done} of {all} done</source>
        <translation>बिल {bill}, {name}: {all} में से {done} पूरे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="446"/>
        <source>Bill {bill}: {done} of {all} done</source>
        <translation>बिल {bill}: {all} में से {done} पूरे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/care_pages.py" line="465"/>
        <source>This item is done already.</source>
        <translation>यह काम पहले ही हो चुका है।</translation>
    </message>
</context>
<context>
    <name>TransfersScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="79"/>
        <source>Transfer</source>
        <translation>ट्रांसफ़र</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="81"/>
        <source>To</source>
        <translation>कहाँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="84"/>
        <source>Pieces</source>
        <translation>नग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="86"/>
        <source>Gross</source>
        <translation>कुल वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="144"/>
        <source>Transfers</source>
        <translation>ट्रांसफ़र</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="145"/>
        <source>To a counter / tray</source>
        <translation>काउंटर / ट्रे को</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="146"/>
        <source>To another branch</source>
        <translation>दूसरी शाखा को</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="147"/>
        <source>Counter</source>
        <translation>काउंटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="148"/>
        <source>Tray</source>
        <translation>ट्रे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="149"/>
        <source>&amp;Scan pieces</source>
        <translation>नग स्कैन करें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="150"/>
        <source>Issue transfer  F10</source>
        <translation>ट्रांसफ़र जारी करें  F10</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="151"/>
        <source>Remove piece  Del</source>
        <translation>पीस हटाएँ  Del</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="152"/>
        <source>Receive selected  F9</source>
        <translation>चुना हुआ प्राप्त करें  F9</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="215"/>
        <source>{code}  ·  no such piece (Del removes it)</source>
        <translation>{code}  ·  ऐसा कोई पीस नहीं (Del से हटाएँ)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="236"/>
        <source>{code} taken off the list.</source>
        <translation>{code} सूची से हटाया गया।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="261"/>
        <source>Transfer {number} issued: {count} pieces in transit.</source>
        <translation>ट्रांसफ़र {number} जारी: {count} नग रास्ते में।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="282"/>
        <source>Transfer {number} received ({receipt}): {count} pieces in stock.</source>
        <translation>ट्रांसफ़र {number} प्राप्त ({receipt}): {count} नग स्टॉक में।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="294"/>
        <source>No piece has the code {code}. Select it in the list and press Del to remove it.</source>
        <translation>किसी पीस का कोड {code} नहीं है। सूची में इसे चुनें और हटाने के लिए Del दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="298"/>
        <source>{code} is not in stock ({status}). Select it in the list and press Del to remove it.</source>
        <translation>{code} स्टॉक में नहीं है ({status})। सूची में इसे चुनें और हटाने के लिए Del दबाएँ।</translation>
    </message>
</context>
<context>
    <name>UntaggedLineDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/untagged_line.py" line="134"/>
        <source>Item without tag</source>
        <translation>बिना टैग का आइटम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/untagged_line.py" line="135"/>
        <source>Item without tag (coin, silver by weight)</source>
        <translation>बिना टैग का आइटम (सिक्का, वज़न से चाँदी)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/untagged_line.py" line="137"/>
        <source>&amp;Category</source>
        <translation>श्रेणी (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/untagged_line.py" line="138"/>
        <source>&amp;Purity</source>
        <translation>शुद्धता (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/untagged_line.py" line="139"/>
        <source>&amp;Gross weight (g)</source>
        <translation>कुल वज़न (ग्रा.) (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/untagged_line.py" line="140"/>
        <source>&amp;Stone weight (g)</source>
        <translation>नग का वज़न (ग्रा.) (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/untagged_line.py" line="141"/>
        <source>&amp;Description</source>
        <translation>विवरण (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/untagged_line.py" line="145"/>
        <source>optional, e.g. Lakshmi coin 10 g</source>
        <translation>ज़रूरी नहीं, जैसे लक्ष्मी सिक्का 10 ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/untagged_line.py" line="146"/>
        <source>Add to bill  (Enter)</source>
        <translation>बिल में जोड़ें  (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/untagged_line.py" line="147"/>
        <source>Cancel  (Esc)</source>
        <translation>रद्द करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/untagged_line.py" line="205"/>
        <source>Choose a category from the list.</source>
        <translation>सूची से श्रेणी चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/untagged_line.py" line="209"/>
        <source>Type the weight in grams, like 10.000.</source>
        <translation>वज़न ग्राम में लिखें, जैसे 10.000।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/untagged_line.py" line="211"/>
        <source>The stones cannot weigh as much as the whole item.</source>
        <translation>नगों का वज़न पूरे आइटम जितना नहीं हो सकता।</translation>
    </message>
</context>
<context>
    <name>UpdateStatusWidget</name>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/update_status.py" line="62"/>
        <source>Update {version} available</source>
        <translation>अपडेट {version} उपलब्ध है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/update_status.py" line="63"/>
        <source>Install it after closing time from {url}</source>
        <translation>दुकान बंद होने के बाद {url} से इंस्टॉल करें</translation>
    </message>
</context>
<context>
    <name>UserDialogs</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/user_edit.py" line="47"/>
        <source>Cancel  (Esc)</source>
        <translation>रद्द करें  (Esc)</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/user_edit.py" line="216"/>
        <source>This is the last active owner. Make another user an owner first.</source>
        <translation>यह आख़िरी सक्रिय मालिक है। पहले किसी और यूज़र को मालिक बनाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/user_edit.py" line="220"/>
        <source>Not allowed: only an owner adds or changes an owner, and nobody deactivates themselves.</source>
        <translation>इसकी अनुमति नहीं: सिर्फ़ मालिक ही किसी मालिक को जोड़ या बदल सकते हैं, और कोई ख़ुद को बंद नहीं कर सकता।</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/users.py" line="74"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/users.py" line="75"/>
        <source>User name</source>
        <translation>यूज़र नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/users.py" line="76"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/users.py" line="77"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/users.py" line="78"/>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/users.py" line="107"/>
        <source>Deactivated</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/users.py" line="108"/>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/users.py" line="110"/>
        <source>locked until {time}</source>
        <translation>{time} तक लॉक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/users.py" line="112"/>
        <source>new PIN at next login</source>
        <translation>अगले लॉग इन पर नया पिन</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/users.py" line="36"/>
        <location filename="../../src/jewelpos/ui/screens/users.py" line="113"/>
        <source>Users</source>
        <translation>यूज़र</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/users.py" line="114"/>
        <source>F2 Add user</source>
        <translation>F2 यूज़र जोड़ें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/users.py" line="115"/>
        <source>F3 Change role</source>
        <translation>F3 भूमिका बदलें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/users.py" line="116"/>
        <source>F4 Reset PIN</source>
        <translation>F4 पिन रीसेट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/users.py" line="129"/>
        <source>F5 Reactivate</source>
        <translation>F5 फिर चालू करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/users.py" line="131"/>
        <source>F5 Deactivate</source>
        <translation>F5 बंद करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/users.py" line="183"/>
        <source>{name} added as {role}.</source>
        <translation>{name} को {role} के रूप में जोड़ा गया।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/users.py" line="204"/>
        <source>Role changed.</source>
        <translation>भूमिका बदल दी गई।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/users.py" line="213"/>
        <source>Reset PIN</source>
        <translation>पिन रीसेट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/users.py" line="215"/>
        <source>A temporary PIN for {name}. Tell it to them: they choose their own PIN right after logging in with it.</source>
        <translation>{name} के लिए अस्थायी पिन। उन्हें बताएँ: इससे लॉग इन करते ही वे अपना पिन चुनेंगे।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/users.py" line="240"/>
        <source>PIN of {name} reset: a new PIN is asked at the next login.</source>
        <translation>{name} का पिन रीसेट हुआ: अगले लॉग इन पर नया पिन माँगा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/users.py" line="253"/>
        <source>{name} deactivated: they can no longer log in. F5 reactivates.</source>
        <translation>{name} बंद किए गए: अब वे लॉग इन नहीं कर सकते। F5 से फिर चालू करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/users.py" line="256"/>
        <source>{name} reactivated: they can log in again.</source>
        <translation>{name} फिर चालू किए गए: वे फिर लॉग इन कर सकते हैं।</translation>
    </message>
</context>
<context>
    <name>VoucherScanDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_rewards.py" line="139"/>
        <source>Gift voucher</source>
        <translation>गिफ्ट वाउचर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_rewards.py" line="140"/>
        <source>Pay with a gift voucher</source>
        <translation>गिफ्ट वाउचर से भुगतान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_rewards.py" line="141"/>
        <source>Scan or type the voucher code, then Enter</source>
        <translation>वाउचर कोड स्कैन करें या लिखें, फिर Enter</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_rewards.py" line="142"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_rewards.py" line="156"/>
        <source>Scan or type the voucher code.</source>
        <translation>वाउचर कोड स्कैन करें या लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_rewards.py" line="169"/>
        <source>This voucher is on the bill already.</source>
        <translation>यह वाउचर बिल पर पहले से है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_rewards.py" line="172"/>
        <source>Nothing is left to pay on this bill.</source>
        <translation>इस बिल पर कुछ भी बाक़ी नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing_rewards.py" line="176"/>
        <source>{label}: {amount} set off.</source>
        <translation>{label}: {amount} घटाया गया।</translation>
    </message>
</context>
</TS>
