# Words every part of Purr uses: amount components and deadlines.
component-principal = اصل بدهی
component-fees = کارمزدها
component-interest = بهره
total-due = مبلغ قابل پرداخت
due-date = تاریخ سررسید
days-left =
    { $count ->
    [one] { $count } روز مانده
   *[other] { $count } روز مانده
    }
