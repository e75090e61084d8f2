<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <translation>Limpieza</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Veracidad</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Calidad-precio</translation>
    </message>
</context>
<context>
    <name>HostText</name>
    <message>
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Pendiente de pago</translation>
    </message>
    <message>
        <source>Awaiting your answer</source>
        <translation>Pendiente de su respuesta</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Wi-Fi</source>
        <translation>Wifi</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Cocina</translation>
    </message>
    <message>
        <source>Washing machine</source>
        <translation>Lavadora</translation>
    </message>
    <message>
        <source>Dryer</source>
        <translation>Secadora</translation>
    </message>
    <message>
        <source>Air conditioning</source>
        <translation>Aire acondicionado</translation>
    </message>
    <message>
        <source>Heating</source>
        <translation>Calefacción</translation>
    </message>
    <message>
        <source>TV</source>
        <translation>Televisión</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Piscina</translation>
    </message>
    <message>
        <source>Hot tub</source>
        <translation>Jacuzzi</translation>
    </message>
    <message>
        <source>Free parking</source>
        <translation>Aparcamiento gratuito</translation>
    </message>
    <message>
        <source>EV charger</source>
        <translation>Cargador para vehículos eléctricos</translation>
    </message>
    <message>
        <source>Gym</source>
        <translation>Gimnasio</translation>
    </message>
    <message>
        <source>Barbecue grill</source>
        <translation>Barbacoa</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation>Desayuno</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Zona de trabajo</translation>
    </message>
    <message>
        <source>Fireplace</source>
        <translation>Chimenea</translation>
    </message>
    <message>
        <source>Smoke alarm</source>
        <translation>Detector de humo</translation>
    </message>
    <message>
        <source>Carbon monoxide alarm</source>
        <translation>Detector de monóxido de carbono</translation>
    </message>
    <message>
        <source>First aid kit</source>
        <translation>Botiquín</translation>
    </message>
    <message>
        <source>Pets allowed</source>
        <translation>Se admiten mascotas</translation>
    </message>
    <message>
        <source>Beach access</source>
        <translation>Acceso a la playa</translation>
    </message>
    <message>
        <source>Ski-in/ski-out</source>
        <translation>Acceso directo a las pistas</translation>
    </message>
    <message>
        <source>Elevator</source>
        <translation>Ascensor</translation>
    </message>
    <message>
        <source>Crib</source>
        <translation>Cuna</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>Apartamento</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Habitación</translation>
    </message>
    <message>
        <source>Cabin</source>
        <translation>Cabaña</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>Flexible</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Estricta</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Viajes</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Anuncios</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reseñas</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Waiting to sync</source>
        <translation>Pendiente de sincronizar</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rechazado por el servidor</translation>
    </message>
    <message>
        <source>Your change is saved on this computer and will be sent when the server can be reached.</source>
        <translation>Su cambio está guardado en este ordenador y se enviará cuando el servidor esté disponible.</translation>
    </message>
    <message>
        <source>Someone else changed the same fields. Choose which version to keep under Sync › Conflicts.</source>
        <translation>Otra persona cambió los mismos campos. Elija qué versión conservar en Sincronización › Conflictos.</translation>
    </message>
    <message>
        <source>The server refused your change. See Sync › Rejected changes.</source>
        <translation>El servidor rechazó su cambio. Consulte Sincronización › Cambios rechazados.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
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
        <translation>Roost no puede abrir sus datos locales:
%1</translation>
    </message>
</context>
<context>
    <name>roost::app::AvailabilityCalendar</name>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
