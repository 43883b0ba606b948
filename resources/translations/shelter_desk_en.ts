<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es">
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Archivo adjunto: %1</source>
        <translation>Attachment: %1</translation>
    </message>
    <message>
        <source>Acercar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Alejar</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Ajustar a la ventana</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <source>Girar</source>
        <translation>Rotate</translation>
    </message>
    <message>
        <source>Página anterior</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Página siguiente</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Este equipo no tiene el visor de PDF instalado (PySide6-Pdf). Pide a quien instaló Shelter Desk que lo agregue.</source>
        <translation>This computer does not have the PDF viewer installed (PySide6-Pdf). Ask whoever installed Shelter Desk to add it.</translation>
    </message>
    <message>
        <source>No se puede mostrar este archivo: puede estar dañado o protegido con contraseña.</source>
        <translation>This file cannot be shown: it may be damaged or password-protected.</translation>
    </message>
    <message>
        <source>Página %1 de %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Escaneos y fotos de sus papeles (PDF, JPG o PNG, hasta %1 MB). Se guardan cifrados en la bóveda. Puedes arrastrarlos aquí.</source>
        <translation>Scans and photos of their papers (PDF, JPG or PNG, up to %1 MB). They are stored encrypted in the vault. You can drag them here.</translation>
    </message>
    <message>
        <source>&amp;Vincular a:</source>
        <translation>&amp;Link to:</translation>
    </message>
    <message>
        <source>&amp;Agregar archivo…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <source>&amp;Ver</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Guardar copia &amp;descifrada…</source>
        <translation>Save &amp;decrypted copy…</translation>
    </message>
    <message>
        <source>&amp;Quitar</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tamaño</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Agregado</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Vinculado a</source>
        <translation>Linked to</translation>
    </message>
    <message>
        <source>Todo el expediente</source>
        <translation>Whole case file</translation>
    </message>
    <message>
        <source>Documento: %1</source>
        <translation>Document: %1</translation>
    </message>
    <message>
        <source>Consentimiento: %1</source>
        <translation>Consent: %1</translation>
    </message>
    <message>
        <source>Trámite: %1</source>
        <translation>Attempt: %1</translation>
    </message>
    <message>
        <source>Agregar archivo</source>
        <translation>Add file</translation>
    </message>
    <message>
        <source>Documentos escaneados (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Scanned documents (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Cifrando y guardando «%1»…</source>
        <translation>Encrypting and saving “%1”…</translation>
    </message>
    <message numerus="yes">
        <source>Archivos agregados: %n.</source>
        <translation>
            <numerusform>%n file added.</numerusform>
            <numerusform>%n files added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Abriendo «%1»…</source>
        <translation>Opening “%1”…</translation>
    </message>
    <message>
        <source>Copia sin cifrar</source>
        <translation>Unencrypted copy</translation>
    </message>
    <message>
        <source>La copia se guardará SIN CIFRAR: cualquiera que use esta computadora o la memoria USB podrá abrirla. Guárdala solo si la necesitas para un trámite y bórrala al terminar. ¿Continuar?</source>
        <translation>The copy will be saved UNENCRYPTED: anyone who uses this computer or the USB stick will be able to open it. Save it only if you need it for a procedure, and delete it when you are done. Continue?</translation>
    </message>
    <message>
        <source>Guardar copia descifrada</source>
        <translation>Save decrypted copy</translation>
    </message>
    <message>
        <source>Se guardó la copia sin cifrar en %1.</source>
        <translation>The unencrypted copy was saved to %1.</translation>
    </message>
    <message>
        <source>Guardando una copia descifrada de «%1»…</source>
        <translation>Saving a decrypted copy of “%1”…</translation>
    </message>
    <message>
        <source>Quitar archivo</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <source>¿Quitar «%1» del expediente? Se borrará de la bóveda y no se podrá recuperar.</source>
        <translation>Remove “%1” from the case file? It will be deleted from the vault and cannot be recovered.</translation>
    </message>
    <message>
        <source>Se quitó el archivo.</source>
        <translation>The file was removed.</translation>
    </message>
</context>
<context>
    <name>AttemptDialog</name>
    <message>
        <source>Registrar trámite</source>
        <translation>Record attempt</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Derecho o servicio:</source>
        <translation>&amp;Right or service:</translation>
    </message>
    <message>
        <source>&amp;Tipo de institución:</source>
        <translation>Institution &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Institución:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>&amp;Fecha:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Resultado:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Documentos &amp;presentados:</source>
        <translation>Do&amp;cuments presented:</translation>
    </message>
    <message>
        <source>&amp;Motivo de la negativa:</source>
        <translation>R&amp;eason for refusal:</translation>
    </message>
    <message>
        <source>Lo que &amp;dijeron:</source>
        <translation>&amp;What they said:</translation>
    </message>
    <message>
        <source>&amp;Acción del equipo:</source>
        <translation>Team &amp;action:</translation>
    </message>
    <message>
        <source>&amp;Seguimiento:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <source>(no aplica)</source>
        <translation>(not applicable)</translation>
    </message>
    <message>
        <source>Con fecha</source>
        <translation>Set a date</translation>
    </message>
    <message>
        <source>Fecha de seguimiento</source>
        <translation>Follow-up date</translation>
    </message>
</context>
<context>
    <name>BarriersTab</name>
    <message>
        <source>Barrera abierta</source>
        <translation>Open barrier</translation>
    </message>
    <message>
        <source>Resuelta el %1</source>
        <translation>Resolved on %1</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Derecho o servicio</source>
        <translation>Right or service</translation>
    </message>
    <message>
        <source>Institución</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Barrera</source>
        <translation>Barrier</translation>
    </message>
    <message>
        <source>Seguimiento</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Cada vez que intentó ejercer un derecho: dónde, qué presentó y qué le respondieron. Las barreras abiertas van primero.</source>
        <translation>Each time they tried to exercise a right: where, what they presented and what they were told. Open barriers come first.</translation>
    </message>
    <message>
        <source>&amp;Registrar trámite…</source>
        <translation>&amp;Record attempt…</translation>
    </message>
    <message>
        <source>Re&amp;solver barrera…</source>
        <translation>Re&amp;solve barrier…</translation>
    </message>
    <message>
        <source>Resolver barrera</source>
        <translation>Resolve barrier</translation>
    </message>
    <message>
        <source>¿Cómo se resolvió? (por ejemplo: la escuela aceptó la constancia del albergue tras el escrito)</source>
        <translation>How was it resolved? (for example: the school accepted the shelter&apos;s letter after the formal request)</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Expediente</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nacionalidad</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Asignado a</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Apertura</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Alertas</source>
        <translation>Alerts</translation>
    </message>
    <message numerus="yes">
        <source>%n barrera(s) abierta(s)</source>
        <translation>
            <numerusform>%n open barrier</numerusform>
            <numerusform>%n open barriers</numerusform>
        </translation>
    </message>
    <message>
        <source>vence %1</source>
        <translation>expires %1</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Buscar por nombre, alias, expediente o palabras de una nota…</source>
        <translation>Search by name, alias, case code or words from a note…</translation>
    </message>
    <message>
        <source>Buscar expedientes</source>
        <translation>Search case files</translation>
    </message>
    <message>
        <source>&amp;Abrir expediente</source>
        <translation>&amp;Open case file</translation>
    </message>
    <message>
        <source>Filtrar por estado</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Filtrar por nacionalidad</source>
        <translation>Filter by nationality</translation>
    </message>
    <message>
        <source>Filtrar por persona asignada</source>
        <translation>Filter by assigned worker</translation>
    </message>
    <message>
        <source>Filtrar por documento faltante</source>
        <translation>Filter by missing document</translation>
    </message>
    <message>
        <source>Todos los estados</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Todas las nacionalidades</source>
        <translation>All nationalities</translation>
    </message>
    <message>
        <source>Todo el equipo</source>
        <translation>Whole team</translation>
    </message>
    <message>
        <source>Sin filtro de documentos</source>
        <translation>No document filter</translation>
    </message>
    <message>
        <source>Le falta: %1</source>
        <translation>Lacks: %1</translation>
    </message>
    <message numerus="yes">
        <source>Documento por vencer (%n días)</source>
        <translation>
            <numerusform>Document expiring (%n day)</numerusform>
            <numerusform>Document expiring (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Barrera abierta</source>
        <translation>Open barrier</translation>
    </message>
    <message>
        <source>Aún no hay expedientes</source>
        <translation>No case files yet</translation>
    </message>
    <message>
        <source>Abrir el primer expediente</source>
        <translation>Open the first case file</translation>
    </message>
    <message numerus="yes">
        <source>%n expediente(s)</source>
        <translation>
            <numerusform>%n case file</numerusform>
            <numerusform>%n case files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Abierto</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>En pausa</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Cerrado</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>← &amp;Volver a la lista</source>
        <translation>← &amp;Back to the list</translation>
    </message>
    <message>
        <source>&amp;Guardar cambios</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>&amp;Agregar hija, hijo u otro familiar…</source>
        <translation>&amp;Add a child or another relative…</translation>
    </message>
    <message>
        <source>&amp;Perfil</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Hogar</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <source>&amp;Documentos</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Trá&amp;mites y barreras</source>
        <translation>Att&amp;empts and barriers</translation>
    </message>
    <message>
        <source>&amp;Notas</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Tareas</source>
        <translation>&amp;Tasks</translation>
    </message>
    <message>
        <source>&amp;Canalizaciones</source>
        <translation>&amp;Referrals</translation>
    </message>
    <message>
        <source>C&amp;onsentimientos</source>
        <translation>&amp;Consents</translation>
    </message>
    <message>
        <source>Ad&amp;juntos</source>
        <translation>Attach&amp;ments</translation>
    </message>
    <message>
        <source>H&amp;istorial</source>
        <translation>H&amp;istory</translation>
    </message>
    <message numerus="yes">
        <source>%n barrera(s) abierta(s)</source>
        <translation>
            <numerusform>%n open barrier</numerusform>
            <numerusform>%n open barriers</numerusform>
        </translation>
    </message>
    <message>
        <source>Cambios sin guardar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Cambiaste el perfil de esta persona y no lo guardaste.</source>
        <translation>You changed this person&apos;s profile and did not save it.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Ver gráfica</source>
        <translation>Show chart</translation>
    </message>
    <message>
        <source>Ver tabla</source>
        <translation>Show table</translation>
    </message>
    <message>
        <source>No hay datos de este periodo.</source>
        <translation>No data for this period.</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Sin registrar</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Otorgado</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Retirado o negado</source>
        <translation>Withdrawn or refused</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Para qué</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Desde</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Registró</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Lo que cada persona aceptó y para qué. Si retira un consentimiento, vale desde ese momento: por ejemplo, ya no se puede enviar una canalización.</source>
        <translation>What each person agreed to and for what. If someone withdraws a consent, it applies from that moment: for example, a referral can no longer be sent.</translation>
    </message>
    <message>
        <source>Registrar que lo &amp;otorga</source>
        <translation>Record as &amp;given</translation>
    </message>
    <message>
        <source>Registrar que lo &amp;retira</source>
        <translation>Record as &amp;withdrawn</translation>
    </message>
    <message>
        <source>Adjuntar &amp;formulario firmado…</source>
        <translation>Attach signed &amp;form…</translation>
    </message>
    <message>
        <source>Formulario de consentimiento firmado</source>
        <translation>Signed consent form</translation>
    </message>
    <message>
        <source>Escaneos y fotos (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Scans and photos (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>Organización y coordinadora</source>
        <translation>Organisation and coordinator</translation>
    </message>
    <message>
        <source>La primera persona usuaria es coordinadora: podrá dar de alta al resto del equipo.</source>
        <translation>The first user is a coordinator: she can add the rest of the team.</translation>
    </message>
    <message>
        <source>&amp;Organización:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Tu &amp;nombre de usuaria:</source>
        <translation>Your user &amp;name:</translation>
    </message>
    <message>
        <source>Creando la bóveda cifrada y ajustando la seguridad a esta computadora…</source>
        <translation>Creating the encrypted vault and tuning its security to this computer…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Valores separados por comas (*.csv)</source>
        <translation>Comma-separated values (*.csv)</translation>
    </message>
    <message>
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Documento PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>estadisticas</source>
        <translation>statistics</translation>
    </message>
    <message>
        <source>Exportar estadísticas</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <source>Estadísticas guardadas en %1</source>
        <translation>Statistics saved to %1</translation>
    </message>
    <message>
        <source>&amp;Periodo:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Calculando las estadísticas</source>
        <translation>Calculating the statistics</translation>
    </message>
    <message>
        <source>Exportar CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Exportar Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Exportar PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Cifras clave</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>&amp;Todas las tablas:</source>
        <translation>&amp;All tables:</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>(ya no)</source>
        <translation>(inactive)</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Servicios</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Contacto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Directorio de la red</source>
        <translation>Network directory</translation>
    </message>
    <message>
        <source>&amp;Nombre:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Servicios (separados por comas):</source>
        <translation>Ser&amp;vices (comma-separated):</translation>
    </message>
    <message>
        <source>&amp;Contacto:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>&amp;Activa en el directorio</source>
        <translation>&amp;Active in the directory</translation>
    </message>
    <message>
        <source>N&amp;ueva</source>
        <translation>Ne&amp;w</translation>
    </message>
    <message>
        <source>&amp;Guardar</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Corregir documento</source>
        <translation>Correct document</translation>
    </message>
    <message>
        <source>Registrar documento</source>
        <translation>Record document</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>&amp;Documento:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Cómo lo tiene:</source>
        <translation>&amp;How she holds it:</translation>
    </message>
    <message>
        <source>&amp;Número:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Expedido por:</source>
        <translation>&amp;Issued by:</translation>
    </message>
    <message>
        <source>Fecha de e&amp;xpedición:</source>
        <translation>Issue &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Vigente hasta:</source>
        <translation>&amp;Valid until:</translation>
    </message>
    <message>
        <source>Apostilla:</source>
        <translation>Apostille:</translation>
    </message>
    <message>
        <source>Traducción:</source>
        <translation>Translation:</translation>
    </message>
    <message>
        <source>N&amp;otas:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Se sabe</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>Fecha de expedición</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Tiene fecha</source>
        <translation>Has a date</translation>
    </message>
    <message>
        <source>Vigente hasta</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Está apostillado o legalizado</source>
        <translation>Apostilled or legalised</translation>
    </message>
    <message>
        <source>Tiene traducción oficial</source>
        <translation>Has an official translation</translation>
    </message>
    <message>
        <source>(Dato sin verificar: confírmalo antes de citarlo.)</source>
        <translation>(Unverified fact: confirm it before citing it.)</translation>
    </message>
</context>
<context>
    <name>DocumentsBoard</name>
    <message numerus="yes">
        <source>%n año(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Registrar otro documento…</source>
        <translation>Record another document…</translation>
    </message>
    <message>
        <source>venció %1</source>
        <translation>expired %1</translation>
    </message>
    <message>
        <source>vence %1</source>
        <translation>expires %1</translation>
    </message>
    <message>
        <source>registrar</source>
        <translation>record</translation>
    </message>
</context>
<context>
    <name>DocumentsDuePage</name>
    <message>
        <source>Vence</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Expediente</source>
        <translation>Case file</translation>
    </message>
    <message numerus="yes">
        <source>Documentos originales que vencen en los próximos %n días, el más próximo primero.</source>
        <translation>
            <numerusform>Original documents expiring in the next %n day, soonest first.</numerusform>
            <numerusform>Original documents expiring in the next %n days, soonest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmergencyKit</name>
    <message>
        <source>Kit de emergencia de Shelter Desk</source>
        <translation>Shelter Desk emergency kit</translation>
    </message>
    <message>
        <source>Organización:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Código de recuperación:</source>
        <translation>Recovery code:</translation>
    </message>
    <message>
        <source>Este código abre la bóveda si se olvida una contraseña. Quien lo tenga puede leer todos los expedientes.</source>
        <translation>This code opens the vault if a passphrase is forgotten. Whoever holds it can read every case file.</translation>
    </message>
    <message>
        <source>Guárdalo con los documentos legales del albergue.</source>
        <translation>Keep it with the shelter&apos;s legal papers.</translation>
    </message>
    <message>
        <source>Da una copia en sobre cerrado a una persona de confianza.</source>
        <translation>Give a copy in a sealed envelope to a trusted person.</translation>
    </message>
    <message>
        <source>No lo guardes en esta computadora ni lo envíes por mensaje.</source>
        <translation>Do not keep it on this computer or send it in a message.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Preparar Shelter Desk</source>
        <translation>Set up Shelter Desk</translation>
    </message>
    <message>
        <source>&amp;Siguiente &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Atrás</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Empezar</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Antes de salir, guarda, imprime o copia el código de recuperación.</source>
        <translation>Before you leave, save, print or copy the recovery code.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Guardar</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Cuándo</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Qué hizo</source>
        <translation>What they did</translation>
    </message>
    <message>
        <source>Todo lo que se hizo en este expediente, lo más reciente primero. Viene del registro de auditoría, que no se puede modificar.</source>
        <translation>Everything done in this case file, most recent first. It comes from the audit log, which cannot be changed.</translation>
    </message>
</context>
<context>
    <name>HouseholdModel</name>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Parentesco</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Edad</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Escuela</source>
        <translation>School</translation>
    </message>
</context>
<context>
    <name>HubPanel</name>
    <message>
        <source>Hub de la red</source>
        <translation>Network hub</translation>
    </message>
    <message>
        <source>Dirección del hub</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <source>Código de inscripción</source>
        <translation>Enrolment token</translation>
    </message>
    <message>
        <source>Certificado propio de la red…</source>
        <translation>The network&apos;s own certificate…</translation>
    </message>
    <message>
        <source>Unirse a la red</source>
        <translation>Join the network</translation>
    </message>
    <message>
        <source>Enviar ahora</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Esta organización aún no está unida a la red. Pide a quien administra el hub un código de inscripción.</source>
        <translation>This organisation has not joined the network yet. Ask whoever runs the hub for an enrolment token.</translation>
    </message>
    <message>
        <source>Unida como %1 a %2.
Huella del hub: %3</source>
        <translation>Joined as %1 to %2.
Hub fingerprint: %3</translation>
    </message>
    <message>
        <source>Conectando con el hub…</source>
        <translation>Connecting to the hub…</translation>
    </message>
    <message>
        <source>Listo: la organización se unió a la red.</source>
        <translation>Done: the organisation joined the network.</translation>
    </message>
    <message>
        <source>No se pudo contactar al hub. Los informes siguen en la bandeja de salida (%1) y se enviarán en la próxima sincronización.</source>
        <translation>Could not reach the hub. The reports stay in the outbox (%1) and will be sent at the next sync.</translation>
    </message>
    <message>
        <source>Enviados: %1. Rechazados: %2. Documentos nuevos en la biblioteca: %3.</source>
        <translation>Sent: %1. Refused: %2. New documents in the library: %3.</translation>
    </message>
    <message>
        <source>Certificado de la red</source>
        <translation>The network&apos;s certificate</translation>
    </message>
    <message>
        <source>Certificados (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Biblioteca de la red</source>
        <translation>Network library</translation>
    </message>
    <message>
        <source>Protocolos y guías de la red, guardados en este equipo: se pueden leer sin internet. Se actualizan al sincronizar con el hub.</source>
        <translation>The network&apos;s protocols and guides, kept on this computer: they can be read without internet. They are updated when syncing with the hub.</translation>
    </message>
    <message>
        <source>Aún no hay documentos de la red.</source>
        <translation>No documents from the network yet.</translation>
    </message>
    <message>
        <source>%1 (versión %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>El documento PDF se abrió en otra ventana.</source>
        <translation>The PDF document opened in another window.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Expedientes</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Documentos por vencer</source>
        <translation>Documents due</translation>
    </message>
    <message>
        <source>Tareas</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Ajustes</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Estadísticas</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Biblioteca</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Secciones</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;Sesión</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Bloquear</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Salida &amp;rápida</source>
        <translation>&amp;Quick exit</translation>
    </message>
    <message>
        <source>&amp;Salir</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>Salida rápida</source>
        <translation>Quick exit</translation>
    </message>
    <message>
        <source>Oculta la ventana y bloquea al instante (%1)</source>
        <translation>Hides the window and locks at once (%1)</translation>
    </message>
    <message>
        <source>Bloquear</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Bloquear ahora (%1)</source>
        <translation>Lock now (%1)</translation>
    </message>
    <message>
        <source>coordinadora</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>trabajadora de casos</source>
        <translation>caseworker</translation>
    </message>
    <message>
        <source>voluntaria</source>
        <translation>volunteer</translation>
    </message>
    <message numerus="yes">
        <source>(%n atrasada(s))</source>
        <translation>
            <numerusform>(%n overdue)</numerusform>
            <numerusform>(%n overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tarea(s) pendiente(s)</source>
        <translation>
            <numerusform>%n pending task</numerusform>
            <numerusform>%n pending tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Confidencial</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Cuándo</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Escribió</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>Reserva</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Lo que el equipo escuchó, aconsejó e hizo, lo más reciente primero. Elige una nota para leerla completa.</source>
        <translation>What the team heard, advised and did, most recent first. Choose a note to read it in full.</translation>
    </message>
    <message>
        <source>&amp;Confidencial (solo tú y coordinación)</source>
        <translation>&amp;Confidential (only you and coordinators)</translation>
    </message>
    <message>
        <source>&amp;Nueva nota:</source>
        <translation>&amp;New note:</translation>
    </message>
    <message>
        <source>&amp;Guardar nota</source>
        <translation>&amp;Save note</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Nueva contraseña:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repítela:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>Mostrar u ocultar la contraseña</source>
        <translation>Show or hide the passphrase</translation>
    </message>
    <message numerus="yes">
        <source>Muy corta: usa al menos %n caracteres. Una frase de varias palabras es fácil de recordar y difícil de adivinar.</source>
        <translation>
            <numerusform>Too short: use at least %n character. A phrase of several words is easy to remember and hard to guess.</numerusform>
            <numerusform>Too short: use at least %n characters. A phrase of several words is easy to remember and hard to guess.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aceptable. Una frase de varias palabras sería más segura.</source>
        <translation>Acceptable. A phrase of several words would be safer.</translation>
    </message>
    <message>
        <source>Buena.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <source>Muy buena.</source>
        <translation>Very good.</translation>
    </message>
    <message>
        <source>Una frase de varias palabras que solo tú conozcas, por ejemplo cuatro palabras sin relación entre sí.</source>
        <translation>A phrase of several words only you know, for example four unrelated words.</translation>
    </message>
    <message>
        <source>Las dos contraseñas todavía no coinciden.</source>
        <translation>The two passphrases do not match yet.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Parentesco</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Edad</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Nacionalidad</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Expediente</source>
        <translation>Case file</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Buscar a una persona por nombre o alias…</source>
        <translation>Search for a person by name or alias…</translation>
    </message>
    <message>
        <source>Buscar personas</source>
        <translation>Search people</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>%1 de %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Trimestre %1 de %2 (%3)</source>
        <translation>Q%1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Abrir expediente</source>
        <translation>Open case file</translation>
    </message>
    <message>
        <source>Agregar integrante del hogar</source>
        <translation>Add a household member</translation>
    </message>
    <message>
        <source>Editar datos de la persona</source>
        <translation>Edit the person&apos;s details</translation>
    </message>
    <message>
        <source>&amp;Parentesco con la titular:</source>
        <translation>&amp;Relationship to the principal:</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>&amp;Nombre(s):</source>
        <translation>Given &amp;name(s):</translation>
    </message>
    <message>
        <source>&amp;Apellidos:</source>
        <translation>&amp;Family names:</translation>
    </message>
    <message>
        <source>Otros nombres o a&amp;podos:</source>
        <translation>Other names or &amp;nicknames:</translation>
    </message>
    <message>
        <source>Fecha de &amp;nacimiento:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>&amp;Sexo:</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <source>Identidad de &amp;género:</source>
        <translation>&amp;Gender identity:</translation>
    </message>
    <message>
        <source>Na&amp;cionalidad:</source>
        <translation>Na&amp;tionality:</translation>
    </message>
    <message>
        <source>&amp;Idiomas:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <source>Se identifica como &amp;indígena:</source>
        <translation>Self-identifies as &amp;indigenous:</translation>
    </message>
    <message>
        <source>Lugar de &amp;origen:</source>
        <translation>Place of &amp;origin:</translation>
    </message>
    <message>
        <source>Llegada a &amp;México:</source>
        <translation>Arrival in &amp;Mexico:</translation>
    </message>
    <message>
        <source>Llegada al al&amp;bergue:</source>
        <translation>Arrival at the &amp;shelter:</translation>
    </message>
    <message>
        <source>Situación &amp;migratoria:</source>
        <translation>&amp;Migration status:</translation>
    </message>
    <message>
        <source>&amp;Teléfono:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Escuela:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <source>&amp;Grado escolar:</source>
        <translation>School &amp;grade:</translation>
    </message>
    <message>
        <source>Separados por comas</source>
        <translation>Separated by commas</translation>
    </message>
    <message>
        <source>¿Por qué preguntamos esto? Para defender sus derechos lingüísticos y culturales, y para estadísticas anónimas. Solo si ella quiere decirlo.</source>
        <translation>Why do we ask? To defend her linguistic and cultural rights, and for anonymous statistics. Only if she wants to say.</translation>
    </message>
    <message>
        <source>Se sabe</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>No se preguntó o prefiere no decir</source>
        <translation>Not asked, or prefers not to say</translation>
    </message>
    <message>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Sin dato</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Perfil en el directorio de la red</source>
        <translation>Profile in the network&apos;s directory</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ciudad</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Servicios (separados por comas)</source>
        <translation>Services (separated by commas)</translation>
    </message>
    <message>
        <source>Contacto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Publicar perfil</source>
        <translation>Publish profile</translation>
    </message>
    <message>
        <source>Publicando…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <source>Perfil publicado: las demás organizaciones lo verán al sincronizar.</source>
        <translation>Profile published: the other organisations will see it when they sync.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Kit de emergencia</source>
        <translation>Emergency kit</translation>
    </message>
    <message>
        <source>Este es el código de recuperación. Abre la bóveda si alguien olvida su contraseña, y se muestra solo esta vez. Guárdalo en PDF para imprimirlo, o cópialo a papel ahora.</source>
        <translation>This is the recovery code. It opens the vault if someone forgets their passphrase, and it is shown only this once. Save it as a PDF to print, or copy it onto paper now.</translation>
    </message>
    <message>
        <source>&amp;Imprimir kit…</source>
        <translation>&amp;Print the kit…</translation>
    </message>
    <message>
        <source>&amp;Guardar kit en PDF…</source>
        <translation>&amp;Save the kit as PDF…</translation>
    </message>
    <message>
        <source>&amp;Copiar código</source>
        <translation>&amp;Copy code</translation>
    </message>
    <message>
        <source>Lo anoté y lo guardé en un lugar seguro</source>
        <translation>I wrote it down and stored it safely</translation>
    </message>
    <message>
        <source>Salida rápida: el botón de arriba a la derecha, o la tecla F12, oculta la ventana y bloquea al instante. No borra otras huellas de la computadora (como el historial del navegador) ni oculta que la aplicación está instalada.</source>
        <translation>Quick exit: the button at the top right, or the F12 key, hides the window and locks at once. It does not erase other traces on the computer (such as the browser history) nor hide that the app is installed.</translation>
    </message>
    <message>
        <source>Guardar kit de emergencia</source>
        <translation>Save emergency kit</translation>
    </message>
    <message>
        <source>No se pudo guardar el PDF ahí. Elige otra carpeta.</source>
        <translation>Could not save the PDF there. Choose another folder.</translation>
    </message>
    <message>
        <source>Kit guardado. Imprímelo y borra el archivo.</source>
        <translation>Kit saved. Print it and delete the file.</translation>
    </message>
    <message>
        <source>Kit enviado a la impresora. Recógelo y guárdalo.</source>
        <translation>Kit sent to the printer. Collect it and store it.</translation>
    </message>
    <message>
        <source>Código copiado. Pégalo donde lo vayas a imprimir y no lo guardes en esta computadora.</source>
        <translation>Code copied. Paste it where you will print it, and do not keep it on this computer.</translation>
    </message>
</context>
<context>
    <name>RecoveryForm</name>
    <message>
        <source>Escribe el código de recuperación del kit de emergencia (lo guarda la coordinación con los documentos del albergue) y elige una contraseña nueva.</source>
        <translation>Type the recovery code from the emergency kit (the coordinators keep it with the shelter&apos;s papers) and choose a new passphrase.</translation>
    </message>
    <message>
        <source>&amp;Código de recuperación:</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Usuaria:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Volver</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Guardar contraseña nueva</source>
        <translation>&amp;Save new passphrase</translation>
    </message>
    <message>
        <source>Comprobando el código…</source>
        <translation>Checking the code…</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Nueva canalización</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Organización:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Servicio:</source>
        <translation>Ser&amp;vice:</translation>
    </message>
    <message>
        <source>&amp;Fecha:</source>
        <translation>&amp;Date:</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Propuesta el</source>
        <translation>Proposed on</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Servicio</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Canalizaciones a organizaciones de la red. Para canalizar a alguien hace falta su consentimiento de canalización (pestaña Consentimientos).</source>
        <translation>Referrals to organisations in the network. Referring someone requires their consent to referral (Consents tab).</translation>
    </message>
    <message>
        <source>&amp;Nueva canalización…</source>
        <translation>&amp;New referral…</translation>
    </message>
    <message>
        <source>Marcar &amp;enviada</source>
        <translation>Mark &amp;sent</translation>
    </message>
    <message>
        <source>Marcar &amp;aceptada</source>
        <translation>Mark &amp;accepted</translation>
    </message>
    <message>
        <source>Marcar &amp;completada</source>
        <translation>Mark &amp;completed</translation>
    </message>
    <message>
        <source>Marcar &amp;rechazada</source>
        <translation>Mark &amp;declined</translation>
    </message>
    <message>
        <source>&amp;Directorio…</source>
        <translation>Di&amp;rectory…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Idioma:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Bloquear tras inactividad (minutos):</source>
        <translation>&amp;Lock after inactivity (minutes):</translation>
    </message>
    <message>
        <source>&amp;Tamaño de letra:</source>
        <translation>&amp;Font size:</translation>
    </message>
    <message>
        <source>Del sistema</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Estos ajustes son de esta computadora. La bóveda también se bloquea con el botón Bloquear y con la salida rápida.</source>
        <translation>These settings belong to this computer. The vault also locks with the Lock button and with the quick exit.</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>atrasada</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Para el</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Tarea</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Tus tareas pendientes, la más urgente primero. Enter abre el expediente.</source>
        <translation>Your pending tasks, most urgent first. Enter opens the case file.</translation>
    </message>
    <message>
        <source>&amp;Marcar como hecha</source>
        <translation>&amp;Mark as done</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Hecha</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Atrasada</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Pendiente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Para el</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tarea</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Lo que hay que hacer por este expediente, lo pendiente primero. Las renovaciones de documentos por vencer se crean solas.</source>
        <translation>What needs doing for this case file, pending first. Renewals for documents about to expire are created automatically.</translation>
    </message>
    <message>
        <source>N&amp;ueva tarea:</source>
        <translation>&amp;New task:</translation>
    </message>
    <message>
        <source>&amp;Agregar tarea</source>
        <translation>&amp;Add task</translation>
    </message>
    <message>
        <source>&amp;Marcar como hecha</source>
        <translation>&amp;Mark as done</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Shelter Desk: desbloquear</source>
        <translation>Shelter Desk: unlock</translation>
    </message>
    <message>
        <source>Desbloquear Shelter Desk</source>
        <translation>Unlock Shelter Desk</translation>
    </message>
    <message>
        <source>&amp;Nombre de usuaria:</source>
        <translation>User &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Recordar mi nombre en esta computadora</source>
        <translation>Remember my name on this computer</translation>
    </message>
    <message>
        <source>Mostrar u ocultar la contraseña</source>
        <translation>Show or hide the passphrase</translation>
    </message>
    <message>
        <source>¿Olvidaste tu contraseña?</source>
        <translation>Forgot your passphrase?</translation>
    </message>
    <message>
        <source>Comprobando la contraseña</source>
        <translation>Checking the passphrase</translation>
    </message>
    <message numerus="yes">
        <source>Espera %n s</source>
        <translation>
            <numerusform>Wait %n s</numerusform>
            <numerusform>Wait %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Desbloquear</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Escribe tu nombre de usuaria y tu contraseña.</source>
        <translation>Enter your user name and passphrase.</translation>
    </message>
    <message>
        <source>Comprobando…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Por seguridad, espera unos segundos antes de intentar otra vez.</source>
        <translation>For safety, wait a few seconds before trying again.</translation>
    </message>
    <message>
        <source>Listo: ya puedes entrar con tu nueva contraseña.</source>
        <translation>Done: you can now sign in with your new passphrase.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Bienvenida</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Shelter Desk guarda los expedientes del albergue cifrados en esta computadora, y funciona sin internet. Vamos a prepararlo en tres pasos.</source>
        <translation>Shelter Desk keeps the shelter&apos;s case files encrypted on this computer, and works without internet. Let&apos;s set it up in three steps.</translation>
    </message>
    <message>
        <source>&amp;Idioma:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Mujer</source>
        <translation>Woman</translation>
    </message>
    <message>
        <source>Hombre</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Intersexual</source>
        <translation>Intersex</translation>
    </message>
    <message>
        <source>Prefiere no decir</source>
        <translation>Prefers not to say</translation>
    </message>
    <message>
        <source>Mujer trans</source>
        <translation>Trans woman</translation>
    </message>
    <message>
        <source>Hombre trans</source>
        <translation>Trans man</translation>
    </message>
    <message>
        <source>No binaria</source>
        <translation>Non-binary</translation>
    </message>
    <message>
        <source>Otra</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Sin documentos migratorios</source>
        <translation>No migration documents</translation>
    </message>
    <message>
        <source>Solicitante de la condición de refugiada</source>
        <translation>Asylum seeker</translation>
    </message>
    <message>
        <source>Refugiada</source>
        <translation>Refugee</translation>
    </message>
    <message>
        <source>Protección complementaria</source>
        <translation>Complementary protection</translation>
    </message>
    <message>
        <source>Visitante por razones humanitarias</source>
        <translation>Humanitarian visitor</translation>
    </message>
    <message>
        <source>Residente temporal</source>
        <translation>Temporary resident</translation>
    </message>
    <message>
        <source>Residente permanente</source>
        <translation>Permanent resident</translation>
    </message>
    <message>
        <source>Mexicana</source>
        <translation>Mexican</translation>
    </message>
    <message>
        <source>Otra situación</source>
        <translation>Other situation</translation>
    </message>
    <message>
        <source>No se sabe</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Aún no en edad escolar</source>
        <translation>Not yet of school age</translation>
    </message>
    <message>
        <source>Con inscripción escolar</source>
        <translation>Enrolled in school</translation>
    </message>
    <message>
        <source>Sin inscripción escolar</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <source>Rechazo de la escuela</source>
        <translation>Refused by the school</translation>
    </message>
    <message>
        <source>Titular del expediente</source>
        <translation>Principal of the case</translation>
    </message>
    <message>
        <source>Hija o hijo</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Madre</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Pareja</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Otro familiar</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Solo copia</source>
        <translation>Copy only</translation>
    </message>
    <message>
        <source>En trámite</source>
        <translation>In process</translation>
    </message>
    <message>
        <source>Vencido</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Extraviado o robado</source>
        <translation>Lost or stolen</translation>
    </message>
    <message>
        <source>Retenido por una autoridad</source>
        <translation>Retained by an authority</translation>
    </message>
    <message>
        <source>No lo tiene</source>
        <translation>Not held</translation>
    </message>
    <message>
        <source>Vigente</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Por vencer</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Retenido</source>
        <translation>Retained</translation>
    </message>
    <message>
        <source>Falta</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>No puede tenerlo</source>
        <translation>Cannot hold it</translation>
    </message>
    <message>
        <source>Lo lograron</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>En parte</source>
        <translation>Partly granted</translation>
    </message>
    <message>
        <source>Se lo negaron</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>En espera de respuesta</source>
        <translation>Awaiting a response</translation>
    </message>
    <message>
        <source>Sesión de escucha</source>
        <translation>Listening session</translation>
    </message>
    <message>
        <source>Asesoría legal</source>
        <translation>Legal advice</translation>
    </message>
    <message>
        <source>Llamada</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Visita</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Acompañamiento</source>
        <translation>Accompaniment</translation>
    </message>
    <message>
        <source>Propuesta</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Enviada</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Aceptada</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Completada</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Rechazada</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Atención</source>
        <translation>Care</translation>
    </message>
    <message>
        <source>Estadísticas anónimas de la red</source>
        <translation>Anonymous network statistics</translation>
    </message>
    <message>
        <source>Canalización a otras organizaciones</source>
        <translation>Referral to other organisations</translation>
    </message>
    <message>
        <source>Fotografías</source>
        <translation>Photographs</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Ocurrió un error inesperado. No se guardó nada de esta acción.</source>
        <translation>An unexpected error happened. Nothing from this action was saved.</translation>
    </message>
</context>
</TS>
