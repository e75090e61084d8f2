<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Format</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>HostReviewsView</name>
    <message>
        <source>Cleanliness</source>
        <translation>Sauberkeit</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lage</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Preis-Leistungs-Verhältnis</translation>
    </message>
</context>
<context>
    <name>HostText</name>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Wartet auf Zahlung</translation>
    </message>
    <message>
        <source>Awaiting your answer</source>
        <translation>Wartet auf Ihre Antwort</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Küche</translation>
    </message>
    <message>
        <source>Washing machine</source>
        <translation>Waschmaschine</translation>
    </message>
    <message>
        <source>Dryer</source>
        <translation>Trockner</translation>
    </message>
    <message>
        <source>Air conditioning</source>
        <translation>Klimaanlage</translation>
    </message>
    <message>
        <source>Heating</source>
        <translation>Heizung</translation>
    </message>
    <message>
        <source>TV</source>
        <translation>Fernseher</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Hot tub</source>
        <translation>Whirlpool</translation>
    </message>
    <message>
        <source>Free parking</source>
        <translation>Kostenloser Parkplatz</translation>
    </message>
    <message>
        <source>EV charger</source>
        <translation>Ladestation für E-Autos</translation>
    </message>
    <message>
        <source>Gym</source>
        <translation>Fitnessraum</translation>
    </message>
    <message>
        <source>Barbecue grill</source>
        <translation>Grill</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation>Frühstück</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Fireplace</source>
        <translation>Kamin</translation>
    </message>
    <message>
        <source>Smoke alarm</source>
        <translation>Rauchmelder</translation>
    </message>
    <message>
        <source>Carbon monoxide alarm</source>
        <translation>Kohlenmonoxidmelder</translation>
    </message>
    <message>
        <source>First aid kit</source>
        <translation>Erste-Hilfe-Set</translation>
    </message>
    <message>
        <source>Pets allowed</source>
        <translation>Haustiere erlaubt</translation>
    </message>
    <message>
        <source>Beach access</source>
        <translation>Strandzugang</translation>
    </message>
    <message>
        <source>Ski-in/ski-out</source>
        <translation>Direkt an der Piste</translation>
    </message>
    <message>
        <source>Elevator</source>
        <translation>Aufzug</translation>
    </message>
    <message>
        <source>Crib</source>
        <translation>Kinderbett</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>Wohnung</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Haus</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zimmer</translation>
    </message>
    <message>
        <source>Cabin</source>
        <translation>Hütte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>Flexibel</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderat</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Streng</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>Abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Reisen</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Inserate</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Bewertungen</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Waiting to sync</source>
        <translation>Wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <source>Your change is saved on this computer and will be sent when the server can be reached.</source>
        <translation>Ihre Änderung ist auf diesem Computer gespeichert und wird gesendet, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Someone else changed the same fields. Choose which version to keep under Sync › Conflicts.</source>
        <translation>Jemand anderes hat dieselben Felder geändert. Wählen Sie unter Synchronisierung › Konflikte, welche Version bleibt.</translation>
    </message>
    <message>
        <source>The server refused your change. See Sync › Rejected changes.</source>
        <translation>Der Server hat Ihre Änderung abgelehnt. Siehe Synchronisierung › Abgelehnte Änderungen.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>roost::app::Application</name>
    <message>
        <source>Roost</source>
        <translation>Roost</translation>
    </message>
    <message>
        <source>Roost cannot open its local data:
%1</source>
        <translation>Roost kann seine lokalen Daten nicht öffnen:
%1</translation>
    </message>
</context>
<context>
    <name>roost::app::AvailabilityCalendar</name>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>roost::app::BookingPage</name>
    <message>
        <source>Open the listing</source>
        <translation>Unterkunft öffnen</translation>
    </message>
    <message>
        <source>Open the listing of this booking</source>
        <translation>Unterkunft dieser Buchung öffnen</translation>
    </message>
    <message>
        <source>This booking is not in the cache.</source>
        <translation>Diese Buchung ist nicht im Zwischenspeicher.</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not yet on the server</source>
        <translation>Noch nicht auf dem Server</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Aufenthalt</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <source>Nights total</source>
        <translation>Summe der Nächte</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Cleaning fee</source>
        <translation>Reinigungsgebühr</translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation>Servicegebühr</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Message to the host</source>
        <translation>Nachricht an den Gastgeber</translation>
    </message>