</context>
<context>
    <name>roost::app::BookingPage</name>
    <message>
        <source>Open the listing</source>
        <translation>Abrir el alojamiento</translation>
    </message>
    <message>
        <source>Open the listing of this booking</source>
        <translation>Abrir el alojamiento de esta reserva</translation>
    </message>
    <message>
        <source>This booking is not in the cache.</source>
        <translation>Esta reserva no está en la caché.</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Not yet on the server</source>
        <translation>Aún no está en el servidor</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Estancia</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Huéspedes</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Noches</translation>
    </message>
    <message>
        <source>Nights total</source>
        <translation>Total de las noches</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Cleaning fee</source>
        <translation>Tarifa de limpieza</translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation>Tarifa de servicio</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Message to the host</source>
        <translation>Mensaje para el anfitrión</translation>
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
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Huéspedes</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Reservar</translation>
    </message>
    <message>
        <source>Booking status</source>
        <translation>Estado de la reserva</translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation>&amp;Llegada</translation>
    </message>
    <message>
        <source>Check-&amp;out</source>
        <translation>&amp;Salida</translation>
    </message>
    <message>
        <source>&amp;Guests</source>
        <translation>&amp;Huéspedes</translation>
    </message>
    <message>
        <source>&amp;Request to book</source>
        <translation>Solicitar &amp;reserva</translation>
    </message>
    <message>
        <source>Choose a check-out after the check-in.</source>
        <translation>Elija una salida posterior a la llegada.</translation>
    </message>
    <message>
        <source>Stays here are %1 to %2 nights.</source>
        <translation>Las estancias aquí son de %1 a %2 noches.</translation>
    </message>
    <message>
        <source>Some of these nights are not available.</source>
        <translation>Algunas de estas noches no están disponibles.</translation>
    </message>
    <message>
        <source>This stay cannot be priced.</source>
        <translation>No se puede calcular el precio de esta estancia.</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s): %1</source>
        <translation>
            <numerusform>%n noche: %1</numerusform>
            <numerusform>%n noches: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Discount: −%1</source>
        <translation>Descuento: −%1</translation>
    </message>
    <message>
        <source>Cleaning fee: %1</source>
        <translation>Tarifa de limpieza: %1</translation>
    </message>
    <message>
        <source>Service fee: %1</source>
        <translation>Tarifa de servicio: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Payment received. Updating the booking…</source>
        <translation>Pago recibido. Actualizando la reserva…</translation>
    </message>
    <message>
        <source>The booking was refused: %1</source>
        <translation>La reserva fue rechazada: %1</translation>
    </message>
    <message>
        <source>Booking saved. It is sent to the server at the next sync; payment follows once you are online.</source>
        <translation>Reserva guardada. Se enviará al servidor en la próxima sincronización; el pago se hará cuando tenga conexión.</translation>
    </message>
    <message>
        <source>Your dates are held until %1. Pay to finish.</source>
        <translation>Sus fechas están retenidas hasta %1. Pague para finalizar.</translation>
    </message>
    <message>
        <source>Pay to finish the booking.</source>
        <translation>Pague para finalizar la reserva.</translation>
    </message>
    <message>
        <source>Confirmed! Your trip is in Trips.</source>
        <translation>¡Confirmada! Su viaje está en Viajes.</translation>
    </message>
    <message>
        <source>Request sent: waiting for the host&apos;s answer (24 h).</source>
        <translation>Solicitud enviada: esperando la respuesta del anfitrión (24 h).</translation>
    </message>
    <message>
        <source>The booking was declined.</source>
        <translation>La reserva fue rechazada.</translation>
    </message>
    <message>
        <source>The hold expired before the payment.</source>
        <translation>La retención caducó antes del pago.</translation>
    </message>
    <message>
        <source>Booking %1.</source>
        <translation>Reserva %1.</translation>
    </message>
</context>
<context>
    <name>roost::app::CancelDialog</name>
    <message>
        <source>Cancel this stay?</source>
        <translation>¿Cancelar esta estancia?</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Motivo (opcional)</translation>
    </message>
    <message>
        <source>&amp;Cancel stay</source>
        <translation>&amp;Cancelar estancia</translation>
    </message>
    <message>
        <source>Cancel stay</source>
        <translation>Cancelar estancia</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Mantenerla</translation>
    </message>
    <message>
        <source>Keep the booking</source>
        <translation>Mantener la reserva</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>M&amp;otivo</translation>
    </message>
    <message>
        <source>This stay can no longer be cancelled.</source>
        <translation>Esta estancia ya no se puede cancelar.</translation>
    </message>
    <message>
        <source>You will be refunded %1 of %2.</source>
        <translation>Se le reembolsarán %1 de %2.</translation>
    </message>
