<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Format</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
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
        <translation>Tu cambio está guardado en este ordenador y se enviará cuando el servidor esté disponible.</translation>
    </message>
    <message>
        <source>Someone else changed the same fields. Choose which version to keep under Sync › Conflicts.</source>
        <translation>Otra persona cambió los mismos campos. Elige qué versión conservar en Sincronización › Conflictos.</translation>
    </message>
    <message>
        <source>The server refused your change. See Sync › Rejected changes.</source>
        <translation>El servidor rechazó tu cambio. Consulta Sincronización › Cambios rechazados.</translation>
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
    <name>roost::app::ConflictsView</name>
    <message>
        <source>No conflicts. When someone else changes what you changed, both versions wait here.</source>
        <translation>No hay conflictos. Cuando otra persona cambia lo mismo que tú, ambas versiones esperan aquí.</translation>
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
    <name>roost::app::ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre ti</translation>
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
        <translation>Tu perfil aún no se ha sincronizado.</translation>
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
        <translation>Introduce tu correo y tu contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Corrige los campos marcados.</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Creando tu cuenta…</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>No se puede contactar con el servidor. Comprueba la dirección y tu conexión.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Correo o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>An account with this email already exists. Sign in instead.</source>
        <translation>Ya existe una cuenta con este correo. Inicia sesión.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Demasiados intentos. Espera un minuto y vuelve a intentarlo.</translation>
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
        <translation>Tus cambios se conservan y se enviarán cuando inicies sesión.</translation>
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
</TS>