</context>
<context>
    <name>roost::app::BookingPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Anreise</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Buchen</translation>
    </message>
    <message>
        <source>Booking status</source>
        <translation>Buchungsstatus</translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation>&amp;Anreise</translation>
    </message>
    <message>
        <source>Check-&amp;out</source>
        <translation>Ab&amp;reise</translation>
    </message>
    <message>
        <source>&amp;Guests</source>
        <translation>&amp;Gäste</translation>
    </message>
    <message>
        <source>&amp;Request to book</source>
        <translation>Buchung an&amp;fragen</translation>
    </message>
    <message>
        <source>Choose a check-out after the check-in.</source>
        <translation>Wählen Sie eine Abreise nach der Anreise.</translation>
    </message>
    <message>
        <source>Stays here are %1 to %2 nights.</source>
        <translation>Aufenthalte hier dauern %1 bis %2 Nächte.</translation>
    </message>
    <message>
        <source>Some of these nights are not available.</source>
        <translation>Einige dieser Nächte sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>This stay cannot be priced.</source>
        <translation>Für diesen Aufenthalt kann kein Preis berechnet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s): %1</source>
        <translation>
            <numerusform>%n Nacht: %1</numerusform>
            <numerusform>%n Nächte: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Discount: −%1</source>
        <translation>Rabatt: −%1</translation>
    </message>
    <message>
        <source>Cleaning fee: %1</source>
        <translation>Reinigungsgebühr: %1</translation>
    </message>
    <message>
        <source>Service fee: %1</source>
        <translation>Servicegebühr: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Payment received. Updating the booking…</source>
        <translation>Zahlung erhalten. Die Buchung wird aktualisiert…</translation>
    </message>
    <message>
        <source>The booking was refused: %1</source>
        <translation>Die Buchung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Booking saved. It is sent to the server at the next sync; payment follows once you are online.</source>
        <translation>Buchung gespeichert. Sie wird bei der nächsten Synchronisierung an den Server gesendet; die Zahlung folgt, sobald Sie online sind.</translation>
    </message>
    <message>
        <source>Your dates are held until %1. Pay to finish.</source>
        <translation>Ihre Daten sind bis %1 reserviert. Bezahlen Sie, um abzuschließen.</translation>
    </message>
    <message>
        <source>Pay to finish the booking.</source>
        <translation>Bezahlen Sie, um die Buchung abzuschließen.</translation>
    </message>
    <message>
        <source>Confirmed! Your trip is in Trips.</source>
        <translation>Bestätigt! Ihre Reise finden Sie unter Reisen.</translation>
    </message>
    <message>
        <source>Request sent: waiting for the host&apos;s answer (24 h).</source>
        <translation>Anfrage gesendet: Warten auf die Antwort des Gastgebers (24 h).</translation>
    </message>
    <message>
        <source>The booking was declined.</source>
        <translation>Die Buchung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The hold expired before the payment.</source>
        <translation>Die Reservierung ist vor der Zahlung abgelaufen.</translation>
    </message>
    <message>
        <source>Booking %1.</source>
        <translation>Buchung %1.</translation>
    </message>
</context>
<context>
    <name>roost::app::CancelDialog</name>
    <message>
        <source>Cancel this stay?</source>
        <translation>Diesen Aufenthalt stornieren?</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <source>&amp;Cancel stay</source>
        <translation>Aufenthalt &amp;stornieren</translation>
    </message>
    <message>
        <source>Cancel stay</source>
        <translation>Aufenthalt stornieren</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Keep the booking</source>
        <translation>Buchung behalten</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>This stay can no longer be cancelled.</source>
        <translation>Dieser Aufenthalt kann nicht mehr storniert werden.</translation>
    </message>
    <message>
        <source>You will be refunded %1 of %2.</source>
        <translation>Sie erhalten %1 von %2 zurück.</translation>
    </message>