</context>
<context>
    <name>roost::app::ConflictsView</name>
    <message>
        <source>No conflicts. When someone else changes what you changed, both versions wait here.</source>
        <translation>No hay conflictos. Cuando otra persona cambia lo mismo que usted, ambas versiones esperan aquí.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Send my version again, over the server&apos;s</source>
        <translation>Enviar de nuevo mi versión, sobre la del servidor</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Aceptar la suya</translation>
    </message>
    <message>
        <source>Drop my changes and keep the server&apos;s version</source>
        <translation>Descartar mis cambios y conservar la versión del servidor</translation>
    </message>
</context>
<context>
    <name>roost::app::EarningsView</name>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Pagada el</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Liquidaciones</translation>
    </message>
    <message>
        <source>Payouts by month</source>
        <translation>Liquidaciones por mes</translation>
    </message>
    <message>
        <source>Payouts by month of release</source>
        <translation>Liquidaciones por mes de pago</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export payouts as CSV</source>
        <translation>Exportar las liquidaciones como CSV</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export payouts</source>
        <translation>Exportar liquidaciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n payout(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n liquidación a %1.</numerusform>
            <numerusform>Se exportaron %n liquidaciones a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>roost::app::ExploreView</name>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Listings found</source>
        <translation>Alojamientos encontrados</translation>
    </message>
    <message>
        <source>Where or what</source>
        <translation>Dónde o qué</translation>
    </message>
    <message>
        <source>City, neighbourhood or anything in the description</source>
        <translation>Ciudad, barrio o cualquier cosa de la descripción</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <source>Filter by dates</source>
        <translation>Filtrar por fechas</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Huéspedes</translation>
    </message>
    <message>
        <source>Guests: </source>
        <translation>Huéspedes: </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Lowest nightly price</source>
        <translation>Precio por noche mínimo</translation>
    </message>
    <message>
        <source>Highest nightly price</source>
        <translation>Precio por noche máximo</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>&amp;Amenities</source>
        <translation>&amp;Servicios</translation>
    </message>
    <message>
        <source>Property type</source>
        <translation>Tipo de alojamiento</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>Apartamento</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Habitación</translation>
    </message>
    <message>
        <source>Cabin</source>
        <translation>Cabaña</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>&amp;Instant book</source>
        <translation>Reserva &amp;inmediata</translation>
    </message>
    <message>
        <source>Instant book only</source>
        <translation>Solo reserva inmediata</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Más recientes</translation>
    </message>
    <message>
        <source>Price: low to high</source>
        <translation>Precio: de menor a mayor</translation>
    </message>
    <message>
        <source>Price: high to low</source>
        <translation>Precio: de mayor a menor</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Price per night</source>
        <translation>Precio por noche</translation>
    </message>
    <message>
        <source>No listings match. Try fewer filters.</source>
        <translation>Ningún alojamiento coincide. Pruebe con menos filtros.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n listing(s)</source>
        <translation>
            <numerusform>Más de %n alojamiento</numerusform>
            <numerusform>Más de %n alojamientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s)</source>
        <translation>
            <numerusform>%n alojamiento</numerusform>
            <numerusform>%n alojamientos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roost::app::HostCalendarView</name>
    <message>
        <source>Listing</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <source>&amp;Previous month</source>
        <translation>Mes &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next month</source>
        <translation>Mes &amp;siguiente</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Arrow keys move the selected day; Shift with arrows selects a range; Enter shows the booking on the day.</source>
        <translation>Las flechas mueven el día seleccionado; Mayús con las flechas selecciona un intervalo; Intro muestra la reserva de ese día.</translation>
    </message>
    <message>
        <source>Block note</source>
        <translation>Nota del bloqueo</translation>
    </message>
    <message>
        <source>Note for the block (optional)</source>
        <translation>Nota para el bloqueo (opcional)</translation>
    </message>
    <message>
        <source>&amp;Block days</source>
        <translation>&amp;Bloquear días</translation>
    </message>
    <message>
        <source>&amp;Unblock days</source>
        <translation>&amp;Desbloquear días</translation>
    </message>
    <message>
        <source>Green: confirmed or completed stay · Orange: awaiting payment or your answer · Light grey: cancelled, declined or expired · Slate: blocked by you</source>
        <translation>Verde: estancia confirmada o completada · Naranja: pendiente de pago o de su respuesta · Gris claro: cancelada, rechazada o caducada · Pizarra: bloqueado por usted</translation>
    </message>
    <message>
        <source>Blocked; the server hears of it with the next sync.</source>
        <translation>Bloqueado; el servidor lo sabrá en la próxima sincronización.</translation>
    </message>
    <message>
        <source>No block covers the selected days.</source>
        <translation>Ningún bloqueo cubre los días seleccionados.</translation>
    </message>
    <message numerus="yes">
        <source>Unblocked %n block(s); the server hears of it with the next sync.</source>
        <translation>
            <numerusform>Se quitó %n bloqueo; el servidor lo sabrá en la próxima sincronización.</numerusform>
            <numerusform>Se quitaron %n bloqueos; el servidor lo sabrá en la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No se hizo: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 guest(s) · %4 · %5</source>
        <translation>%1 · %2 · huéspedes: %3 · %4 · %5</translation>
    </message>
