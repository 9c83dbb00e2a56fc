<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
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
    <name>BillLinesModel</name>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="146"/>
        <source>Piece</source>
        <translation>पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="147"/>
        <source>Purity</source>
        <translation>शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="148"/>
        <source>Gross g</source>
        <translation>कुल ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="149"/>
        <source>Stone g</source>
        <translation>पत्थर ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="150"/>
        <source>Net g</source>
        <translation>शुद्ध ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="151"/>
        <source>Rate ₹/g</source>
        <translation>दर ₹/ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="152"/>
        <source>Metal ₹</source>
        <translation>धातु ₹</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="153"/>
        <source>VA / Wastage</source>
        <translation>VA / घटत</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="154"/>
        <source>Making</source>
        <translation>मेकिंग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="155"/>
        <source>Disc. %</source>
        <translation>छूट %</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="156"/>
        <source>Taxable ₹</source>
        <translation>कर योग्य ₹</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="186"/>
        <source>HUID: {huids}</source>
        <translation>HUID: {huids}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="243"/>
        <source>{percent}% = {grams} g</source>
        <translation>{percent}% = {grams} ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="246"/>
        <source>{percent}% wt</source>
        <translation>{percent}% वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="255"/>
        <source>{amount}/g</source>
        <translation>{amount}/ग्रा.</translation>
    </message>
