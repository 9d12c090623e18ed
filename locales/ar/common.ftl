# Words every part of Purr uses: amount components and deadlines.
component-principal = المبلغ الأصلي
component-fees = الرسوم
component-interest = الفائدة
total-due = المبلغ المستحق
due-date = تاريخ الاستحقاق
days-left =
    { $count ->
    [zero] لم يتبق أي يوم
    [one] يتبقى يوم واحد
    [two] يتبقى يومان
    [few] يتبقى { $count } أيام
    [many] يتبقى { $count } يومًا
   *[other] يتبقى { $count } يوم
    }