</context>
<context>
    <name>roost::app::HostListingsView</name>
    <message>
        <source>Listed</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>No publicado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Price a night</source>
        <translation>Precio por noche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>My listings</source>
        <translation>Mis anuncios</translation>
    </message>
    <message>
        <source>&amp;New listing…</source>
        <translation>&amp;Nuevo anuncio…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation>&amp;Despublicar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Saved; it reaches the server with the next sync.</source>
        <translation>Guardado; llegará al servidor en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>No se cambió: %1</translation>
    </message>
    <message>
        <source>Delete listing</source>
        <translation>Eliminar anuncio</translation>
    </message>
    <message>
        <source>Delete “%1”? Guests will no longer find it.</source>
        <translation>¿Eliminar «%1»? Los huéspedes ya no podrán encontrarlo.</translation>
    </message>
    <message>
        <source>Deleted; the server hears of it with the next sync.</source>
        <translation>Eliminado; el servidor lo sabrá en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>No se eliminó: %1</translation>
    </message>
</context>
<context>
    <name>roost::app::HostReviewsView</name>
    <message>
        <source>Listing</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Your response</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Reviews of your listings</source>
        <translation>Reseñas de sus anuncios</translation>
    </message>
    <message>
        <source>&amp;Respond</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>Send response</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <source>Guests to review</source>
        <translation>Huéspedes por reseñar</translation>
    </message>
    <message>
        <source>Rating of the guest</source>
        <translation>Valoración del huésped</translation>
    </message>
    <message>
        <source> of 5</source>
        <translation> de 5</translation>
    </message>
    <message>
        <source>Comment about the guest</source>
        <translation>Comentario sobre el huésped</translation>
    </message>
    <message>
        <source>&amp;Write review</source>
        <translation>&amp;Escribir reseña</translation>
    </message>
    <message>
        <source>Write a review of the guest</source>
        <translation>Escribir una reseña del huésped</translation>
    </message>
    <message>
        <source>Ra&amp;ting</source>
        <translation>&amp;Valoración</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Co&amp;mentario</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reviews of your listings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reseñas de sus anuncios&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guests you have not reviewed yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Huéspedes que aún no ha reseñado&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Write your response first.</source>
        <translation>Escriba primero su respuesta.</translation>
    </message>
    <message>
        <source>Sending your response…</source>
        <translation>Enviando su respuesta…</translation>
    </message>
    <message>
        <source>Response published.</source>
        <translation>Respuesta publicada.</translation>
    </message>
    <message>
        <source>This review already has your response.</source>
        <translation>Esta reseña ya tiene su respuesta.</translation>
    </message>
    <message>
        <source>The server cannot be reached: responses can be sent only while connected.</source>
        <translation>No se puede contactar con el servidor: las respuestas solo se pueden enviar con conexión.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No se envió: %1</translation>
    </message>
    <message>
        <source>Review not saved: %1</source>
        <translation>No se guardó la reseña: %1</translation>
    </message>
    <message>
        <source>Review saved; it reaches the server with the next sync.</source>
        <translation>Reseña guardada; llegará al servidor en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>roost::app::ListingEditor</name>
    <message>
        <source>New listing</source>
        <translation>Nuevo anuncio</translation>
    </message>
    <message>
        <source>Edit listing</source>
        <translation>Editar anuncio</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save listing</source>
        <translation>Guardar anuncio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need attention (marked above).</source>
        <translation>
            <numerusform>No se guardó: %n campo necesita revisión (marcado arriba).</numerusform>
            <numerusform>No se guardó: %n campos necesitan revisión (marcados arriba).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. It reaches the server with the next sync; photos can be added then.</source>
        <translation>Guardado. Llegará al servidor en la próxima sincronización; entonces podrá añadir fotos.</translation>
    </message>
    <message>
        <source>Saved. It reaches the server with the next sync.</source>
        <translation>Guardado. Llegará al servidor en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>roost::app::ListingForm</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>Apartamento</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Habitación</translation>
    </message>
    <message>
        <source>Cabin</source>
        <translation>Cabaña</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>&amp;Property type</source>
        <translation>Tipo de &amp;alojamiento</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Dire&amp;cción</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>C&amp;iudad</translation>
    </message>
    <message>
        <source>Two-letter code, e.g. PT</source>
        <translation>Código de dos letras, p. ej. PT</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>&amp;Latitud</translation>
    </message>
    <message>
        <source>Lon&amp;gitude</source>
        <translation>Lon&amp;gitud</translation>
    </message>
    <message>
        <source>&amp;Guests at most</source>
        <translation>&amp;Huéspedes máximos</translation>
    </message>
    <message>
        <source>&amp;Bedrooms</source>
        <translation>D&amp;ormitorios</translation>
    </message>
    <message>
        <source>B&amp;eds</source>
        <translation>Ca&amp;mas</translation>
    </message>
    <message>
        <source>Ba&amp;throoms</source>
        <translation>&amp;Baños</translation>
    </message>
    <message>
        <source>A&amp;menities</source>
        <translation>Ser&amp;vicios</translation>
    </message>
    <message>
        <source>&amp;Nightly price</source>
        <translation>Precio por &amp;noche</translation>
    </message>
    <message>
        <source>Clea&amp;ning fee</source>
        <translation>Tarifa de limpie&amp;za</translation>
    </message>
    <message>
        <source>ISO code, e.g. EUR</source>
        <translation>Código ISO, p. ej. EUR</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Mon&amp;eda</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Weekly discount</source>
        <translation>Descuento &amp;semanal</translation>
    </message>
    <message>
        <source>Mont&amp;hly discount</source>
        <translation>Descuento mens&amp;ual</translation>
    </message>
    <message>
        <source>Mi&amp;nimum nights</source>
        <translation>Noches mín&amp;imas</translation>
    </message>
    <message>
        <source>Ma&amp;ximum nights</source>
        <translation>Noches má&amp;ximas</translation>
    </message>
    <message>
        <source>Guests can book without my approval</source>
        <translation>Los huéspedes pueden reservar sin mi aprobación</translation>
    </message>
    <message>
        <source>Instant &amp;book</source>
        <translation>&amp;Reserva inmediata</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>Flexible</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Estricta</translation>
    </message>
    <message>
        <source>Cancellation &amp;policy</source>
        <translation>Política de &amp;cancelación</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>No publicado</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