</context>
<context>
    <name>roost::app::ConflictsView</name>
    <message>
        <source>No conflicts. When someone else changes what you changed, both versions wait here.</source>
        <translation>Keine Konflikte. Wenn jemand anderes ändert, was Sie geändert haben, warten beide Versionen hier.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Send my version again, over the server&apos;s</source>
        <translation>Meine Version erneut senden und die des Servers ersetzen</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Fremde übernehmen</translation>
    </message>
    <message>
        <source>Drop my changes and keep the server&apos;s version</source>
        <translation>Meine Änderungen verwerfen und die Version des Servers behalten</translation>
    </message>
</context>
<context>
    <name>roost::app::EarningsView</name>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Inserat</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Ausgezahlt am</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Payouts by month</source>
        <translation>Auszahlungen nach Monat</translation>
    </message>
    <message>
        <source>Payouts by month of release</source>
        <translation>Auszahlungen nach Monat der Auszahlung</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export payouts as CSV</source>
        <translation>Auszahlungen als CSV exportieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export payouts</source>
        <translation>Auszahlungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n payout(s) to %1.</source>
        <translation>
            <numerusform>%n Auszahlung nach %1 exportiert.</numerusform>
            <numerusform>%n Auszahlungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>roost::app::ExploreView</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Listings found</source>
        <translation>Gefundene Unterkünfte</translation>
    </message>
    <message>
        <source>Where or what</source>
        <translation>Wo oder was</translation>
    </message>
    <message>
        <source>City, neighbourhood or anything in the description</source>
        <translation>Stadt, Viertel oder etwas aus der Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>Filter by dates</source>
        <translation>Nach Daten filtern</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Anreise</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Guests: </source>
        <translation>Gäste: </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Lowest nightly price</source>
        <translation>Niedrigster Preis pro Nacht</translation>
    </message>
    <message>
        <source>Highest nightly price</source>
        <translation>Höchster Preis pro Nacht</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>&amp;Amenities</source>
        <translation>&amp;Ausstattung</translation>
    </message>
    <message>
        <source>Property type</source>
        <translation>Art der Unterkunft</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>Wohnung</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Haus</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zimmer</translation>
    </message>
    <message>
        <source>Cabin</source>
        <translation>Hütte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>&amp;Instant book</source>
        <translation>Sofort &amp;buchbar</translation>
    </message>
    <message>
        <source>Instant book only</source>
        <translation>Nur sofort buchbare</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Price: low to high</source>
        <translation>Preis: aufsteigend</translation>
    </message>
    <message>
        <source>Price: high to low</source>
        <translation>Preis: absteigend</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Price per night</source>
        <translation>Preis pro Nacht</translation>
    </message>
    <message>
        <source>No listings match. Try fewer filters.</source>
        <translation>Keine passenden Unterkünfte. Versuchen Sie es mit weniger Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n listing(s)</source>
        <translation>
            <numerusform>Mehr als %n Unterkunft</numerusform>
            <numerusform>Mehr als %n Unterkünfte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s)</source>
        <translation>
            <numerusform>%n Unterkunft</numerusform>
            <numerusform>%n Unterkünfte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roost::app::HostCalendarView</name>
    <message>
        <source>Listing</source>
        <translation>Inserat</translation>
    </message>
    <message>
        <source>&amp;Previous month</source>
        <translation>&amp;Vorheriger Monat</translation>
    </message>
    <message>
        <source>&amp;Next month</source>
        <translation>&amp;Nächster Monat</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Arrow keys move the selected day; Shift with arrows selects a range; Enter shows the booking on the day.</source>
        <translation>Pfeiltasten bewegen den ausgewählten Tag; Umschalt mit Pfeiltasten wählt einen Zeitraum; Eingabe zeigt die Buchung an diesem Tag.</translation>
    </message>
    <message>
        <source>Block note</source>
        <translation>Notiz zur Sperre</translation>
    </message>
    <message>
        <source>Note for the block (optional)</source>
        <translation>Notiz zur Sperre (optional)</translation>
    </message>
    <message>
        <source>&amp;Block days</source>
        <translation>Tage &amp;sperren</translation>
    </message>
    <message>
        <source>&amp;Unblock days</source>
        <translation>Tage &amp;freigeben</translation>
    </message>
    <message>
        <source>Green: confirmed or completed stay · Orange: awaiting payment or your answer · Light grey: cancelled, declined or expired · Slate: blocked by you</source>
        <translation>Grün: bestätigter oder abgeschlossener Aufenthalt · Orange: wartet auf Zahlung oder Ihre Antwort · Hellgrau: storniert, abgelehnt oder abgelaufen · Schiefergrau: von Ihnen gesperrt</translation>
    </message>
    <message>
        <source>Blocked; the server hears of it with the next sync.</source>
        <translation>Gesperrt; der Server erfährt es bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>No block covers the selected days.</source>
        <translation>Für die ausgewählten Tage besteht keine Sperre.</translation>
    </message>
    <message numerus="yes">
        <source>Unblocked %n block(s); the server hears of it with the next sync.</source>
        <translation>
            <numerusform>%n Sperre aufgehoben; der Server erfährt es bei der nächsten Synchronisierung.</numerusform>
            <numerusform>%n Sperren aufgehoben; der Server erfährt es bei der nächsten Synchronisierung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht erledigt: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 guest(s) · %4 · %5</source>
        <translation>%1 · %2 · Gäste: %3 · %4 · %5</translation>
    </message>