</context>
<context>
    <name>BillLookupDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="133"/>
        <source>Find bill</source>
        <translation>बिल खोजें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="134"/>
        <source>Find a bill: reprint, A4 invoice, return, cancel</source>
        <translation>बिल खोजें: दोबारा प्रिंट, A4 इनवॉइस, वापसी, रद्द</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="135"/>
        <source>Bill &amp;number</source>
        <translation>बिल नंबर (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="136"/>
        <source>e.g. B1C1/2526/00042 - Enter shows it</source>
        <translation>जैसे B1C1/2526/00042 - Enter से दिखेगा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="137"/>
        <source>&amp;Today&apos;s bills (↑ ↓, Enter)</source>
        <translation>आज के बिल (↑ ↓, Enter) (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="138"/>
        <source>Reprint receipt  (Ctrl+R)</source>
        <translation>रसीद दोबारा छापें  (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="139"/>
        <source>A4 tax invoice PDF  (Ctrl+P)</source>
        <translation>A4 टैक्स इनवॉइस PDF  (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="140"/>
        <source>Sales return  (F7)</source>
        <translation>माल वापसी  (F7)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="141"/>
        <source>Cancel bill  (F9)</source>
        <translation>बिल रद्द करें  (F9)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="142"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="159"/>
        <source>CANCELLED</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="160"/>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="226"/>
        <source>walk-in</source>
        <translation>बिना ग्राहक विवरण</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="187"/>
        <source>No bill {number}. Check the number and try again.</source>
        <translation>बिल {number} नहीं मिला। नंबर जाँचकर फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="221"/>
        <source>CANCELLED: {reason}</source>
        <translation>रद्द: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="223"/>
        <source>Final</source>
        <translation>अंतिम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="227"/>
        <source>Piece</source>
        <translation>पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="228"/>
        <source>Purity</source>
        <translation>शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="229"/>
        <source>Net g</source>
        <translation>शुद्ध ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="230"/>
        <source>Taxable ₹</source>
        <translation>कर योग्य ₹</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="231"/>
        <source>Taxable {taxable} · GST {gst} · old gold -{old_gold}</source>
        <translation>कर योग्य {taxable} · GST {gst} · पुराना सोना -{old_gold}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="236"/>
        <source>Payable {amount}</source>
        <translation>देय {amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="237"/>
        <source>Paid: {list}</source>
        <translation>भुगतान: {list}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="282"/>
        <source>Tax invoice saved as {path}.</source>
        <translation>टैक्स इनवॉइस {path} में सेव हुआ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="284"/>
        <source>Receipt printed.</source>
        <translation>रसीद छप गई।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="286"/>
        <source>The printer is not answering: the receipt is queued.</source>
        <translation>प्रिंटर जवाब नहीं दे रहा: रसीद कतार में रखी गई है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="314"/>
        <source>Bill {number} is cancelled; its pieces are back in stock.</source>
        <translation>बिल {number} रद्द हुआ; उसके पीस स्टॉक में वापस आ गए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/bill_lookup.py" line="351"/>
        <source>Credit note {number} for {amount}: the pieces are back in stock.</source>
        <translation>क्रेडिट नोट {number}, {amount}: पीस वापस स्टॉक में हैं।</translation>
    </message>
</context>
<context>
    <name>Billing</name>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="30"/>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="31"/>
        <source>address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="32"/>
        <source>state</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="36"/>
        <source>{first} and {last}</source>
        <translation>{first} और {last}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="46"/>
        <source>Scan a tag or add an item (F5) to start the bill.</source>
        <translation>बिल शुरू करने के लिए टैग स्कैन करें या आइटम जोड़ें (F5)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="50"/>
        <source>Line {line}: the rate is below today&apos;s rate ({floor}): a manager must approve.</source>
        <translation>लाइन {line}: दर आज की दर ({floor}) से कम है: मैनेजर की मंज़ूरी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="55"/>
        <source>Line {line}: the making charge is below the minimum: a manager must approve.</source>
        <translation>लाइन {line}: मेकिंग चार्ज न्यूनतम से कम है: मैनेजर की मंज़ूरी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="60"/>
        <source>Line {line}: the wastage is below the minimum: a manager must approve.</source>
        <translation>लाइन {line}: घटत न्यूनतम से कम है: मैनेजर की मंज़ूरी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="64"/>
        <source>Invoice value over ₹2 lakh: the customer&apos;s PAN or Form 60 is needed (F4).</source>
        <translation>इनवॉइस मूल्य ₹2 लाख से ज़्यादा: ग्राहक का PAN या फ़ॉर्म 60 चाहिए (F4)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="68"/>
        <source>Taxable value ₹50,000 or more: the buyer&apos;s {missing} are needed (F4).</source>
        <translation>कर योग्य मूल्य ₹50,000 या ज़्यादा: खरीदार का {missing} चाहिए (F4)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="72"/>
        <source>{balance} is still to be paid (F8).</source>
        <translation>{balance} का भुगतान अभी बाकी है (F8)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="76"/>
        <source>The payments are {amount} more than the bill; only cash can give change (F8).</source>
        <translation>भुगतान बिल से {amount} ज़्यादा है; छुट्टा सिर्फ़ नकद में लौटता है (F8)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="81"/>
        <source>Cash of {amount} in one bill is not allowed: cash must stay below {limit}.</source>
        <translation>एक बिल में {amount} नकद की अनुमति नहीं: नकद {limit} से कम रहना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="85"/>
        <source>Payment {n}: type the last 4 digits of the card.</source>
        <translation>भुगतान {n}: कार्ड के आख़िरी 4 अंक लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="89"/>
        <source>Payment {n}: type the cheque number.</source>
        <translation>भुगतान {n}: चेक नंबर लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="93"/>
        <source>Payment {n}: the amount must be more than zero.</source>
        <translation>भुगतान {n}: रकम शून्य से ज़्यादा होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="97"/>
        <source>The old gold is worth more than the bill: add items or reduce the old gold.</source>
        <translation>पुराने सोने का मूल्य बिल से ज़्यादा है: आइटम जोड़ें या पुराना सोना घटाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="111"/>
        <source>Cash limit: this customer has paid {paid} in cash today; at most {remaining} more in cash. Take the rest by card, UPI or bank.</source>
        <translation>नकद सीमा: इस ग्राहक ने आज {paid} नकद दिए हैं; नकद में ज़्यादा से ज़्यादा {remaining} और। बाकी कार्ड, UPI या बैंक से लें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="116"/>
        <source>Cash limit: at most {remaining} may be taken in cash. Take the rest by card, UPI or bank.</source>
        <translation>नकद सीमा: नकद में ज़्यादा से ज़्यादा {remaining} लिए जा सकते हैं। बाकी कार्ड, UPI या बैंक से लें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="131"/>
        <source>Taxable value ₹50,000 or more: the buyer&apos;s name, address and state are needed (F4).</source>
        <translation>कर योग्य मूल्य ₹50,000 या ज़्यादा: खरीदार का नाम, पता और राज्य चाहिए (F4)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="136"/>
        <source>A manager must approve the lowered price before the bill can be saved.</source>
        <translation>बिल सेव करने से पहले घटाई गई कीमत पर मैनेजर की मंज़ूरी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="140"/>
        <source>Today&apos;s day end is done: no more bills can be saved today.</source>
        <translation>आज का दिन बंद हो चुका है: आज और बिल सेव नहीं हो सकते।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="147"/>
        <source>Piece {tag} is {status}: it cannot be billed.</source>
        <translation>पीस {tag} की स्थिति: {status}; इसका बिल नहीं बन सकता।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="150"/>
        <source>This piece is not available for sale. Check its status in Stock.</source>
        <translation>यह पीस बिक्री के लिए उपलब्ध नहीं है। स्टॉक में इसकी स्थिति देखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="154"/>
        <source>No piece or estimate with the code {code}. Check it and scan again.</source>
        <translation>कोड {code} का कोई पीस या एस्टिमेट नहीं मिला। जाँचकर फिर स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/billing_texts.py" line="158"/>
        <source>The printer is not answering. The bill is saved; the print is queued.</source>
        <translation>प्रिंटर जवाब नहीं दे रहा। बिल सेव है; प्रिंट कतार में है।</translation>
    </message>
</context>
<context>
    <name>BillingScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="459"/>
        <source>New</source>
        <translation>नया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="460"/>
        <source>Estimate</source>
        <translation>एस्टिमेट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="461"/>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="462"/>
        <source>Item</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="463"/>
        <source>Old gold</source>
        <translation>पुराना सोना</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="464"/>
        <source>Discount</source>
        <translation>छूट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="465"/>
        <source>Pay</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="466"/>
        <source>Save &amp;&amp; print</source>
        <translation>सेव और प्रिंट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="467"/>
        <source>Find bill</source>
        <translation>बिल खोजें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="468"/>
        <source>Remove line</source>
        <translation>लाइन हटाएँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="469"/>
        <source>Back</source>
        <translation>वापस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="486"/>
        <source>&amp;Scan / tag code:</source>
        <translation>स्कैन / टैग कोड (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="487"/>
        <source>tag, HUID or estimate no.</source>
        <translation>टैग, HUID या एस्टिमेट नं.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="489"/>
        <source>Enter adds · ↓ to the lines: Enter/F2 edits rate, VA, making, discount</source>
        <translation>Enter से जुड़ेगा · ↓ लाइनों पर: Enter/F2 से दर, VA, मेकिंग, छूट बदलें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="491"/>
        <source>PAYABLE</source>
        <translation>देय राशि</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="617"/>
        <source>Bill  next: {number}</source>
        <translation>बिल  अगला: {number}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="619"/>
        <source>Bill  counter {prefix}</source>
        <translation>बिल  काउंटर {prefix}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="621"/>
        <source>Bill</source>
        <translation>बिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="625"/>
        <source>Customer (F4): none - walk-in</source>
        <translation>ग्राहक (F4): कोई नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="631"/>
        <source>PAN ✓</source>
        <translation>PAN ✓</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="633"/>
        <source>Form 60</source>
        <translation>फ़ॉर्म 60</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="634"/>
        <source>Customer (F4): {details}</source>
        <translation>ग्राहक (F4): {details}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="651"/>
        <source>Taxable</source>
        <translation>कर योग्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="652"/>
        <source>CGST {rate}%</source>
        <translation>CGST {rate}%</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="653"/>
        <source>SGST {rate}%</source>
        <translation>SGST {rate}%</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="654"/>
        <source>IGST {rate}%</source>
        <translation>IGST {rate}%</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="655"/>
        <source>Invoice value</source>
        <translation>इनवॉइस मूल्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="656"/>
        <source>Old gold set-off</source>
        <translation>पुराने सोने की कटौती</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="657"/>
        <source>Round off</source>
        <translation>राउंड ऑफ़</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="697"/>
        <source>Not paid yet (F8)</source>
        <translation>भुगतान अभी नहीं हुआ (F8)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="698"/>
        <source>Paid {amount}</source>
        <translation>भुगतान {amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="700"/>
        <source>Balance {amount}</source>
        <translation>बाकी {amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="702"/>
        <source>Change due {amount}</source>
        <translation>लौटाने हैं {amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="708"/>
        <source>Old gold (F6): none</source>
        <translation>पुराना सोना (F6): नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="711"/>
        <source>Old gold (F6): {count} lot(s) · fine {fine} g · set off -{value}</source>
        <translation>पुराना सोना (F6): {count} लॉट · शुद्ध {fine} ग्रा. · कटौती -{value}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="717"/>
        <source>Payments (F8): none</source>
        <translation>भुगतान (F8): कोई नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="719"/>
        <source>Cash</source>
        <translation>नकद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="720"/>
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="721"/>
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="722"/>
        <source>Cheque</source>
        <translation>चेक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="723"/>
        <source>Bank</source>
        <translation>बैंक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="729"/>
        <source>Payments (F8): {list}</source>
        <translation>भुगतान (F8): {list}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="778"/>
        <source>{tag} is already on this bill (line {no}).</source>
        <translation>{tag} इस बिल में पहले से है (लाइन {no})।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="806"/>
        <source>Finish or clear this bill (F2) before opening an estimate.</source>
        <translation>एस्टिमेट खोलने से पहले यह बिल पूरा करें या हटाएँ (F2)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="823"/>
        <source>Estimate opened as a bill: check and take payment (F8).</source>
        <translation>एस्टिमेट बिल के रूप में खुला: जाँचें और भुगतान लें (F8)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="863"/>
        <source>{text} is not a rate: type rupees per gram, like 7150.00.</source>
        <translation>{text} दर नहीं है: रुपये प्रति ग्राम लिखें, जैसे 7150.00।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="865"/>
        <source>{text} is not a valid number here: type a number like 12 or 450.</source>
        <translation>{text} यहाँ सही संख्या नहीं है: 12 या 450 जैसी संख्या लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="896"/>
        <source>Approved by {manager}.</source>
        <translation>{manager} ने मंज़ूरी दी।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="897"/>
        <source>the manager</source>
        <translation>मैनेजर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="916"/>
        <source>rate {rate} is below today&apos;s {floor}</source>
        <translation>दर {rate} आज की दर {floor} से कम है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="921"/>
        <source>making charge is below the usual</source>
        <translation>मेकिंग चार्ज सामान्य से कम है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="923"/>
        <source>wastage is below the usual</source>
        <translation>घटत सामान्य से कम है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="925"/>
        <source>the price is below the usual</source>
        <translation>कीमत सामान्य से कम है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="926"/>
        <source>Line {no} ({piece}): {what}.</source>
        <translation>लाइन {no} ({piece}): {what}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="935"/>
        <source>A manager must approve this, but no manager is set up.</source>
        <translation>इसके लिए मैनेजर की मंज़ूरी चाहिए, पर कोई मैनेजर नहीं बना है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="963"/>
        <source>Line removed: {piece}.</source>
        <translation>लाइन हटाई गई: {piece}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1044"/>
        <source>Add a line first: a discount is on a line.</source>
        <translation>पहले लाइन जोड़ें: छूट किसी लाइन पर ही होती है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1047"/>
        <source>Selected line: {piece}</source>
        <translation>चुनी गई लाइन: {piece}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1071"/>
        <source>Add a line first: there is nothing to pay.</source>
        <translation>पहले लाइन जोड़ें: अभी भुगतान के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1121"/>
        <source>New bill</source>
        <translation>नया बिल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1122"/>
        <source>Discard this bill and start a new one?</source>
        <translation>यह बिल छोड़कर नया शुरू करें?</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1123"/>
        <source>Enter discards it; Esc keeps it.</source>
        <translation>Enter से छोड़ें; Esc से रखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1124"/>
        <source>Discard</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1125"/>
        <source>Keep</source>
        <translation>रखें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1154"/>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1262"/>
        <source>Scan a tag or add an item (F5) to start the bill.</source>
        <translation>बिल शुरू करने के लिए टैग स्कैन करें या आइटम जोड़ें (F5)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1199"/>
        <source>Bill {number} saved: {amount}.</source>
        <translation>बिल {number} सेव हुआ: {amount}।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1204"/>
        <source>Give change {amount}.</source>
        <translation>{amount} वापस दें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1224"/>
        <source>Receipt printed.</source>
        <translation>रसीद छप गई।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1230"/>
        <source>The printer is not answering: the receipt is queued and prints when the printer is back.</source>
        <translation>प्रिंटर जवाब नहीं दे रहा: रसीद कतार में है, प्रिंटर चालू होते ही छपेगी।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1241"/>
        <source>The receipt was not printed: {why}</source>
        <translation>रसीद नहीं छपी: {why}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="1275"/>
        <source>Estimate {number} saved: {amount}. The cashier scans its number.</source>
        <translation>एस्टिमेट {number} सेव हुआ: {amount}। कैशियर इसका नंबर स्कैन करेगा।</translation>
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
        <source>Piece</source>
        <translation>पीस</translation>
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
        <source>A row from head office did not fit here</source>
        <translation>हेड ऑफ़िस की एक पंक्ति यहाँ फ़िट नहीं हुई</translation>
    </message>
</context>
<context>
    <name>CustomerPickDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="241"/>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="242"/>
        <source>Customer on the bill</source>
        <translation>बिल पर ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="245"/>
        <source>&amp;Mobile number or name</source>
        <translation>मोबाइल नंबर या नाम (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="246"/>
        <source>e.g. 98200 12345 or Priya</source>
        <translation>जैसे 98200 12345 या प्रिया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="249"/>
        <source>↑ ↓ choose, Enter puts the customer on the bill. A new mobile number + Enter adds a customer. Ctrl+N: new customer.</source>
        <translation>↑ ↓ से चुनें, Enter से ग्राहक बिल पर। नया मोबाइल नंबर + Enter से नया ग्राहक। Ctrl+N: नया ग्राहक।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="254"/>
        <source>M&amp;obile</source>
        <translation>मोबाइल (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="255"/>
        <source>&amp;Name</source>
        <translation>नाम (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="256"/>
        <source>&amp;State</source>
        <translation>राज्य (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="257"/>
        <source>&amp;Address</source>
        <translation>पता (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="258"/>
        <source>&amp;City</source>
        <translation>शहर (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="259"/>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="260"/>
        <source>PA&amp;N</source>
        <translation>PAN (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="264"/>
        <source>Form &amp;60 given instead of PAN</source>
        <translation>PAN की जगह फ़ॉर्म 60 दिया (&amp;6)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="265"/>
        <source>Save and put on bill  (Enter)</source>
        <translation>सेव करें और बिल पर लगाएँ  (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="266"/>
        <source>New customer  (Ctrl+N)</source>
        <translation>नया ग्राहक  (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="267"/>
        <source>No customer</source>
        <translation>कोई ग्राहक नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="268"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="270"/>
        <source>Complete the customer&apos;s details</source>
        <translation>ग्राहक का विवरण पूरा करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="272"/>
        <source>New customer</source>
        <translation>नया ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="280"/>
        <source>Taxable value is ₹50,000 or more: the buyer&apos;s name, address and state are needed.</source>
        <translation>कर योग्य मूल्य ₹50,000 या ज़्यादा है: खरीदार का नाम, पता और राज्य चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="285"/>
        <source>Invoice value is above ₹2,00,000: PAN or Form 60 is needed.</source>
        <translation>इनवॉइस मूल्य ₹2,00,000 से ज़्यादा है: PAN या फ़ॉर्म 60 चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="327"/>
        <source>PAN ✓</source>
        <translation>PAN ✓</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="351"/>
        <source>Type the customer&apos;s 10-digit mobile number or a name.</source>
        <translation>ग्राहक का 10 अंकों का मोबाइल नंबर या नाम लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="375"/>
        <source>Needed for this bill: PAN, or tick Form 60.</source>
        <translation>इस बिल के लिए ज़रूरी: PAN, या फ़ॉर्म 60 पर टिक करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="377"/>
        <source>Needed for this bill: the buyer&apos;s address.</source>
        <translation>इस बिल के लिए ज़रूरी: खरीदार का पता।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="379"/>
        <source>Needed for this bill: the buyer&apos;s state.</source>
        <translation>इस बिल के लिए ज़रूरी: खरीदार का राज्य।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="380"/>
        <location filename="../../src/jewelpos/ui/dialogs/customer_pick.py" line="449"/>
        <source>This is required.</source>
        <translation>यह भरना ज़रूरी है।</translation>
    </message>
</context>
<context>
    <name>DayEndDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="195"/>
        <source>Day end</source>
        <translation>दिन की समाप्ति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="196"/>
        <source>Day end - {day}</source>
        <translation>दिन की समाप्ति - {day}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="197"/>
        <source>Cash counted</source>
        <translation>गिना गया नकद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="198"/>
        <source>Cash expected</source>
        <translation>अपेक्षित नकद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="199"/>
        <source>Difference</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="200"/>
        <source>Save report PDF  (Ctrl+S)</source>
        <translation>रिपोर्ट PDF सेव करें  (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="201"/>
        <source>Close the day  (F10)</source>
        <translation>दिन बंद करें  (F10)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="202"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="240"/>
        <source>The day is closed by {name} at {time}: no more bills today.</source>
        <translation>{name} ने {time} पर दिन बंद किया: आज और बिल नहीं बनेंगे।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="269"/>
        <source>{amount} - matches</source>
        <translation>{amount} - मिलान सही</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="271"/>
        <source>{amount} short</source>
        <translation>{amount} कम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="273"/>
        <source>{amount} extra</source>
        <translation>{amount} ज़्यादा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="283"/>
        <source>Cash</source>
        <translation>नकद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="284"/>
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="285"/>
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="286"/>
        <source>Cheque</source>
        <translation>चेक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="287"/>
        <source>Bank transfer</source>
        <translation>बैंक ट्रांसफ़र</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="305"/>
        <source>Sales</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="306"/>
        <source>{n} bills · taxable {taxable} · GST {gst} · net sales {net}</source>
        <translation>{n} बिल · कर योग्य {taxable} · GST {gst} · शुद्ध बिक्री {net}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="312"/>
        <source>Old gold bought {amount}</source>
        <translation>पुराना सोना ख़रीदा {amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="313"/>
        <source>By payment mode</source>
        <translation>भुगतान के तरीके से</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="314"/>
        <source>By category</source>
        <translation>श्रेणी के अनुसार</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="315"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="316"/>
        <source>Pieces</source>
        <translation>पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="317"/>
        <source>Net g</source>
        <translation>शुद्ध ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="318"/>
        <source>Taxable</source>
        <translation>कर योग्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="319"/>
        <source>Cancellations and returns</source>
        <translation>रद्द बिल और वापसी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="320"/>
        <source>No cancellations</source>
        <translation>कोई बिल रद्द नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="321"/>
        <source>Returns: {n}, {amount}</source>
        <translation>वापसी: {n}, {amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="324"/>
        <source>Open estimates (lapse at close): {n}</source>
        <translation>खुले एस्टिमेट (दिन बंद होने पर समाप्त): {n}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="346"/>
        <source>Close {day}: cash counted {counted}, expected {expected} ({diff}). No more bills can be made today.</source>
        <translation>{day} बंद करें: गिना गया नकद {counted}, अपेक्षित {expected} ({diff})। आज और बिल नहीं बन सकेंगे।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="398"/>
        <source>Day-end report saved as {path}.</source>
        <translation>दिन की रिपोर्ट {path} में सेव हुई।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/day_end.py" line="400"/>
        <source>The day is closed.</source>
        <translation>दिन बंद हो गया।</translation>
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
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="200"/>
        <source>Discount</source>
        <translation>छूट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="201"/>
        <source>Discount on making charges</source>
        <translation>मेकिंग चार्ज पर छूट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="202"/>
        <source>&amp;Making discount %</source>
        <translation>मेकिंग पर छूट % (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="203"/>
        <source>On &amp;all lines of the bill</source>
        <translation>बिल की सभी लाइनों पर (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="204"/>
        <source>Apply  (Enter)</source>
        <translation>लागू करें  (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="205"/>
        <source>Cancel  (Esc)</source>
        <translation>रद्द करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/billing.py" line="220"/>
        <source>Type a percentage from 0 to 100.</source>
        <translation>0 से 100 के बीच प्रतिशत लिखें।</translation>
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
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="162"/>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="94"/>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="153"/>
        <source>Import stock or customers</source>
        <translation>स्टॉक या ग्राहक आयात करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="154"/>
        <source>Stock</source>
        <translation>स्टॉक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="155"/>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="156"/>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="157"/>
        <source>A .csv or .xlsx file; Enter reads its columns</source>
        <translation>.csv या .xlsx फ़ाइल; Enter दबाने पर उसके कॉलम पढ़े जाते हैं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="158"/>
        <source>Choose…  Ctrl+O</source>
        <translation>चुनें…  Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="159"/>
        <source>Check (dry run)  F5</source>
        <translation>जाँचें (बिना आयात)  F5</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="160"/>
        <source>Import  F10</source>
        <translation>आयात करें  F10</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="161"/>
        <source>Cancel  Esc</source>
        <translation>रद्द करें  Esc</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="162"/>
        <source>Column in the file</source>
        <translation>फ़ाइल का कॉलम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="168"/>
        <source>Tag code</source>
        <translation>टैग कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="169"/>
        <source>Category (code or name)</source>
        <translation>श्रेणी (कोड या नाम)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="170"/>
        <source>Metal</source>
        <translation>धातु</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="171"/>
        <source>Purity (916, 22K, 22K916)</source>
        <translation>शुद्धता (916, 22K, 22K916)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="172"/>
        <source>Gross weight, g</source>
        <translation>कुल वज़न, ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="173"/>
        <source>Stone weight, g</source>
        <translation>नग वज़न, ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="174"/>
        <source>Stone weight, carats</source>
        <translation>नग वज़न, कैरेट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="175"/>
        <source>Net weight, g</source>
        <translation>शुद्ध वज़न, ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="176"/>
        <source>Number of stones</source>
        <translation>नगों की संख्या</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="177"/>
        <source>Stone value, ₹</source>
        <translation>नग मूल्य, ₹</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="178"/>
        <source>Design no.</source>
        <translation>डिज़ाइन नं.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="179"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="180"/>
        <source>HUIDs</source>
        <translation>HUID</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="181"/>
        <source>Cost, ₹</source>
        <translation>लागत, ₹</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="182"/>
        <source>Location / counter</source>
        <translation>स्थान / काउंटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="183"/>
        <source>Tray</source>
        <translation>ट्रे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="184"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="185"/>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="186"/>
        <source>Other phone</source>
        <translation>दूसरा फ़ोन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="187"/>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="188"/>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="189"/>
        <source>State code</source>
        <translation>राज्य कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="190"/>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="191"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="192"/>
        <source>Birthday</source>
        <translation>जन्मदिन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="193"/>
        <source>Anniversary</source>
        <translation>सालगिरह</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="194"/>
        <source>PAN</source>
        <translation>PAN</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="195"/>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="196"/>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="220"/>
        <source>File to import</source>
        <translation>आयात करने की फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="220"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>स्प्रेडशीट (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="247"/>
        <source>(do not import)</source>
        <translation>(आयात न करें)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="252"/>
        <source>{rows} rows read</source>
        <translation>{rows} पंक्तियाँ पढ़ी गईं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="289"/>
        <source>All {rows} rows are good. F10 imports them.</source>
        <translation>सभी {rows} पंक्तियाँ ठीक हैं। F10 से आयात करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="295"/>
        <source>{bad} of {rows} rows have problems; fix them in the file.</source>
        <translation>{rows} में से {bad} पंक्तियों में समस्या है; उन्हें फ़ाइल में ठीक करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="334"/>
        <source>Imported {rows} rows.</source>
        <translation>{rows} पंक्तियाँ आयात हुईं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="341"/>
        <source>Nothing was imported: {bad} rows have problems (listed).</source>
        <translation>कुछ भी आयात नहीं हुआ: {bad} पंक्तियों में समस्या है (सूची देखें)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/import_data.py" line="345"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>आयात रद्द हुआ; कुछ भी आयात नहीं हुआ।</translation>
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
        <location filename="../../src/jewelpos/ui/main_window.py" line="264"/>
        <source>JewelPOS - {shop}</source>
        <translation>JewelPOS - {shop}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="265"/>
        <source>Billing</source>
        <translation>बिलिंग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="266"/>
        <source>Rates</source>
        <translation>दर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="267"/>
        <source>Stock</source>
        <translation>स्टॉक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="270"/>
        <source>Day end</source>
        <translation>दिन की समाप्ति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="271"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="272"/>
        <source>Log out</source>
        <translation>लॉग आउट</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="273"/>
        <source>Working…</source>
        <translation>काम चल रहा है…</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="299"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="305"/>
        <source>Branch {branch} · Counter {counter}</source>
        <translation>शाखा {branch} · काउंटर {counter}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="339"/>
        <source>{metal} {purity} {rate}/g</source>
        <translation>{metal} {purity} {rate}/ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/main_window.py" line="346"/>
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
        <location filename="../../src/jewelpos/ui/messages.py" line="101"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="106"/>
        <source>Wrong user or PIN. Try again.</source>
        <translation>यूज़र या पिन गलत है। फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="108"/>
        <source>You are not allowed to do this. Ask a manager or the owner.</source>
        <translation>आपको यह करने की अनुमति नहीं है। मैनेजर या मालिक से कहें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="114"/>
        <source>Today&apos;s rate for {label} is not set. Ask a manager to set today&apos;s rates.</source>
        <translation>{label} की आज की दर तय नहीं है। मैनेजर से आज की दरें तय करवाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="118"/>
        <source>Today&apos;s rates are not set. Ask a manager to set today&apos;s rates.</source>
        <translation>आज की दरें तय नहीं हैं। मैनेजर से आज की दरें तय करवाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="122"/>
        <source>Not found. It may have been removed; search again.</source>
        <translation>नहीं मिला। शायद हटा दिया गया है; फिर से खोजें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="128"/>
        <source>{value} is already in use. Enter a different one.</source>
        <translation>{value} पहले से इस्तेमाल में है। कोई दूसरा लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="131"/>
        <source>This value is already in use. Enter a different one.</source>
        <translation>यह पहले से इस्तेमाल में है। कोई दूसरा लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="135"/>
        <source>This piece is not available for sale. Check its status in Stock.</source>
        <translation>यह पीस बिक्री के लिए उपलब्ध नहीं है। स्टॉक में इसकी स्थिति देखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="139"/>
        <source>This counter is already set up. Log in instead.</source>
        <translation>यह काउंटर पहले से सेट है। लॉग इन करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="143"/>
        <source>The disk is full. Nothing was lost. Free some space, then try again.</source>
        <translation>डिस्क भर गई है। कुछ भी खोया नहीं। थोड़ी जगह खाली करके फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="147"/>
        <source>The database is busy in another program. Nothing was lost. Try again in a moment.</source>
        <translation>डेटाबेस किसी दूसरे प्रोग्राम में व्यस्त है। कुछ भी खोया नहीं। थोड़ी देर में फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="152"/>
        <source>A problem outside JewelPOS stopped this: {detail}. Nothing was lost.</source>
        <translation>JewelPOS के बाहर की एक समस्या से यह रुक गया: {detail}। कुछ भी खोया नहीं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="167"/>
        <source>Invoice value over ₹2 lakh: the customer&apos;s PAN or Form 60 is needed.</source>
        <translation>बिल ₹2 लाख से ज़्यादा है: ग्राहक का पैन या फ़ॉर्म 60 चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="171"/>
        <source>Taxable value ₹50,000 or more: the buyer&apos;s name, address and state are needed.</source>
        <translation>कर-योग्य मूल्य ₹50,000 या ज़्यादा है: खरीदार का नाम, पता और राज्य चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="176"/>
        <source>A manager must approve this with their PIN first.</source>
        <translation>पहले मैनेजर अपने पिन से इसकी मंज़ूरी दें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="180"/>
        <source>This day is closed at day end: it takes no more bills or estimates.</source>
        <translation>आज का दिन डे-एंड पर बंद हो चुका है: अब कोई बिल या एस्टिमेट नहीं बनेगा।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="184"/>
        <source>This stock count is closed. Start a new count (F2) to scan again.</source>
        <translation>यह स्टॉक गिनती बंद हो चुकी है। फिर से स्कैन करने के लिए नई गिनती शुरू करें (F2)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="188"/>
        <source>Bad rows in the file: {count}. Nothing was imported. Correct the rows listed, then import again.</source>
        <translation>फ़ाइल में गलत पंक्तियाँ: {count}। कुछ भी इंपोर्ट नहीं हुआ। दिखाई गई पंक्तियाँ ठीक करें, फिर दोबारा इंपोर्ट करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="194"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>इंपोर्ट रद्द किया गया: कुछ भी इंपोर्ट नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="198"/>
        <source>The printer at {printer} is not answering. Nothing was lost: the print waits and can be printed again (Ctrl+Shift+R) when the printer is on.</source>
        <translation>{printer} वाला प्रिंटर जवाब नहीं दे रहा। कुछ नहीं खोया: प्रिंट कतार में है, प्रिंटर चालू होने पर दोबारा छापें (Ctrl+Shift+R)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="203"/>
        <source>The printer is not answering. Nothing was lost: the print waits and can be printed again (Ctrl+Shift+R) when the printer is on.</source>
        <translation>प्रिंटर जवाब नहीं दे रहा। कुछ नहीं खोया: प्रिंट कतार में है, प्रिंटर चालू होने पर दोबारा छापें (Ctrl+Shift+R)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="209"/>
        <source>This data folder already holds a shop: the demo shop was not made over it.</source>
        <translation>इस डेटा फ़ोल्डर में पहले से एक दुकान है: उसके ऊपर डेमो दुकान नहीं बनाई गई।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="213"/>
        <source>This counter is not set up yet. Finish the first-run setup first.</source>
        <translation>यह काउंटर अभी सेट-अप नहीं हुआ है। पहले शुरुआती सेट-अप पूरा करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="223"/>
        <source>Another JewelPOS window on this counter is already syncing. Nothing was lost; it will be sent from there.</source>
        <translation>इस काउंटर पर JewelPOS की दूसरी विंडो पहले से सिंक कर रही है। कुछ नहीं खोया; वहीं से भेजा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="232"/>
        <source>Head office cannot be reached. Bills are kept here and will be sent when it can.</source>
        <translation>हेड ऑफ़िस से संपर्क नहीं हो पा रहा। बिल यहीं सुरक्षित हैं और संपर्क होते ही भेजे जाएँगे।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="236"/>
        <source>The head-office server has a problem. Sending will be tried again.</source>
        <translation>हेड ऑफ़िस के सर्वर में समस्या है। भेजने की कोशिश फिर से होगी।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="239"/>
        <source>Head office refused or garbled the request. Nothing was lost; tell the shop&apos;s support person if it happens again.</source>
        <translation>हेड ऑफ़िस ने अनुरोध नहीं माना या उसका जवाब समझ नहीं आया। कुछ नहीं खोया; दोबारा हो तो दुकान के सपोर्ट वाले व्यक्ति को बताएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="244"/>
        <source>Head office does not know this counter or the code. Ask head office for a new enrolment code.</source>
        <translation>हेड ऑफ़िस इस काउंटर या कोड को नहीं पहचानता। हेड ऑफ़िस से नया एनरोलमेंट कोड माँगें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="249"/>
        <source>Head office has switched this counter off. Ask head office why.</source>
        <translation>हेड ऑफ़िस ने यह काउंटर बंद कर दिया है। कारण हेड ऑफ़िस से पूछें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="252"/>
        <source>Head office needs this counter to download everything again. Ask a manager to start a fresh download.</source>
        <translation>हेड ऑफ़िस चाहता है कि यह काउंटर सब कुछ फिर से डाउनलोड करे। मैनेजर से नया डाउनलोड शुरू करने को कहें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="257"/>
        <source>The enrolment code is for another branch or counter than this one. Ask head office for this counter&apos;s code.</source>
        <translation>यह एनरोलमेंट कोड किसी दूसरी ब्रांच या काउंटर का है। हेड ऑफ़िस से इसी काउंटर का कोड माँगें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="262"/>
        <source>That is not a web address. Type it like 192.168.1.5:8000.</source>
        <translation>यह वेब पता नहीं है। इस तरह लिखें: 192.168.1.5:8000।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="265"/>
        <source>This counter is not connected to head office yet. Ask a manager to connect it.</source>
        <translation>यह काउंटर अभी हेड ऑफ़िस से नहीं जुड़ा है। मैनेजर से इसे जुड़वाएँ।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="273"/>
        <source>Sync with head office did not work: {detail}. Nothing was lost.</source>
        <translation>हेड ऑफ़िस से सिंक नहीं हो सका: {detail}। कुछ नहीं खोया।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/messages.py" line="280"/>
        <source>Something went wrong inside JewelPOS. Nothing you typed was lost. Try again; if it happens again, tell the shop&apos;s support person.</source>
        <translation>JewelPOS में कुछ गड़बड़ हुई। आपका लिखा कुछ भी खोया नहीं। फिर कोशिश करें; दोबारा हो तो दुकान के सपोर्ट वाले व्यक्ति को बताएँ।</translation>
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
        <translation>बदले में लिया पुराना सोना (ख़रीद वाउचर)</translation>
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
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="328"/>
        <source>Item</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="329"/>
        <source>Gross g</source>
        <translation>कुल ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="330"/>
        <source>Less g</source>
        <translation>घटाएँ ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="331"/>
        <source>Net g</source>
        <translation>शुद्ध ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="332"/>
        <source>Touch %</source>
        <translation>टंच %</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="333"/>
        <source>Fine g</source>
        <translation>फ़ाइन ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="334"/>
        <source>Rate ₹/g</source>
        <translation>दर ₹/ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="335"/>
        <source>Deduction %</source>
        <translation>कटौती %</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="336"/>
        <source>Value ₹</source>
        <translation>मूल्य ₹</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/models/bill_lines.py" line="362"/>
        <source>Old gold</source>
        <translation>पुराना सोना</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="269"/>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="270"/>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="271"/>
        <source>PAYABLE</source>
        <translation>देय राशि</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="274"/>
        <source>&amp;Cash</source>
        <translation>नकद (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="275"/>
        <source>C&amp;ard</source>
        <translation>कार्ड (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="276"/>
        <source>&amp;UPI</source>
        <translation>UPI (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="277"/>
        <source>C&amp;heque</source>
        <translation>चेक (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="278"/>
        <source>&amp;Bank transfer</source>
        <translation>बैंक ट्रांसफ़र (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="283"/>
        <source>Last 4</source>
        <translation>आख़िरी 4</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="284"/>
        <source>Approval code</source>
        <translation>अप्रूवल कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="285"/>
        <source>UPI reference</source>
        <translation>UPI रेफ़रेंस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="286"/>
        <source>Cheque no.</source>
        <translation>चेक नं.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="287"/>
        <source>UTR / reference</source>
        <translation>UTR / रेफ़रेंस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="293"/>
        <source>Enter moves on · F8 puts the balance in this field · Ctrl+Enter done · F10 done and save the bill</source>
        <translation>Enter से आगे · F8 से बाकी रकम इस खाने में · Ctrl+Enter हो गया · F10 हो गया और बिल सेव</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="297"/>
        <source>Done  (Ctrl+Enter)</source>
        <translation>हो गया  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="298"/>
        <source>Save &amp;&amp; print  (F10)</source>
        <translation>सेव और प्रिंट  (F10)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="299"/>
        <source>Cancel  (Esc)</source>
        <translation>रद्द करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="390"/>
        <source>Paid {amount}</source>
        <translation>भुगतान {amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="393"/>
        <source>Balance {amount}</source>
        <translation>बाकी {amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="396"/>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="398"/>
        <source>Fully paid</source>
        <translation>पूरा भुगतान हुआ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="401"/>
        <source>Change due {amount}</source>
        <translation>लौटाने हैं {amount}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="413"/>
        <source>Set the shop&apos;s UPI ID to show a pay QR here.</source>
        <translation>यहाँ भुगतान QR दिखाने के लिए दुकान की UPI ID सेट करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="418"/>
        <source>Nothing left to pay by UPI.</source>
        <translation>UPI से कुछ बाकी नहीं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="429"/>
        <source>The shop&apos;s UPI ID is not valid: check the settings.</source>
        <translation>दुकान की UPI ID सही नहीं है: सेटिंग जाँचें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="435"/>
        <source>Scan to pay {amount} by UPI</source>
        <translation>UPI से {amount} देने के लिए स्कैन करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="494"/>
        <source>Type the last 4 digits of the card.</source>
        <translation>कार्ड के आख़िरी 4 अंक लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="496"/>
        <source>Type the cheque number.</source>
        <translation>चेक नंबर लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/payment.py" line="500"/>
        <source>Card, UPI, cheque and bank cannot pay more than the bill; only cash gives change.</source>
        <translation>कार्ड, UPI, चेक और बैंक से बिल से ज़्यादा भुगतान नहीं हो सकता; छुट्टा सिर्फ़ नकद में।</translation>
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
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="168"/>
        <source>Purity</source>
        <translation>शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="169"/>
        <source>Gross weight</source>
        <translation>कुल वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="170"/>
        <source>Stone weight</source>
        <translation>पत्थर का वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="171"/>
        <source>Net weight</source>
        <translation>शुद्ध वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="185"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="186"/>
        <source>Design no.</source>
        <translation>डिज़ाइन नं.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="187"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="188"/>
        <source>HUID</source>
        <translation>HUID</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="189"/>
        <source>Making</source>
        <translation>मेकिंग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="190"/>
        <source>Wastage / VA</source>
        <translation>घटत / VA</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="191"/>
        <source>Cost code</source>
        <translation>लागत कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="192"/>
        <source>Location / tray</source>
        <translation>जगह / ट्रे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="193"/>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="201"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="212"/>
        <source>No photo</source>
        <translation>फ़ोटो नहीं है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="214"/>
        <source>Stones: {count}</source>
        <translation>पत्थर: {count}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="216"/>
        <source>No stones</source>
        <translation>पत्थर नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="219"/>
        <source>Stone</source>
        <translation>पत्थर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="219"/>
        <source>Count</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="219"/>
        <source>Weight</source>
        <translation>वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="219"/>
        <source>Value</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="226"/>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="228"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="228"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="228"/>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="228"/>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="235"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="241"/>
        <source>{amount} per gram</source>
        <translation>{amount} प्रति ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="243"/>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="256"/>
        <source>{percent}% of metal value</source>
        <translation>धातु मूल्य का {percent}%</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="245"/>
        <source>{amount} per piece</source>
        <translation>{amount} प्रति पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="248"/>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="257"/>
        <source> (this piece)</source>
        <translation> (इस पीस पर)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="254"/>
        <source>{percent}% of net weight, in grams</source>
        <translation>शुद्ध वज़न का {percent}%, ग्राम में</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="261"/>
        <source>Received into stock</source>
        <translation>स्टॉक में आया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="262"/>
        <source>Sold</source>
        <translation>बिक चुका</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="263"/>
        <source>Returned</source>
        <translation>वापस आया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="264"/>
        <source>Reserved</source>
        <translation>आरक्षित</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="265"/>
        <source>Transferred</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="266"/>
        <source>Melted</source>
        <translation>गलाया गया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="267"/>
        <source>Sent on transfer</source>
        <translation>ट्रांसफ़र पर भेजा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="268"/>
        <source>Received from transfer</source>
        <translation>ट्रांसफ़र से प्राप्त</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="269"/>
        <source>Missing at stock-take</source>
        <translation>स्टॉक गिनती में गुम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/piece.py" line="270"/>
        <source>Imported from the old program</source>
        <translation>पुराने प्रोग्राम से आयात</translation>
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
    <name>ReceivingScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="210"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="211"/>
        <source>Design</source>
        <translation>डिज़ाइन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="212"/>
        <source>Purity</source>
        <translation>शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="213"/>
        <source>Gross g</source>
        <translation>कुल ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="214"/>
        <source>Stone g</source>
        <translation>नग ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="216"/>
        <source>Net g</source>
        <translation>शुद्ध ग्रा.</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="218"/>
        <source>HUID</source>
        <translation>HUID</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="219"/>
        <source>Cost code</source>
        <translation>लागत कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="324"/>
        <source>Receive stock</source>
        <translation>स्टॉक प्राप्त करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="325"/>
        <source>Purchase</source>
        <translation>ख़रीद</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="326"/>
        <source>Karigar receipt</source>
        <translation>कारीगर से प्राप्ति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="327"/>
        <source>Supplier or karigar name</source>
        <translation>सप्लायर या कारीगर का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="329"/>
        <source>&amp;From</source>
        <translation>किससे (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="330"/>
        <source>&amp;Category</source>
        <translation>श्रेणी (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="331"/>
        <source>P&amp;urity</source>
        <translation>शुद्धता (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="332"/>
        <source>&amp;Design no.</source>
        <translation>डिज़ाइन नं. (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="333"/>
        <source>Descr&amp;iption</source>
        <translation>विवरण (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="334"/>
        <source>&amp;Gross weight (g)</source>
        <translation>कुल वज़न (ग्राम) (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="335"/>
        <source>&amp;Lot: pieces / weights</source>
        <translation>लॉट: नग / वज़न (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="336"/>
        <source>&amp;Stones: weight, count, value ₹</source>
        <translation>नग/पत्थर: वज़न, संख्या, मूल्य ₹ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="337"/>
        <source>&amp;HUIDs</source>
        <translation>HUID (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="338"/>
        <source>C&amp;ost ₹</source>
        <translation>लागत ₹ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="339"/>
        <source>&amp;Tray</source>
        <translation>ट्रे (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="340"/>
        <source>Photo / net</source>
        <translation>फ़ोटो / शुद्ध वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="344"/>
        <source>for a lot: each gross weight, e.g. 18.450 18.520</source>
        <translation>लॉट के लिए: हर नग का कुल वज़न, जैसे 18.450 18.520</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="345"/>
        <source>6 letters/digits each, space between</source>
        <translation>हर एक 6 अक्षर/अंक, बीच में स्पेस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="346"/>
        <source>Read scale  F5</source>
        <translation>काँटा पढ़ें  F5</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="347"/>
        <source>Photo…  Ctrl+I</source>
        <translation>फ़ोटो…  Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="348"/>
        <source>Add piece  Ctrl+Enter</source>
        <translation>नग जोड़ें  Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="349"/>
        <source>Remove  Ctrl+Del</source>
        <translation>हटाएँ  Ctrl+Del</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="350"/>
        <source>Save receipt  F10</source>
        <translation>रसीद सहेजें  F10</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="351"/>
        <source>Print tags  Ctrl+P</source>
        <translation>टैग छापें  Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="411"/>
        <source>₹{value} per gram</source>
        <translation>₹{value} प्रति ग्राम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="412"/>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="418"/>
        <source>{value}% of metal value</source>
        <translation>धातु मूल्य का {value}%</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="413"/>
        <source>₹{value} per piece</source>
        <translation>₹{value} प्रति नग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="416"/>
        <source>{value}% of net weight, in grams</source>
        <translation>शुद्ध वज़न का {value}%, ग्राम में</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="421"/>
        <source>Defaults of {category}: making {making}; wastage {wastage}</source>
        <translation>{category} के डिफ़ॉल्ट: मेकिंग {making}; वेस्टेज {wastage}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="440"/>
        <source>Net: —</source>
        <translation>शुद्ध: —</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="442"/>
        <source>Net: {weight}</source>
        <translation>शुद्ध: {weight}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="448"/>
        <source>Put the piece on the scale…</source>
        <translation>नग को काँटे पर रखें…</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="462"/>
        <source>Photo of the piece</source>
        <translation>नग की फ़ोटो</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="464"/>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation>तस्वीरें (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="482"/>
        <source>Photo attached to the next piece.</source>
        <translation>फ़ोटो अगले नग के साथ जुड़ गई।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="551"/>
        <source>{count} pieces · gross {gross} · net {net}</source>
        <translation>{count} नग · कुल {gross} · शुद्ध {net}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="577"/>
        <source>Receipt {number} saved: {count} pieces tagged ({first} …). Ctrl+P prints their tags.</source>
        <translation>रसीद {number} सहेजी गई: {count} नगों पर टैग लगे ({first} …)। Ctrl+P से उनके टैग छापें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="586"/>
        <source>Save a receipt first; then print its tags.</source>
        <translation>पहले रसीद सहेजें; फिर उसके टैग छापें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="594"/>
        <source>Tags sent to the printer.</source>
        <translation>टैग प्रिंटर को भेजे गए।</translation>
    </message>
</context>
<context>
    <name>ReturnGoodsDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="145"/>
        <source>Sales return</source>
        <translation>माल वापसी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="147"/>
        <source>Goods back from bill {number}</source>
        <translation>बिल {number} का माल वापस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="151"/>
        <source>Tick the pieces that come back (Space). A credit note is made with their GST; the pieces go back to stock. The bill itself is not changed.</source>
        <translation>जो पीस वापस आ रहे हैं उन्हें चुनें (Space)। उनके GST के साथ क्रेडिट नोट बनेगा; पीस वापस स्टॉक में जाएँगे। बिल खुद नहीं बदलेगा।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="156"/>
        <source>&amp;Pieces</source>
        <translation>पीस (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="157"/>
        <source>&amp;Reason</source>
        <translation>कारण (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="158"/>
        <source>&amp;Manager</source>
        <translation>मैनेजर (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="159"/>
        <source>Manager&apos;s &amp;PIN</source>
        <translation>मैनेजर का पिन (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="163"/>
        <source>e.g. ring size does not fit</source>
        <translation>जैसे अंगूठी का साइज़ सही नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="164"/>
        <source>Make credit note  (Ctrl+Enter)</source>
        <translation>क्रेडिट नोट बनाएँ  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="165"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="207"/>
        <source>Tick at least one piece that comes back.</source>
        <translation>कम से कम एक वापस आने वाला पीस चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="209"/>
        <source>Say why the goods come back.</source>
        <translation>माल वापस आने का कारण लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="212"/>
        <source>No manager is set up on this counter.</source>
        <translation>इस काउंटर पर कोई मैनेजर नहीं बना है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/return_goods.py" line="214"/>
        <source>Type the manager&apos;s PIN.</source>
        <translation>मैनेजर का पिन लिखें।</translation>
    </message>
</context>
<context>
    <name>ScaleReader</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="76"/>
        <source>No scale port is set. Type the weight, or set the port.</source>
        <translation>काँटे का पोर्ट सेट नहीं है। वज़न टाइप करें, या पोर्ट सेट करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="84"/>
        <source>The scale port {port} is not there. Check the cable, or type the weight.</source>
        <translation>काँटे का पोर्ट {port} नहीं मिला। केबल जाँचें, या वज़न टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/receiving.py" line="93"/>
        <source>Cannot open the scale port {port}: {error}. Type the weight.</source>
        <translation>काँटे का पोर्ट {port} नहीं खुल रहा: {error}। वज़न टाइप करें।</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="120"/>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="121"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="122"/>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="123"/>
        <source>Data folder</source>
        <translation>डेटा फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="124"/>
        <source>The language is kept for you and used each time you log in.</source>
        <translation>यह भाषा आपके लिए याद रखी जाती है और हर बार लॉग इन करने पर इस्तेमाल होती है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="125"/>
        <source>Receipt &amp;printer</source>
        <translation>रसीद प्रिंटर (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="127"/>
        <source>tcp://192.168.1.50:9100, dev:/dev/usb/lp0, win:Printer name or file:/path</source>
        <translation>tcp://192.168.1.50:9100, dev:/dev/usb/lp0, win:प्रिंटर का नाम या file:/path</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="129"/>
        <source>Receipt &amp;paper</source>
        <translation>रसीद का कागज़ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="130"/>
        <source>Shop &amp;UPI ID</source>
        <translation>दुकान की UPI ID (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="131"/>
        <source>e.g. shopname@okaxis (for the UPI QR on bills)</source>
        <translation>जैसे shopname@okaxis (बिल पर UPI QR के लिए)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="132"/>
        <source>Save  (Enter)</source>
        <translation>सेव करें  (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="133"/>
        <source>Cancel  (Esc)</source>
        <translation>रद्द करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="153"/>
        <source>The printer address is not understood. Use tcp://IP:9100, dev:/dev/usb/lp0, win:Printer name or file:/path.</source>
        <translation>प्रिंटर का पता समझ नहीं आया। tcp://IP:9100, dev:/dev/usb/lp0, win:प्रिंटर का नाम या file:/path लिखें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/settings.py" line="163"/>
        <source>The UPI ID is not valid: it looks like shopname@bank.</source>
        <translation>UPI ID सही नहीं है: यह shopname@bank जैसी होती है।</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="248"/>
        <source>JewelPOS - first-run setup</source>
        <translation>JewelPOS - पहली बार की सेटिंग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="249"/>
        <source>Set up this counter</source>
        <translation>यह काउंटर सेट करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="252"/>
        <source>Enter the shop&apos;s details once. Fields marked * are needed. Enter moves to the next field; Enter on the last field finishes.</source>
        <translation>दुकान की जानकारी एक बार भरें। * वाले खाने ज़रूरी हैं। Enter दबाने पर अगला खाना आता है; आख़िरी खाने पर Enter से सेटिंग पूरी होती है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="256"/>
        <source>Shop</source>
        <translation>दुकान</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="257"/>
        <source>Head office (optional)</source>
        <translation>हेड ऑफ़िस (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="258"/>
        <source>Branch and counter</source>
        <translation>शाखा और काउंटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="259"/>
        <source>Owner&apos;s login</source>
        <translation>मालिक का लॉग इन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="261"/>
        <source>Shop name *</source>
        <translation>दुकान का नाम *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="262"/>
        <source>Legal name</source>
        <translation>कानूनी नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="263"/>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="264"/>
        <source>State *</source>
        <translation>राज्य *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="265"/>
        <source>Address *</source>
        <translation>पता *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="266"/>
        <source>City *</source>
        <translation>शहर *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="267"/>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="268"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="269"/>
        <source>Server address</source>
        <translation>सर्वर का पता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="270"/>
        <source>One-time code</source>
        <translation>एक बार का कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="271"/>
        <source>Branch code *</source>
        <translation>शाखा कोड *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="272"/>
        <source>Branch name</source>
        <translation>शाखा का नाम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="273"/>
        <source>Counter code *</source>
        <translation>काउंटर कोड *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="274"/>
        <source>User name *</source>
        <translation>यूज़र नाम *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="275"/>
        <source>Full name *</source>
        <translation>पूरा नाम *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="276"/>
        <source>PIN *</source>
        <translation>पिन *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="277"/>
        <source>Confirm PIN *</source>
        <translation>पिन दोबारा *</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="281"/>
        <source>as on the GST registration (optional)</source>
        <translation>जैसा GST रजिस्ट्रेशन में है (ज़रूरी नहीं)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="282"/>
        <source>15 characters, e.g. 27AAPFU0939F1ZV (optional)</source>
        <translation>15 अक्षर, जैसे 27AAPFU0939F1ZV (ज़रूरी नहीं)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="285"/>
        <source>type a name or code to search</source>
        <translation>खोजने के लिए नाम या कोड लिखें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="286"/>
        <source>10-digit mobile (optional)</source>
        <translation>10 अंकों का मोबाइल (ज़रूरी नहीं)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="287"/>
        <source>e.g. 192.168.1.20:8400 (leave empty if none)</source>
        <translation>जैसे 192.168.1.20:8400 (न हो तो खाली छोड़ें)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="288"/>
        <source>from head office; Enter connects</source>
        <translation>हेड ऑफ़िस से; Enter से जुड़ें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="290"/>
        <source>1-4 letters or digits, e.g. B1</source>
        <translation>1-4 अक्षर या अंक, जैसे B1</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="291"/>
        <source>e.g. Main road</source>
        <translation>जैसे मेन रोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="292"/>
        <source>1-4 letters or digits, e.g. C1</source>
        <translation>1-4 अक्षर या अंक, जैसे C1</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="294"/>
        <source>{low} to {high} digits</source>
        <translation>{low} से {high} अंक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="296"/>
        <source>Finish setup  (Ctrl+Enter)</source>
        <translation>सेटिंग पूरी करें  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="297"/>
        <source>Quit  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="328"/>
        <source>Type head office&apos;s address, or empty the code to set up without head office.</source>
        <translation>हेड ऑफ़िस का पता लिखें, या बिना हेड ऑफ़िस के सेटअप के लिए कोड खाली करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="332"/>
        <source>Type the one-time code from head office, or empty the address to set up without head office.</source>
        <translation>हेड ऑफ़िस से मिला एक बार का कोड लिखें, या बिना हेड ऑफ़िस के सेटअप के लिए पता खाली करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="371"/>
        <source>Connecting to head office...</source>
        <translation>हेड ऑफ़िस से जुड़ रहे हैं...</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="424"/>
        <source>With a code from head office, this counter takes head office&apos;s branch and counter codes. Without one, enrol later with: jewelpos sync enrol</source>
        <translation>हेड ऑफ़िस के कोड से यह काउंटर हेड ऑफ़िस के ब्रांच और काउंटर कोड लेता है। कोड न हो तो बाद में जोड़ें: jewelpos sync enrol</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="431"/>
        <source>Connected to head office as branch {branch}, counter {counter}: bills will be numbered {prefix}/...</source>
        <translation>हेड ऑफ़िस से जुड़ गए - ब्रांच {branch}, काउंटर {counter}: बिल नंबर {prefix}/... होंगे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="448"/>
        <source>Head office cannot be reached at {url}. Check the address and the network, or empty both head-office fields to set up without it (enrol later with: jewelpos sync enrol).</source>
        <translation>{url} पर हेड ऑफ़िस से संपर्क नहीं हो पा रहा। पता और नेटवर्क जाँचें, या हेड ऑफ़िस के दोनों खाने खाली करके बिना उसके सेटअप करें (बाद में जोड़ें: jewelpos sync enrol)।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="458"/>
        <source>This is not a server address. Type it like 192.168.1.20:8400 or https://ho.example.in.</source>
        <translation>यह सर्वर का पता नहीं है। ऐसे लिखें: 192.168.1.20:8400 या https://ho.example.in</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="467"/>
        <source>Head office did not accept this code: it is unknown, already used or expired. Ask head office for a new code.</source>
        <translation>हेड ऑफ़िस ने यह कोड नहीं माना: यह अनजान है, पहले इस्तेमाल हो चुका है या इसकी अवधि खत्म हो गई है। हेड ऑफ़िस से नया कोड माँगें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="475"/>
        <source>Head office answered with a problem: {detail} Try again, or empty both head-office fields to set up without it.</source>
        <translation>हेड ऑफ़िस ने समस्या बताई: {detail} फिर से कोशिश करें, या हेड ऑफ़िस के दोनों खाने खाली करके बिना उसके सेटअप करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="503"/>
        <source>This is required.</source>
        <translation>यह भरना ज़रूरी है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="517"/>
        <source>Choose a state from the list.</source>
        <translation>सूची से राज्य चुनें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="538"/>
        <source>This GSTIN belongs to another state ({code}).</source>
        <translation>यह GSTIN किसी दूसरे राज्य ({code}) का है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="543"/>
        <source>The PIN must be {low} to {high} digits.</source>
        <translation>पिन {low} से {high} अंकों का होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/setup.py" line="547"/>
        <source>The two PINs differ. Type the same PIN again.</source>
        <translation>दोनों पिन अलग हैं। वही पिन दोबारा लिखें।</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/jewelpos/app.py" line="253"/>
        <source>The counter could not start.</source>
        <translation>काउंटर शुरू नहीं हो सका।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/app.py" line="257"/>
        <source>Data folder: {path}</source>
        <translation>डेटा फ़ोल्डर: {path}</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="231"/>
        <source>Stock</source>
        <translation>स्टॉक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="232"/>
        <source>&amp;Scan or type a tag code, design no. or HUID</source>
        <translation>टैग कोड, डिज़ाइन नं. या HUID स्कैन करें या लिखें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="234"/>
        <source>e.g. B1C1000042, RG-2211 or AB12CD - Enter opens the piece</source>
        <translation>जैसे B1C1000042, RG-2211 या AB12CD - Enter से पीस खुलेगा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="238"/>
        <source>&amp;Metal</source>
        <translation>धातु (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="238"/>
        <source>P&amp;urity</source>
        <translation>शुद्धता (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="238"/>
        <source>&amp;Category</source>
        <translation>श्रेणी (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="238"/>
        <source>S&amp;tatus</source>
        <translation>स्थिति (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="242"/>
        <source>All metals</source>
        <translation>सभी धातुएँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="245"/>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="277"/>
        <source>All purities</source>
        <translation>सभी शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="246"/>
        <source>All categories</source>
        <translation>सभी श्रेणियाँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="250"/>
        <source>Any status</source>
        <translation>कोई भी स्थिति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="251"/>
        <source>Open piece  (Enter)</source>
        <translation>पीस खोलें  (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="252"/>
        <source>Print tags  Ctrl+P</source>
        <translation>टैग छापें  Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="253"/>
        <source>Summary  F3</source>
        <translation>सारांश  F3</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="254"/>
        <source>Label sheet PDF  Ctrl+Shift+P</source>
        <translation>लेबल शीट PDF  Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="367"/>
        <source>No pieces match.</source>
        <translation>कोई पीस नहीं मिला।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="370"/>
        <source>Showing {shown} of more than {cap} pieces - type more to narrow</source>
        <translation>{cap} से ज़्यादा नगों में से {shown} दिख रहे हैं - कम करने के लिए और टाइप करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="377"/>
        <source>Showing {shown} of {total} pieces - type more to narrow</source>
        <translation>{total} में से {shown} पीस दिख रहे हैं - और लिखकर खोज छोटी करें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="382"/>
        <source>1 piece</source>
        <translation>1 पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="385"/>
        <source>{total} pieces</source>
        <translation>{total} पीस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="388"/>
        <source>Gross {weight}</source>
        <translation>कुल {weight}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="391"/>
        <source>Net {weight}</source>
        <translation>शुद्ध {weight}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="498"/>
        <source>Save label sheet</source>
        <translation>लेबल शीट सहेजें</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stock.py" line="498"/>
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
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="98"/>
        <source>Tag</source>
        <translation>टैग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="100"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="103"/>
        <source>Purity</source>
        <translation>शुद्धता</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="105"/>
        <source>Gross</source>
        <translation>कुल वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="107"/>
        <source>Tray</source>
        <translation>ट्रे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="113"/>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="173"/>
        <source>Stock-take</source>
        <translation>स्टॉक गिनती</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="174"/>
        <source>C&amp;ount</source>
        <translation>गिनती (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="175"/>
        <source>A tray</source>
        <translation>एक ट्रे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="175"/>
        <source>A category</source>
        <translation>एक श्रेणी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="175"/>
        <source>Whole branch</source>
        <translation>पूरी शाखा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="177"/>
        <source>Tray name, e.g. A1</source>
        <translation>ट्रे का नाम, जैसे A1</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="178"/>
        <source>Start count  F2</source>
        <translation>गिनती शुरू करें  F2</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="179"/>
        <source>&amp;Scan tag</source>
        <translation>टैग स्कैन करें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="180"/>
        <source>Scan each tag (or type the code and Enter)</source>
        <translation>हर टैग स्कैन करें (या कोड टाइप करके Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="181"/>
        <source>Close and report  F9</source>
        <translation>बंद करें और रिपोर्ट  F9</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="182"/>
        <source>Record differences  F10</source>
        <translation>अंतर दर्ज करें  F10</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="196"/>
        <source>Found</source>
        <translation>मिले</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="197"/>
        <source>Missing</source>
        <translation>गुम</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="198"/>
        <source>Extra (not expected here)</source>
        <translation>अतिरिक्त (यहाँ अपेक्षित नहीं)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="199"/>
        <source>Unknown codes</source>
        <translation>अनजान कोड</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="253"/>
        <source>Count {number} started: {count} pieces expected. Scan every tag.</source>
        <translation>गिनती {number} शुरू: {count} नग अपेक्षित। हर टैग स्कैन करें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="287"/>
        <source>✓ {code} found</source>
        <translation>✓ {code} मिला</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="288"/>
        <source>! {code} is not expected in this count</source>
        <translation>! {code} इस गिनती में अपेक्षित नहीं है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="289"/>
        <source>? {code} is not a known tag</source>
        <translation>? {code} कोई ज्ञात टैग नहीं है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="290"/>
        <source>{code} was scanned already</source>
        <translation>{code} पहले ही स्कैन हो चुका है</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="334"/>
        <source>Count closed. Report saved as {path}</source>
        <translation>गिनती बंद। रिपोर्ट {path} में सहेजी गई</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/stocktake.py" line="352"/>
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
    <name>SyncDialog</name>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="158"/>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="159"/>
        <source>Sync with head office</source>
        <translation>हेड ऑफ़िस से सिंक</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="160"/>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="162"/>
        <source>Head office</source>
        <translation>हेड ऑफ़िस</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="163"/>
        <source>Waiting to be sent</source>
        <translation>भेजने के लिए बाकी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="164"/>
        <source>Oldest waiting</source>
        <translation>सबसे पुराना बाकी</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="165"/>
        <source>Last sent</source>
        <translation>आखिरी बार भेजा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="166"/>
        <source>Last problem</source>
        <translation>आखिरी समस्या</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="170"/>
        <source>Refused by head office</source>
        <translation>हेड ऑफ़िस ने लौटाए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="171"/>
        <source>Conflicts for the manager</source>
        <translation>मैनेजर के लिए टकराव</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="172"/>
        <source>Send again  ({key})</source>
        <translation>फिर से भेजें  ({key})</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="173"/>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="204"/>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="213"/>
        <source>{url} - branch {branch}, counter {counter}</source>
        <translation>{url} - ब्रांच {branch}, काउंटर {counter}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="219"/>
        <source>Not connected. Enrol this counter with: jewelpos sync enrol URL CODE</source>
        <translation>जुड़ा नहीं है। यह काउंटर ऐसे जोड़ें: jewelpos sync enrol URL CODE</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="222"/>
        <source>Nothing: everything has reached head office.</source>
        <translation>कुछ नहीं: सब कुछ हेड ऑफ़िस पहुँच गया है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="225"/>
        <source>{n} changes ({held} of them refused, see below)</source>
        <translation>{n} बदलाव (इनमें से {held} लौटाए गए, नीचे देखें)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="229"/>
        <source>{n} changes</source>
        <translation>{n} बदलाव</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="233"/>
        <source>{age} ago (since {when})</source>
        <translation>{age} पहले ({when} से)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="241"/>
        <source>{when}: {error}</source>
        <translation>{when}: {error}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="243"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="249"/>
        <source>Head office has refused nothing.</source>
        <translation>हेड ऑफ़िस ने कुछ नहीं लौटाया।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="252"/>
        <source>Only an owner or manager can send refused changes again.</source>
        <translation>लौटाए गए बदलाव फिर से सिर्फ़ मालिक या मैनेजर भेज सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="257"/>
        <source>Refused changes are kept here and later ones still go. When head office has fixed the reason, send them again.</source>
        <translation>लौटाए गए बदलाव यहाँ रखे हैं और बाद वाले जाते रहते हैं। हेड ऑफ़िस कारण ठीक कर दे, तब इन्हें फिर से भेजें।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="263"/>
        <source>Both bills are kept. Check the piece and settle it with the other counter; head office sees the same conflict.</source>
        <translation>दोनों बिल रखे गए हैं। पीस जाँचें और दूसरे काउंटर से मामला सुलझाएँ; हेड ऑफ़िस को भी यही टकराव दिखता है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="267"/>
        <source>No conflicts.</source>
        <translation>कोई टकराव नहीं।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/dialogs/sync_manager.py" line="290"/>
        <source>{n} refused changes will be sent again now.</source>
        <translation>{n} लौटाए गए बदलाव अब फिर से भेजे जाएँगे।</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="94"/>
        <source>Sync: checking...</source>
        <translation>सिंक: जाँच हो रही है...</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="107"/>
        <source>This counter is not connected to head office.</source>
        <translation>यह काउंटर हेड ऑफ़िस से जुड़ा नहीं है।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="156"/>
        <source>Sync: sending...</source>
        <translation>सिंक: भेजा जा रहा है...</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="158"/>
        <source>Sync: all sent</source>
        <translation>सिंक: सब भेजा गया</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="162"/>
        <source>Sync: {n} unsent (oldest {age})</source>
        <translation>सिंक: {n} नहीं भेजे गए (सबसे पुराना {age})</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="167"/>
        <source>{n} refused by head office</source>
        <translation>{n} हेड ऑफ़िस ने नहीं लिए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="169"/>
        <source>{n} conflicts for the manager</source>
        <translation>{n} टकराव मैनेजर के लिए</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="171"/>
        <source>last sent {when}</source>
        <translation>आख़िरी बार भेजा {when}</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="173"/>
        <source>never sent</source>
        <translation>कभी नहीं भेजा</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="176"/>
        <source>not connected to head office</source>
        <translation>हेड ऑफ़िस से जुड़ा नहीं</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="181"/>
        <source>Press {key} to sync now</source>
        <translation>अभी सिंक करने के लिए {key} दबाएँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/widgets/sync_status.py" line="183"/>
        <source>Press {key} or click for details</source>
        <translation>विवरण के लिए {key} दबाएँ या क्लिक करें</translation>
    </message>
</context>
<context>
    <name>TagLayoutScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="156"/>
        <source>Tag layout and printer</source>
        <translation>टैग लेआउट और प्रिंटर</translation>
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
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="353"/>
        <source>Tag layout saved.</source>
        <translation>टैग लेआउट सहेजा गया।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/tag_layout.py" line="360"/>
        <source>Waiting tags printed.</source>
        <translation>रुके हुए टैग छप गए।</translation>
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
    <name>TransfersScreen</name>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="74"/>
        <source>Transfer</source>
        <translation>ट्रांसफ़र</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="76"/>
        <source>To</source>
        <translation>कहाँ</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="79"/>
        <source>Pieces</source>
        <translation>नग</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="81"/>
        <source>Gross</source>
        <translation>कुल वज़न</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="135"/>
        <source>Transfers</source>
        <translation>ट्रांसफ़र</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="136"/>
        <source>To a counter / tray</source>
        <translation>काउंटर / ट्रे को</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="137"/>
        <source>To another branch</source>
        <translation>दूसरी शाखा को</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="138"/>
        <source>Counter</source>
        <translation>काउंटर</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="139"/>
        <source>Tray</source>
        <translation>ट्रे</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="140"/>
        <source>&amp;Scan pieces</source>
        <translation>नग स्कैन करें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="141"/>
        <source>Issue transfer  F10</source>
        <translation>ट्रांसफ़र जारी करें  F10</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="142"/>
        <source>Receive selected  F9</source>
        <translation>चुना हुआ प्राप्त करें  F9</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="195"/>
        <source>Transfer {number} issued: {count} pieces in transit.</source>
        <translation>ट्रांसफ़र {number} जारी: {count} नग रास्ते में।</translation>
    </message>
    <message>
        <location filename="../../src/jewelpos/ui/screens/transfers.py" line="216"/>
        <source>Transfer {number} received ({receipt}): {count} pieces in stock.</source>
        <translation>ट्रांसफ़र {number} प्राप्त ({receipt}): {count} नग स्टॉक में।</translation>
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
        <translation>पत्थर का वज़न (ग्रा.) (&amp;S)</translation>
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
        <translation>पत्थरों का वज़न पूरे आइटम जितना नहीं हो सकता।</translation>
    </message>
</context>
</TS>