</context>
<context>
    <name>roost::app::ListingPage</name>
    <message>
        <source>Cleanliness</source>
        <translation>Limpieza</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Veracidad</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Calidad-precio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reseñas</translation>
    </message>
    <message>
        <source>Review averages</source>
        <translation>Medias de las reseñas</translation>
    </message>
    <message>
        <source>This listing is no longer available.</source>
        <translation>Este alojamiento ya no está disponible.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · up to %n guest(s)</source>
        <translation>
            <numerusform>%1 · hasta %n huésped</numerusform>
            <numerusform>%1 · hasta %n huéspedes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bedrooms · %2 beds · %3 bathrooms</source>
        <translation>Dormitorios: %1 · Camas: %2 · Baños: %3</translation>
    </message>
    <message>
        <source>%1 per night, cleaning fee %2</source>
        <translation>%1 por noche, tarifa de limpieza %2</translation>
    </message>
    <message>
        <source>Cancellation policy: %1</source>
        <translation>Política de cancelación: %1</translation>
    </message>
    <message>
        <source>Instant book</source>
        <translation>Reserva inmediata</translation>
    </message>
    <message>
        <source>Request to book: the host answers within 24 h</source>
        <translation>Solicitud de reserva: el anfitrión responde en 24 h</translation>
    </message>
    <message>
        <source>No amenities listed</source>
        <translation>No se indican servicios</translation>
    </message>
    <message>
        <source>Amenities: %1</source>
        <translation>Servicios: %1</translation>
    </message>
    <message>
        <source>Host details arrive with the next sync.</source>
        <translation>Los datos del anfitrión llegarán con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Hosted by %1</source>
        <translation>Anfitrión: %1</translation>
    </message>
    <message>
        <source>%1 ★ — %2</source>
        <translation>%1 ★ — %2</translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>Aún no hay reseñas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 ★ from %n review(s)</source>
        <translation>
            <numerusform>%1 ★ de %n reseña</numerusform>
            <numerusform>%1 ★ de %n reseñas</numerusform>
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
        <translation>%1 / noche</translation>
    </message>
    <message>
        <source>★ %1 (%2)</source>
        <translation>★ %1 (%2)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
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
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <source>Back (Alt+Left or Esc)</source>
        <translation>Atrás (Alt+Izquierda o Esc)</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>&amp;Roost</source>
        <translation>&amp;Roost</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>&amp;Perfil…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
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
        <translation>Bloqueado</translation>
    </message>