</context>
<context>
    <name>roost::app::HostListingsView</name>
    <message>
        <source>Listed</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Price a night</source>
        <translation>Preis pro Nacht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>My listings</source>
        <translation>Meine Inserate</translation>
    </message>
    <message>
        <source>&amp;New listing…</source>
        <translation>&amp;Neues Inserat…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation>Veröffentlichung &amp;zurückziehen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Saved; it reaches the server with the next sync.</source>
        <translation>Gespeichert; es erreicht den Server bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Delete listing</source>
        <translation>Inserat löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? Guests will no longer find it.</source>
        <translation>„%1“ löschen? Gäste werden es nicht mehr finden.</translation>
    </message>
    <message>
        <source>Deleted; the server hears of it with the next sync.</source>
        <translation>Gelöscht; der Server erfährt es bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>roost::app::HostReviewsView</name>
    <message>
        <source>Listing</source>
        <translation>Inserat</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Your response</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Reviews of your listings</source>
        <translation>Bewertungen Ihrer Inserate</translation>
    </message>
    <message>
        <source>&amp;Respond</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Send response</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Guests to review</source>
        <translation>Zu bewertende Gäste</translation>
    </message>
    <message>
        <source>Rating of the guest</source>
        <translation>Bewertung des Gastes</translation>
    </message>
    <message>
        <source> of 5</source>
        <translation> von 5</translation>
    </message>
    <message>
        <source>Comment about the guest</source>
        <translation>Kommentar zum Gast</translation>
    </message>
    <message>
        <source>&amp;Write review</source>
        <translation>Bewertung &amp;schreiben</translation>
    </message>
    <message>
        <source>Write a review of the guest</source>
        <translation>Eine Bewertung des Gastes schreiben</translation>
    </message>
    <message>
        <source>Ra&amp;ting</source>
        <translation>Be&amp;wertung</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reviews of your listings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bewertungen Ihrer Inserate&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guests you have not reviewed yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gäste, die Sie noch nicht bewertet haben&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Write your response first.</source>
        <translation>Schreiben Sie zuerst Ihre Antwort.</translation>
    </message>
    <message>
        <source>Sending your response…</source>
        <translation>Ihre Antwort wird gesendet…</translation>
    </message>
    <message>
        <source>Response published.</source>
        <translation>Antwort veröffentlicht.</translation>
    </message>
    <message>
        <source>This review already has your response.</source>
        <translation>Diese Bewertung hat bereits Ihre Antwort.</translation>
    </message>
    <message>
        <source>The server cannot be reached: responses can be sent only while connected.</source>
        <translation>Der Server ist nicht erreichbar: Antworten können nur mit Verbindung gesendet werden.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Review not saved: %1</source>
        <translation>Bewertung nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Review saved; it reaches the server with the next sync.</source>
        <translation>Bewertung gespeichert; sie erreicht den Server bei der nächsten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>roost::app::ListingEditor</name>
    <message>
        <source>New listing</source>
        <translation>Neues Inserat</translation>
    </message>
    <message>
        <source>Edit listing</source>
        <translation>Inserat bearbeiten</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save listing</source>
        <translation>Inserat speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need attention (marked above).</source>
        <translation>
            <numerusform>Nicht gespeichert: %n Feld muss geprüft werden (oben markiert).</numerusform>
            <numerusform>Nicht gespeichert: %n Felder müssen geprüft werden (oben markiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. It reaches the server with the next sync; photos can be added then.</source>
        <translation>Gespeichert. Es erreicht den Server bei der nächsten Synchronisierung; dann können Fotos hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Saved. It reaches the server with the next sync.</source>
        <translation>Gespeichert. Es erreicht den Server bei der nächsten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>roost::app::ListingForm</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>Wohnung</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Haus</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zimmer</translation>
    </message>
    <message>
        <source>Cabin</source>
        <translation>Hütte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>&amp;Property type</source>
        <translation>&amp;Unterkunftsart</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Two-letter code, e.g. PT</source>
        <translation>Zweistelliger Code, z. B. PT</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>B&amp;reitengrad</translation>
    </message>
    <message>
        <source>Lon&amp;gitude</source>
        <translation>Lä&amp;ngengrad</translation>
    </message>
    <message>
        <source>&amp;Guests at most</source>
        <translation>Ma&amp;x. Gäste</translation>
    </message>
    <message>
        <source>&amp;Bedrooms</source>
        <translation>Schla&amp;fzimmer</translation>
    </message>
    <message>
        <source>B&amp;eds</source>
        <translation>B&amp;etten</translation>
    </message>
    <message>
        <source>Ba&amp;throoms</source>
        <translation>Bade&amp;zimmer</translation>
    </message>
    <message>
        <source>A&amp;menities</source>
        <translation>Ausstattun&amp;g</translation>
    </message>
    <message>
        <source>&amp;Nightly price</source>
        <translation>&amp;Preis pro Nacht</translation>
    </message>
    <message>
        <source>Clea&amp;ning fee</source>
        <translation>Re&amp;inigungsgebühr</translation>
    </message>
    <message>
        <source>ISO code, e.g. EUR</source>
        <translation>ISO-Code, z. B. EUR</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Wä&amp;hrung</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Weekly discount</source>
        <translation>&amp;Wochenrabatt</translation>
    </message>
    <message>
        <source>Mont&amp;hly discount</source>
        <translation>&amp;Monatsrabatt</translation>
    </message>
    <message>
        <source>Mi&amp;nimum nights</source>
        <translation>Min&amp;destanzahl Nächte</translation>
    </message>
    <message>
        <source>Ma&amp;ximum nights</source>
        <translation>Hö&amp;chstanzahl Nächte</translation>
    </message>
    <message>
        <source>Guests can book without my approval</source>
        <translation>Gäste können ohne meine Zustimmung buchen</translation>
    </message>
    <message>
        <source>Instant &amp;book</source>
        <translation>So&amp;fortbuchung</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>Flexibel</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderat</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Streng</translation>
    </message>
    <message>
        <source>Cancellation &amp;policy</source>
        <translation>Stornierungs&amp;bedingungen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
</context>
<context>
    <name>roost::app::ListingPage</name>
    <message>
        <source>Cleanliness</source>
        <translation>Sauberkeit</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lage</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Preis-Leistungs-Verhältnis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Review averages</source>
        <translation>Durchschnittliche Bewertungen</translation>
    </message>
    <message>
        <source>This listing is no longer available.</source>
        <translation>Diese Unterkunft ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · up to %n guest(s)</source>
        <translation>
            <numerusform>%1 · bis zu %n Gast</numerusform>
            <numerusform>%1 · bis zu %n Gäste</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bedrooms · %2 beds · %3 bathrooms</source>
        <translation>Schlafzimmer: %1 · Betten: %2 · Badezimmer: %3</translation>
    </message>
    <message>
        <source>%1 per night, cleaning fee %2</source>
        <translation>%1 pro Nacht, Reinigungsgebühr %2</translation>
    </message>
    <message>
        <source>Cancellation policy: %1</source>
        <translation>Stornierungsbedingungen: %1</translation>
    </message>
    <message>
        <source>Instant book</source>
        <translation>Sofort buchbar</translation>
    </message>
    <message>
        <source>Request to book: the host answers within 24 h</source>
        <translation>Buchungsanfrage: Der Gastgeber antwortet innerhalb von 24 h</translation>
    </message>
    <message>
        <source>No amenities listed</source>
        <translation>Keine Ausstattung angegeben</translation>
    </message>
    <message>
        <source>Amenities: %1</source>
        <translation>Ausstattung: %1</translation>
    </message>
    <message>
        <source>Host details arrive with the next sync.</source>
        <translation>Angaben zum Gastgeber kommen mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Hosted by %1</source>
        <translation>Gastgeber: %1</translation>
    </message>
    <message>
        <source>%1 ★ — %2</source>
        <translation>%1 ★ — %2</translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>Noch keine Bewertungen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ★ from %n review(s)</source>
        <translation>
            <numerusform>%1 ★ aus %n Bewertung</numerusform>
            <numerusform>%1 ★ aus %n Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>roost::app::ListingSearchModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 / night</source>
        <translation>%1 / Nacht</translation>
    </message>
    <message>
        <source>★ %1 (%2)</source>
        <translation>★ %1 (%2)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>roost::app::MainWindow</name>
    <message>
        <source>Roost</source>
        <translation>Roost</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Back (Alt+Left or Esc)</source>
        <translation>Zurück (Alt+Links oder Esc)</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>&amp;Roost</source>
        <translation>&amp;Roost</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>&amp;Profil…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>%1 — Roost</source>
        <translation>%1 — Roost</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>roost::app::MonthGrid</name>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
</context>
<context>
    <name>roost::app::PaymentForm</name>
    <message>
        <source>The card was declined.</source>
        <translation>Die Karte wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The card has insufficient funds.</source>
        <translation>Die Karte ist nicht ausreichend gedeckt.</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>Die Karte ist abgelaufen.</translation>
    </message>
    <message>
        <source>The payment was declined (%1).</source>
        <translation>Die Zahlung wurde abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <source>4242 4242 4242 4242</source>
        <translation>4242 4242 4242 4242</translation>
    </message>
    <message>
        <source>Expiry (MM/YY)</source>
        <translation>Ablaufdatum (MM/JJ)</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/JJ</translation>
    </message>
    <message>
        <source>Security code</source>
        <translation>Sicherheitscode</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>&amp;Bezahlen</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>Payment problem</source>
        <translation>Problem bei der Zahlung</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>Karten&amp;nummer</translation>
    </message>
    <message>
        <source>&amp;Expiry</source>
        <translation>&amp;Ablaufdatum</translation>
    </message>
    <message>
        <source>&amp;CVC</source>
        <translation>&amp;CVC</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation>Zahlung läuft…</translation>
    </message>
    <message>
        <source>%1 Nothing was charged.</source>
        <translation>%1 Es wurde nichts abgebucht.</translation>
    </message>
    <message>
        <source>The payment did not get through. Try again: the same attempt is repeated, so you are never charged twice.</source>
        <translation>Die Zahlung ist nicht durchgegangen. Versuchen Sie es erneut: Derselbe Versuch wird wiederholt, Sie werden also nie doppelt belastet.</translation>
    </message>
    <message>
        <source>The payment was refused (%1).</source>
        <translation>Die Zahlung wurde verweigert (%1).</translation>
    </message>
</context>
<context>
    <name>roost::app::PhotoEditor</name>
    <message>
        <source>Photos are kept on the server: adding, removing and reordering them needs a connection. Drop image files here, or drag photos to reorder them.</source>
        <translation>Fotos werden auf dem Server gespeichert: Zum Hinzufügen, Entfernen und Umsortieren ist eine Verbindung nötig. Legen Sie Bilddateien hier ab oder ziehen Sie Fotos, um sie umzusortieren.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>Fotos &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>Photos can be added once the listing is saved and has reached the server.</source>
        <translation>Fotos können hinzugefügt werden, sobald das Inserat gespeichert ist und den Server erreicht hat.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or WebP image.</source>
        <translation>%1 ist kein JPEG-, PNG- oder WebP-Bild.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Save the listing and let it sync before adding photos.</source>
        <translation>Speichern Sie das Inserat und lassen Sie es synchronisieren, bevor Sie Fotos hinzufügen.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
    <message>
        <source>Photo added.</source>
        <translation>Foto hinzugefügt.</translation>
    </message>
    <message>
        <source>Saving the order…</source>
        <translation>Reihenfolge wird gespeichert…</translation>
    </message>
    <message>
        <source>Order saved.</source>
        <translation>Reihenfolge gespeichert.</translation>
    </message>
    <message>
        <source>Removing the photo…</source>
        <translation>Foto wird entfernt…</translation>
    </message>
    <message>
        <source>Photo removed.</source>
        <translation>Foto entfernt.</translation>
    </message>
    <message>
        <source>The server cannot be reached: photos can be changed only while connected.</source>
        <translation>Der Server ist nicht erreichbar: Fotos können nur mit Verbindung geändert werden.</translation>
    </message>
    <message>
        <source>The photo change was refused: %1</source>
        <translation>Die Fotoänderung wurde abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>roost::app::PhotoGallery</name>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>Vorheriges Foto</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>Nächstes Foto</translation>
    </message>
    <message>
        <source>No photos yet</source>
        <translation>Noch keine Fotos</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Foto wird geladen…</translation>
    </message>
</context>
<context>
    <name>roost::app::ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Über mich</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;About me:</source>
        <translation>Über &amp;mich:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Password (needs a connection)</source>
        <translation>Passwort (braucht eine Verbindung)</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>Mindestens 10 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>Passwort ä&amp;ndern</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>A&amp;ktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>Your profile has not been synced yet.</source>
        <translation>Ihr Profil wurde noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Passwort wird geändert…</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Passwort geändert.</translation>
    </message>
</context>
<context>
    <name>roost::app::RejectedView</name>
    <message>
        <source>No refused changes. Changes the server does not accept wait here with its reason.</source>
        <translation>Keine abgelehnten Änderungen. Änderungen, die der Server nicht annimmt, warten hier mit seiner Begründung.</translation>
    </message>
    <message>
        <source>Discard my change</source>
        <translation>Meine Änderung verwerfen</translation>
    </message>
    <message>
        <source>Drop my change and keep the server&apos;s version</source>
        <translation>Meine Änderung verwerfen und die Version des Servers behalten</translation>
    </message>
</context>
<context>
    <name>roost::app::ReservationsView</name>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Inserat</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Time left to answer</source>
        <translation>Verbleibende Zeit zum Antworten</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Accept request</source>
        <translation>Anfrage annehmen</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Decline request</source>
        <translation>Anfrage ablehnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Requests waiting for your answer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anfragen, die auf Ihre Antwort warten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Requests to book</source>
        <translation>Buchungsanfragen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Upcoming stays&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bevorstehende Aufenthalte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Upcoming stays</source>
        <translation>Bevorstehende Aufenthalte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancellations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stornierungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Stornierungen</translation>
    </message>
    <message>
        <source>Past the deadline</source>
        <translation>Frist abgelaufen</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Accepted; the guest hears of it with the next sync.</source>
        <translation>Angenommen; der Gast erfährt es bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Declined; the guest hears of it with the next sync.</source>
        <translation>Abgelehnt; der Gast erfährt es bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>roost::app::ReviewDialog</name>
    <message>
        <source>Cleanliness</source>
        <translation>Sauberkeit</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lage</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Preis-Leistungs-Verhältnis</translation>
    </message>
    <message>
        <source> ★</source>
        <translation> ★</translation>
    </message>
    <message>
        <source>Review your stay</source>
        <translation>Bewerten Sie Ihren Aufenthalt</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>Gesamtbewertung</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>auswählen</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>&amp;Submit review</source>
        <translation>Bewertung &amp;absenden</translation>
    </message>
    <message>
        <source>Submit review</source>
        <translation>Bewertung absenden</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>roost::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>Die Serveradresse muss mit http:// oder https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>roost::app::SignInDialog</name>
    <message>
        <source>Sign in to Roost</source>
        <translation>Bei Roost anmelden</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Sign in or create an account</source>
        <translation>Anmelden oder Konto erstellen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Password, at least 10 characters</source>
        <translation>Passwort, mindestens 10 Zeichen</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>Mindestens 10 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>Konto &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://, e.g. %1.</source>
        <translation>Die Serveradresse muss mit http:// oder https:// beginnen, z. B. %1.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Geben Sie E-Mail und Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Ihr Konto wird erstellt…</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>E-Mail oder Passwort falsch.</translation>
    </message>
    <message>
        <source>An account with this email already exists. Sign in instead.</source>
        <translation>Ein Konto mit dieser E-Mail gibt es schon. Melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server did not accept this: %1</source>
        <translation>Der Server hat das nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>roost::app::SyncIssuesModel</name>
    <message>
        <source>Listing</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>Blocked dates</source>
        <translation>Gesperrte Tage</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Changed item</source>
        <translation>Geändertes Element</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Begründung des Servers</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>(not on the server)</source>
        <translation>(nicht auf dem Server)</translation>
    </message>
</context>
<context>
    <name>roost::app::SyncIssuesView</name>
    <message>
        <source>Changed items</source>
        <translation>Geänderte Elemente</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Begründung des Servers</translation>
    </message>
    <message>
        <source>Fields, mine and the server&apos;s</source>
        <translation>Felder, meine und die des Servers</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Server&apos;s</source>
        <translation>Server</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected.</source>
        <translation>
            <numerusform>%n Element ausgewählt.</numerusform>
            <numerusform>%n Elemente ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — the server says: %2</source>
        <translation>%1 — der Server sagt: %2</translation>
    </message>
</context>
<context>
    <name>roost::app::SyncStatusWidget</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Änderungen, die auf das Senden warten</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Send waiting changes and fetch new ones (F5)</source>
        <translation>Wartende Änderungen senden und neue abholen (F5)</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Your changes are kept and will be sent after you sign in.</source>
        <translation>Ihre Änderungen bleiben erhalten und werden nach der Anmeldung gesendet.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The server has not been reached yet.</source>
        <translation>Der Server wurde noch nicht erreicht.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Letzte Synchronisierung %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roost::app::TripsModel</name>
    <message>
        <source>(listing not in the cache)</source>
        <translation>(Unterkunft nicht im Zwischenspeicher)</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Wartet auf Zahlung</translation>
    </message>
    <message>
        <source>Waiting for the host</source>
        <translation>Wartet auf den Gastgeber</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Aufenthalt</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
</context>
<context>
    <name>roost::app::TripsView</name>
    <message>
        <source>Upcoming</source>
        <translation>Bevorstehend</translation>
    </message>
    <message>
        <source>Upcoming stays</source>
        <translation>Bevorstehende Aufenthalte</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Past stays</source>
        <translation>Vergangene Aufenthalte</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>&amp;Bezahlen</translation>
    </message>
    <message>
        <source>&amp;Cancel stay…</source>
        <translation>Aufenthalt &amp;stornieren…</translation>
    </message>
    <message>
        <source>&amp;Write a review…</source>
        <translation>Be&amp;wertung schreiben…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Pay for your stay</source>
        <translation>Bezahlen Sie Ihren Aufenthalt</translation>
    </message>
    <message>
        <source>Payment received. The trip updates with the next sync.</source>
        <translation>Zahlung erhalten. Die Reise wird bei der nächsten Synchronisierung aktualisiert.</translation>
    </message>
    <message>
        <source>Cancelled. The refund follows once the server has it.</source>
        <translation>Storniert. Die Erstattung folgt, sobald der Server die Stornierung erhalten hat.</translation>
    </message>
    <message>
        <source>The stay cannot be cancelled: %1</source>
        <translation>Der Aufenthalt kann nicht storniert werden: %1</translation>
    </message>
    <message>
        <source>Thank you! Your review is published once the host has reviewed you too, or after 14 days.</source>
        <translation>Vielen Dank! Ihre Bewertung wird veröffentlicht, sobald der Gastgeber Sie ebenfalls bewertet hat, spätestens nach 14 Tagen.</translation>
    </message>
</context>
</TS>