</context>
<context>
    <name>roost::app::PaymentForm</name>
    <message>
        <source>The card was declined.</source>
        <translation>La tarjeta fue rechazada.</translation>
    </message>
    <message>
        <source>The card has insufficient funds.</source>
        <translation>La tarjeta no tiene fondos suficientes.</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>La tarjeta ha caducado.</translation>
    </message>
    <message>
        <source>The payment was declined (%1).</source>
        <translation>El pago fue rechazado (%1).</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
    <message>
        <source>4242 4242 4242 4242</source>
        <translation>4242 4242 4242 4242</translation>
    </message>
    <message>
        <source>Expiry (MM/YY)</source>
        <translation>Caducidad (MM/AA)</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/AA</translation>
    </message>
    <message>
        <source>Security code</source>
        <translation>Código de seguridad</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>&amp;Pagar</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pagar</translation>
    </message>
    <message>
        <source>Payment problem</source>
        <translation>Problema con el pago</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>&amp;Número de tarjeta</translation>
    </message>
    <message>
        <source>&amp;Expiry</source>
        <translation>&amp;Caducidad</translation>
    </message>
    <message>
        <source>&amp;CVC</source>
        <translation>C&amp;VC</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation>Pagando…</translation>
    </message>
    <message>
        <source>%1 Nothing was charged.</source>
        <translation>%1 No se ha cobrado nada.</translation>
    </message>
    <message>
        <source>The payment did not get through. Try again: the same attempt is repeated, so you are never charged twice.</source>
        <translation>El pago no se completó. Vuelva a intentarlo: se repite el mismo intento, así que nunca se le cobrará dos veces.</translation>
    </message>
    <message>
        <source>The payment was refused (%1).</source>
        <translation>El pago fue denegado (%1).</translation>
    </message>
</context>
<context>
    <name>roost::app::PhotoEditor</name>
    <message>
        <source>Photos are kept on the server: adding, removing and reordering them needs a connection. Drop image files here, or drag photos to reorder them.</source>
        <translation>Las fotos se guardan en el servidor: para añadirlas, quitarlas o reordenarlas se necesita conexión. Suelte aquí archivos de imagen o arrastre las fotos para reordenarlas.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;Añadir fotos…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mover a&amp;rriba</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Mover a&amp;bajo</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>Photos can be added once the listing is saved and has reached the server.</source>
        <translation>Podrá añadir fotos cuando el anuncio esté guardado y haya llegado al servidor.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Añadir fotos</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or WebP image.</source>
        <translation>%1 no es una imagen JPEG, PNG ni WebP.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Save the listing and let it sync before adding photos.</source>
        <translation>Guarde el anuncio y deje que se sincronice antes de añadir fotos.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Subiendo %1…</translation>
    </message>
    <message>
        <source>Photo added.</source>
        <translation>Foto añadida.</translation>
    </message>
    <message>
        <source>Saving the order…</source>
        <translation>Guardando el orden…</translation>
    </message>
    <message>
        <source>Order saved.</source>
        <translation>Orden guardado.</translation>
    </message>
    <message>
        <source>Removing the photo…</source>
        <translation>Quitando la foto…</translation>
    </message>
    <message>
        <source>Photo removed.</source>
        <translation>Foto quitada.</translation>
    </message>
    <message>
        <source>The server cannot be reached: photos can be changed only while connected.</source>
        <translation>No se puede contactar con el servidor: las fotos solo se pueden cambiar con conexión.</translation>
    </message>
    <message>
        <source>The photo change was refused: %1</source>
        <translation>Se rechazó el cambio de fotos: %1</translation>
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
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>Foto anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>Foto siguiente</translation>
    </message>
    <message>
        <source>No photos yet</source>
        <translation>Aún no hay fotos</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Cargando foto…</translation>
    </message>
</context>
<context>
    <name>roost::app::ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Sobre mí</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <source>&amp;About me:</source>
        <translation>Sobre &amp;mí:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Password (needs a connection)</source>
        <translation>Contraseña (necesita conexión)</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>Al menos 10 caracteres</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Cambiar contraseña</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Contraseña a&amp;ctual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>Your profile has not been synced yet.</source>
        <translation>Su perfil aún no se ha sincronizado.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>No se cambió: %1</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Cambiando la contraseña…</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Contraseña cambiada.</translation>
    </message>
</context>
<context>
    <name>roost::app::RejectedView</name>
    <message>
        <source>No refused changes. Changes the server does not accept wait here with its reason.</source>
        <translation>No hay cambios rechazados. Los cambios que el servidor no acepta esperan aquí con su motivo.</translation>
    </message>
    <message>
        <source>Discard my change</source>
        <translation>Descartar mi cambio</translation>
    </message>
    <message>
        <source>Drop my change and keep the server&apos;s version</source>
        <translation>Descartar mi cambio y conservar la versión del servidor</translation>
    </message>
</context>
<context>
    <name>roost::app::ReservationsView</name>
    <message>
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Huéspedes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Time left to answer</source>
        <translation>Tiempo restante para responder</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Accept request</source>
        <translation>Aceptar solicitud</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Decline request</source>
        <translation>Rechazar solicitud</translation>
    </message>
    <message>
        <source>&lt;b&gt;Requests waiting for your answer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Solicitudes pendientes de su respuesta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Requests to book</source>
        <translation>Solicitudes de reserva</translation>
    </message>
    <message>
        <source>&lt;b&gt;Upcoming stays&lt;/b&gt;</source>
        <translation>&lt;b&gt;Próximas estancias&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Upcoming stays</source>
        <translation>Próximas estancias</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancellations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cancelaciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Cancelaciones</translation>
    </message>
    <message>
        <source>Past the deadline</source>
        <translation>Plazo vencido</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Accepted; the guest hears of it with the next sync.</source>
        <translation>Aceptada; el huésped lo sabrá en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Declined; the guest hears of it with the next sync.</source>
        <translation>Rechazada; el huésped lo sabrá en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No se envió: %1</translation>
    </message>
</context>
<context>
    <name>roost::app::ReviewDialog</name>
    <message>
        <source>Cleanliness</source>
        <translation>Limpieza</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Veracidad</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Calidad-precio</translation>
    </message>
    <message>
        <source> ★</source>
        <translation> ★</translation>
    </message>
    <message>
        <source>Review your stay</source>
        <translation>Reseñe su estancia</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>Valoración general</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>elegir</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>&amp;Valoración</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Comentario</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>&amp;Submit review</source>
        <translation>&amp;Enviar reseña</translation>
    </message>
    <message>
        <source>Submit review</source>
        <translation>Enviar reseña</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
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
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>La dirección del servidor debe empezar por http:// o https://.</translation>
    </message>
</context>
<context>
    <name>roost::app::SignInDialog</name>
    <message>
        <source>Sign in to Roost</source>
        <translation>Iniciar sesión en Roost</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Sign in or create an account</source>
        <translation>Iniciar sesión o crear una cuenta</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Password, at least 10 characters</source>
        <translation>Contraseña, al menos 10 caracteres</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>Al menos 10 caracteres</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Crear cuenta</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Co&amp;rreo:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://, e.g. %1.</source>
        <translation>La dirección del servidor debe empezar por http:// o https://, p. ej. %1.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Introduzca su correo y su contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Corrija los campos marcados.</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Creando su cuenta…</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>No se puede contactar con el servidor. Compruebe la dirección y su conexión.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Correo o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>An account with this email already exists. Sign in instead.</source>
        <translation>Ya existe una cuenta con este correo. Inicie sesión.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Demasiados intentos. Espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server did not accept this: %1</source>
        <translation>El servidor no lo aceptó: %1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>El servidor lo rechazó: %1</translation>
    </message>
</context>
<context>
    <name>roost::app::SyncIssuesModel</name>
    <message>
        <source>Listing</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <source>Blocked dates</source>
        <translation>Fechas bloqueadas</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Reseña</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Liquidación</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Changed item</source>
        <translation>Elemento cambiado</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Motivo del servidor</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>(not on the server)</source>
        <translation>(no está en el servidor)</translation>
    </message>
</context>
<context>
    <name>roost::app::SyncIssuesView</name>
    <message>
        <source>Changed items</source>
        <translation>Elementos cambiados</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Motivo del servidor</translation>
    </message>
    <message>
        <source>Fields, mine and the server&apos;s</source>
        <translation>Campos, los míos y los del servidor</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mía</translation>
    </message>
    <message>
        <source>Server&apos;s</source>
        <translation>Servidor</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected.</source>
        <translation>
            <numerusform>%n elemento seleccionado.</numerusform>
            <numerusform>%n elementos seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — the server says: %2</source>
        <translation>%1 — el servidor dice: %2</translation>
    </message>
</context>
<context>
    <name>roost::app::SyncStatusWidget</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Cambios pendientes de envío</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Send waiting changes and fetch new ones (F5)</source>
        <translation>Enviar los cambios pendientes y traer los nuevos (F5)</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Hay que iniciar sesión</translation>
    </message>
    <message>
        <source>Your changes are kept and will be sent after you sign in.</source>
        <translation>Sus cambios se conservan y se enviarán cuando inicie sesión.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>The server has not been reached yet.</source>
        <translation>Aún no se ha contactado con el servidor.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>No se puede contactar con el servidor: %1</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Última sincronización %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roost::app::TripsModel</name>
    <message>
        <source>(listing not in the cache)</source>
        <translation>(alojamiento no está en la caché)</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Pendiente de pago</translation>
    </message>
    <message>
        <source>Waiting for the host</source>
        <translation>Esperando al anfitrión</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Aún no enviada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Estancia</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
</context>
<context>
    <name>roost::app::TripsView</name>
    <message>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <source>Upcoming stays</source>
        <translation>Próximas estancias</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Pasadas</translation>
    </message>
    <message>
        <source>Past stays</source>
        <translation>Estancias pasadas</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>&amp;Pagar</translation>
    </message>
    <message>
        <source>&amp;Cancel stay…</source>
        <translation>&amp;Cancelar estancia…</translation>
    </message>
    <message>
        <source>&amp;Write a review…</source>
        <translation>&amp;Escribir una reseña…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Pay for your stay</source>
        <translation>Pague su estancia</translation>
    </message>
    <message>
        <source>Payment received. The trip updates with the next sync.</source>
        <translation>Pago recibido. El viaje se actualizará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Cancelled. The refund follows once the server has it.</source>
        <translation>Cancelada. El reembolso llegará cuando el servidor reciba la cancelación.</translation>
    </message>
    <message>
        <source>The stay cannot be cancelled: %1</source>
        <translation>La estancia no se puede cancelar: %1</translation>
    </message>
    <message>
        <source>Thank you! Your review is published once the host has reviewed you too, or after 14 days.</source>
        <translation>¡Gracias! Su reseña se publicará cuando el anfitrión también le haya reseñado, o al cabo de 14 días.</translation>
    </message>
</context>
</TS>
