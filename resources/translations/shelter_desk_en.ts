<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Acerca de Shelter Desk</source>
        <translation>About Shelter Desk</translation>
    </message>
    <message>
        <source>Expedientes cifrados y sin conexión para albergues que acompañan a mujeres migrantes.</source>
        <translation>Encrypted, offline case files for shelters that accompany migrant women.</translation>
    </message>
    <message>
        <source>Shelter Desk es software libre: puedes usarlo, estudiarlo, compartirlo y modificarlo bajo la licencia GNU Affero General Public License, versión 3 o posterior (AGPL-3.0-or-later).</source>
        <translation>Shelter Desk is free software: you may use, study, share and modify it under the GNU Affero General Public License, version 3 or later (AGPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Usa Qt y Qt para Python (PySide6) bajo la licencia GNU Lesser General Public License, versión 3 (LGPLv3). Están enlazados de forma dinámica: sus bibliotecas son archivos aparte, en %1, y puedes reemplazarlas por otra versión compatible, modificada o no. Su código fuente está en https://download.qt.io/ y https://code.qt.io/.</source>
        <translation>It uses Qt and Qt for Python (PySide6) under the GNU Lesser General Public License, version 3 (LGPLv3). They are dynamically linked: their libraries are separate files, in %1, and you may replace them with another compatible version, modified or not. Their source code is at https://download.qt.io/ and https://code.qt.io/.</translation>
    </message>
    <message>
        <source>&amp;Componentes incluidos:</source>
        <translation>&amp;Bundled components:</translation>
    </message>
    <message>
        <source>Componente</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licencia</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>&amp;Texto de la licencia:</source>
        <translation>Licence &amp;text:</translation>
    </message>
    <message>
        <source>Esta instalación no incluye el texto de esta licencia.</source>
        <translation>This installation does not include the text of this licence.</translation>
    </message>
</context>
<context>
    <name>AddComputerDialog</name>
    <message>
        <source>Agregar una computadora del equipo</source>
        <translation>Add a team computer</translation>
    </message>
    <message>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Identificador de esta computadora: %1</source>
        <translation>This computer&apos;s identifier: %1</translation>
    </message>
    <message>
        <source>En la otra computadora, elige «Unirme a un albergue» y lee este código QR, o escribe el código, el identificador y la dirección. Comprueba que muestre el mismo identificador.</source>
        <translation>On the other computer, choose “Join a shelter” and read this QR code, or type the code, the identifier and the address. Check that it shows the same identifier.</translation>
    </message>
    <message>
        <source>Dirección: %1</source>
        <translation>Address: %1</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Agregar una persona al equipo</source>
        <translation>Add a person to the team</translation>
    </message>
    <message>
        <source>&amp;Nombre:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Función:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Que ella misma escriba su contraseña, sin que nadie más la vea. Una voluntaria ve los expedientes pero no exporta ni administra; una coordinadora puede todo, también quitar personas.</source>
        <translation>Let her type her own passphrase, with nobody else watching. A volunteer sees the case files but does not export or administer; a coordinator can do everything, including removing people.</translation>
    </message>
    <message>
        <source>&amp;Agregar</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Copia restaurada</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>La copia se restauró. La bóveda anterior se guardó aparte en %1. Entra con tu nombre y contraseña.</source>
        <translation>The backup was restored. The previous vault is kept aside in %1. Sign in with your name and passphrase.</translation>
    </message>
</context>
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
        <source>Trámite registrado</source>
        <translation>Recorded attempt</translation>
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
        <source>&amp;Motivos de la negativa (todos los que dieron):</source>
        <translation>R&amp;easons for refusal (every one they gave):</translation>
    </message>
    <message>
        <source>Docu&amp;mento del que se trata:</source>
        <translation>Docu&amp;ment it was about:</translation>
    </message>
    <message>
        <source>Lo que le &amp;dijeron:</source>
        <translation>&amp;What she was told:</translation>
    </message>
    <message>
        <source>(ninguno)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 de %2</source>
        <translation>%1 (%2)</translation>
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
        <source>Con fecha</source>
        <translation>Set a date</translation>
    </message>
    <message>
        <source>Fecha de seguimiento</source>
        <translation>Follow-up date</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Copia de seguridad</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Hacer &amp;copia de seguridad…</source>
        <translation>Make a ba&amp;ckup…</translation>
    </message>
    <message>
        <source>Un solo archivo cifrado con toda la bóveda, por ejemplo en una memoria USB. Se abre con las mismas contraseñas.</source>
        <translation>One encrypted file with the whole vault, for example on a USB stick. It opens with the same passphrases.</translation>
    </message>
    <message>
        <source>&amp;Restaurar una copia…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>A&amp;visar si la última copia tiene más de (días):</source>
        <translation>&amp;Warn when the last backup is older than (days):</translation>
    </message>
    <message>
        <source>Todavía no hay ninguna copia de seguridad comprobada.</source>
        <translation>There is no checked backup yet.</translation>
    </message>
    <message>
        <source>Última copia comprobada: %1</source>
        <translation>Last checked backup: %1</translation>
    </message>
    <message>
        <source>Haciendo la copia y comprobándola…</source>
        <translation>Making the backup and checking it…</translation>
    </message>
    <message>
        <source>Guardar copia de seguridad</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <source>Copia de Shelter Desk (*.sdbackup)</source>
        <translation>Shelter Desk backup (*.sdbackup)</translation>
    </message>
    <message>
        <source>Restaurar copia de seguridad</source>
        <translation>Restore backup</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>&amp;Hacer copia ahora</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Aún no hay ninguna copia de seguridad comprobada. Si esta computadora se daña o se pierde, se perderían todos los expedientes.</source>
        <translation>There is no checked backup yet. If this computer is damaged or lost, every case file would be lost.</translation>
    </message>
    <message>
        <source>La última copia de seguridad comprobada tiene %1 días.</source>
        <translation>The last checked backup is %1 days old.</translation>
    </message>
    <message>
        <source>Pide a la coordinación (%1) que haga una copia.</source>
        <translation>Ask the coordination (%1) to make one.</translation>
    </message>
    <message>
        <source>Pide a la coordinación que haga una copia.</source>
        <translation>Ask the coordination to make one.</translation>
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
        <source>Acción tomada</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Motivos</source>
        <translation>Reasons</translation>
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
        <source>&amp;Ver o corregir…</source>
        <translation>&amp;View or correct…</translation>
    </message>
    <message>
        <source>Re&amp;solver barrera…</source>
        <translation>Re&amp;solve barrier…</translation>
    </message>
    <message>
        <source>Escri&amp;bir carta…</source>
        <translation>&amp;Write a letter…</translation>
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
        <source>&amp;Importar hoja de cálculo…</source>
        <translation>&amp;Import spreadsheet…</translation>
    </message>
    <message>
        <source>E&amp;xportar lista…</source>
        <translation>E&amp;xport list…</translation>
    </message>
    <message>
        <source>Solo una coordinadora puede exportar la lista.</source>
        <translation>Only a coordinator can export the list.</translation>
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
        <source>Documento &amp;por vencer (%n días)</source>
        <translation>
            <numerusform>Document ex&amp;piring (%n day)</numerusform>
            <numerusform>Document ex&amp;piring (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Barrera abierta</source>
        <translation>Open &amp;barrier</translation>
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
    <message>
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Valores separados por comas (*.csv)</source>
        <translation>Comma-separated values (*.csv)</translation>
    </message>
    <message>
        <source>expedientes</source>
        <translation>case-files</translation>
    </message>
    <message>
        <source>Exportar lista</source>
        <translation>Export list</translation>
    </message>
    <message>
        <source>Lista exportada (%1 expedientes) a %2</source>
        <translation>List exported (%1 case files) to %2</translation>
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
        <source>Derecho de acceso (ARCO): todo lo que se guarda sobre ella, en PDF y JSON</source>
        <translation>Right of access (ARCO): everything kept about her, as PDF and JSON</translation>
    </message>
    <message>
        <source>E&amp;xportar datos (acceso)…</source>
        <translation>E&amp;xport data (access)…</translation>
    </message>
    <message>
        <source>Solicitud de cancelación (A&amp;RCO)…</source>
        <translation>Cancellation request (A&amp;RCO)…</translation>
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
        <source>D&amp;erechos</source>
        <translation>Ri&amp;ghts</translation>
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
        <source>Solicitud de cancelación (ARCO)</source>
        <translation>Cancellation request (ARCO)</translation>
    </message>
    <message>
        <source>Ella pidió cancelar sus datos. El expediente dejará de verse en listas, búsquedas y estadísticas; se conserva bloqueado hasta eliminarlo en Ajustes → Derechos ARCO.</source>
        <translation>She asked for her data to be cancelled. The case file will no longer show in lists, searches and statistics; it is kept blocked until it is deleted in Settings → ARCO rights.</translation>
    </message>
    <message>
        <source>Cambios sin guardar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Cambiaste el perfil de esta persona y no lo guardaste.</source>
        <translation>You changed this person&apos;s profile and did not save it.</translation>
    </message>
    <message>
        <source>Expediente</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Trámite</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tarea</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Canalización</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Paso de canalización</source>
        <translation>Referral step</translation>
    </message>
    <message>
        <source>Consentimiento</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Adjunto</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 de %2</source>
        <translation>%2&apos;s %1</translation>
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
    <name>ConflictBanner</name>
    <message>
        <source>Reso&amp;lver…</source>
        <translation>Reso&amp;lve…</translation>
    </message>
    <message>
        <source>Hay un conflicto en este expediente: %1</source>
        <translation>There is a conflict in this case file: %1</translation>
    </message>
    <message>
        <source>Hay %1 conflictos en este expediente: %2</source>
        <translation>There are %1 conflicts in this case file: %2</translation>
    </message>
    <message>
        <source>%1 (borrado en una computadora y editado en otra)</source>
        <translation>%1 (deleted on one computer and edited on another)</translation>
    </message>
    <message>
        <source>%1 (%2 valores)</source>
        <translation>%1 (%2 values)</translation>
    </message>
</context>
<context>
    <name>ConflictChooser</name>
    <message>
        <source>O escribe otro valor</source>
        <translation>Or type another value</translation>
    </message>
    <message>
        <source>&amp;Guardar este valor</source>
        <translation>&amp;Save this value</translation>
    </message>
    <message>
        <source>Borrarlo</source>
        <translation>Delete it</translation>
    </message>
    <message>
        <source>Conservarlo</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Resolver un conflicto</source>
        <translation>Resolve a conflict</translation>
    </message>
    <message>
        <source>Dos computadoras del equipo cambiaron lo mismo sin verse. Elige el valor correcto, o escribe otro; se enviará a las demás en la próxima sincronización.</source>
        <translation>Two team computers changed the same thing without seeing each other. Choose the right value, or type another; it will be sent to the others at the next sync.</translation>
    </message>
    <message>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
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
    <message>
        <source>cualquier organización</source>
        <translation>any organisation</translation>
    </message>
    <message>
        <source>Lo que cada persona aceptó y para qué. Si retira un consentimiento, vale desde ese momento: por ejemplo, ya no se puede enviar una canalización. Para canalizar, su consentimiento es por tipo de servicio y organización; para enviar su expediente a otra organización, debe nombrarla.</source>
        <translation>What each person agreed to, and for what. A withdrawal counts from that moment: for example, a referral can no longer be sent. A referral consent is per service type and organisation; to send her file to another organisation, the consent must name it.</translation>
    </message>
    <message>
        <source>Consentimiento para &amp;canalizar…</source>
        <translation>&amp;Referral consent…</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>Organización y primera cuenta</source>
        <translation>Organisation and first account</translation>
    </message>
    <message>
        <source>La primera cuenta es de coordinación: podrá dar de alta al resto del equipo.</source>
        <translation>The first account is a coordinator&apos;s: it can add the rest of the team.</translation>
    </message>
    <message>
        <source>&amp;Organización:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Nom&amp;bre para entrar:</source>
        <translation>Sign-in &amp;name:</translation>
    </message>
    <message>
        <source>Creando la bóveda cifrada y ajustando la seguridad a esta computadora…</source>
        <translation>Creating the encrypted vault and tuning its security to this computer…</translation>
    </message>
</context>
<context>
    <name>CreatedRecords</name>
    <message>
        <source>Fila</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Se creará</source>
        <translation>To be created</translation>
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
    <name>DataRightsPanel</name>
    <message>
        <source>E&amp;xportar datos (acceso)…</source>
        <translation>E&amp;xport data (access)…</translation>
    </message>
    <message>
        <source>&amp;Eliminar definitivamente…</source>
        <translation>&amp;Delete for good…</translation>
    </message>
    <message>
        <source>Conservar los expedientes cerrados (años):</source>
        <translation>Keep closed case files for (years):</translation>
    </message>
    <message>
        <source>Expedientes cuyo plazo de conservación terminó:</source>
        <translation>Case files whose retention period has ended:</translation>
    </message>
    <message>
        <source>Expediente</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Titular (n.º %1)</source>
        <translation>Holder (no. %1)</translation>
    </message>
    <message>
        <source>Familiar (n.º %1)</source>
        <translation>Relative (no. %1)</translation>
    </message>
    <message>
        <source>Cerrado el</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Plazo terminó el</source>
        <translation>Period ended on</translation>
    </message>
    <message>
        <source>sí</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Elige primero una persona de la lista.</source>
        <translation>Choose a person from the list first.</translation>
    </message>
    <message>
        <source>todo el expediente %1: la titular, su hogar, sus documentos, notas, tareas y archivos adjuntos</source>
        <translation>the whole case file %1: its holder, her household, their documents, notes, tasks and attachments</translation>
    </message>
    <message>
        <source>esta persona del expediente %1, con sus documentos, notas y archivos adjuntos</source>
        <translation>this person of case file %1, with her documents, notes and attachments</translation>
    </message>
    <message>
        <source>También se borrará la bóveda que se guardó aparte al restaurar una copia (%1), porque contiene sus datos.</source>
        <translation>The vault kept aside when a backup was restored (%1) will be deleted too, because it holds her data.</translation>
    </message>
    <message>
        <source>Se eliminó definitivamente el expediente %1.</source>
        <translation>Case file %1 was permanently deleted.</translation>
    </message>
    <message>
        <source>Se eliminaron definitivamente los datos de la persona del expediente %1.</source>
        <translation>The person&apos;s data in case file %1 was permanently deleted.</translation>
    </message>
    <message>
        <source>Eliminar definitivamente</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <source>Derechos ARCO (acceso, rectificación, cancelación y oposición)</source>
        <translation>ARCO rights (access, rectification, cancellation and objection)</translation>
    </message>
    <message>
        <source>Personas con solicitud de cancelación:</source>
        <translation>People with a cancellation request:</translation>
    </message>
    <message>
        <source>Solicitud registrada el</source>
        <translation>Request recorded on</translation>
    </message>
    <message>
        <source>Con solicitud de cancelación</source>
        <translation>With a cancellation request</translation>
    </message>
    <message>
        <source>Se eliminará %1. No se puede deshacer; la bitácora solo guardará que se eliminó. Las copias de seguridad anteriores aún contienen sus datos.</source>
        <translation>This deletes %1. It cannot be undone; the audit log will only keep that it was deleted. Earlier backups still contain the data.</translation>
    </message>
    <message>
        <source>Para confirmar, escribe el número de expediente (%1):</source>
        <translation>To confirm, type the case file number (%1):</translation>
    </message>
    <message>
        <source>No se eliminó nada.</source>
        <translation>Nothing was deleted.</translation>
    </message>
    <message>
        <source>Eliminando y limpiando la bóveda…</source>
        <translation>Deleting and cleaning the vault…</translation>
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
    <message>
        <source>Se lo &amp;negaron…</source>
        <translation>It was &amp;refused…</translation>
    </message>
    <message>
        <source>No lo tiene porque se lo negaron: registra la negativa y escribe la carta</source>
        <translation>She does not have it because it was refused: record the refusal and write the letter</translation>
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
    <name>DuplicatesStep</name>
    <message>
        <source>Fila</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Nombre en la hoja</source>
        <translation>Name in the sheet</translation>
    </message>
    <message>
        <source>Nacimiento</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Coincide con</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Decisión</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>mismo nombre y fecha de nacimiento</source>
        <translation>same name and birth date</translation>
    </message>
    <message>
        <source>mismo documento</source>
        <translation>same document</translation>
    </message>
    <message>
        <source>la fila %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>el expediente %1</source>
        <translation>case file %1</translation>
    </message>
    <message>
        <source>una persona de la bóveda</source>
        <translation>someone in the vault</translation>
    </message>
    <message>
        <source>Omitir</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Unir</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Conservar ambas</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Sin decidir</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>Si se une: %1</source>
        <translation>If merged: %1</translation>
    </message>
    <message>
        <source>Posibles duplicados: elige qué hacer con cada fila. «Unir» agrega a la persona que ya existe lo que le falta, sin cambiar lo que ya tiene.</source>
        <translation>Possible duplicates: choose what to do with each row. “Merge” adds to the person already there what her record lacks, without changing what it has.</translation>
    </message>
    <message>
        <source>Omi&amp;tir la fila</source>
        <translation>Skip &amp;this row</translation>
    </message>
    <message>
        <source>&amp;Unir</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>&amp;Conservar ambas</source>
        <translation>&amp;Keep both</translation>
    </message>
    <message>
        <source>Omitir todas</source>
        <translation>Skip all</translation>
    </message>
    <message>
        <source>Unir todas</source>
        <translation>Merge all</translation>
    </message>
    <message>
        <source>Conservar todas</source>
        <translation>Keep all</translation>
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
    <name>EnrolForm</name>
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
    <name>HandoffDialog</name>
    <message>
        <source>Enviar expediente a %1</source>
        <translation>Send the case file to %1</translation>
    </message>
    <message>
        <source>Su registro de persona siempre va. Marca solo lo que ella eligió enviar; la vista previa muestra exactamente lo que lleva el paquete cifrado.</source>
        <translation>Her person record always goes. Tick only what she chose to send; the preview shows exactly what the encrypted package holds.</translation>
    </message>
    <message>
        <source>&amp;Familiares que ella nombra:</source>
        <translation>&amp;Relatives she names:</translation>
    </message>
    <message>
        <source>&amp;Notas:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Ad&amp;juntos:</source>
        <translation>Attach&amp;ments:</translation>
    </message>
    <message>
        <source>Estado de sus &amp;documentos</source>
        <translation>Her &amp;documents&apos; status</translation>
    </message>
    <message>
        <source>&amp;Trámites, barreras y lo que se hizo</source>
        <translation>Attempts, &amp;barriers and what was done</translation>
    </message>
    <message>
        <source>&amp;Vista previa</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>Enviar por la &amp;red</source>
        <translation>Send through the &amp;network</translation>
    </message>
    <message>
        <source>Expediente enviado por la red.</source>
        <translation>Case file sent through the network.</translation>
    </message>
    <message>
        <source>Sin conexión con el servidor de la red: el expediente espera en la bandeja de salida.</source>
        <translation>The network hub cannot be reached: the case file waits in the outbox.</translation>
    </message>
    <message>
        <source>Guardar paquete cifrado</source>
        <translation>Save encrypted package</translation>
    </message>
    <message>
        <source>Paquetes (*.sdhandoff)</source>
        <translation>Packages (*.sdhandoff)</translation>
    </message>
</context>
<context>
    <name>HandoffPreview</name>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Familiar</source>
        <translation>Relative</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Trámite</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Adjunto</source>
        <translation>Attachment</translation>
    </message>
</context>
<context>
    <name>HelperForm</name>
    <message>
        <source>Agregador auxiliar (suma por partes secretas)</source>
        <translation>Helper aggregator (secret-share sums)</translation>
    </message>
    <message>
        <source>Dirección del a&amp;gregador auxiliar:</source>
        <translation>Helper aggre&amp;gator&apos;s address:</translation>
    </message>
    <message>
        <source>Código de inscripción del a&amp;uxiliar:</source>
        <translation>Helper&apos;s enrolment to&amp;ken:</translation>
    </message>
    <message>
        <source>Certificado propio de la red…</source>
        <translation>The network&apos;s own certificate…</translation>
    </message>
    <message>
        <source>&amp;Inscribirse en el agregador auxiliar</source>
        <translation>&amp;Enrol on the helper aggregator</translation>
    </message>
    <message>
        <source>Esta red suma por partes secretas: una parte de las cifras va al hub y la otra a este segundo servidor, que lleva otra organización. Pide un código de inscripción a quien lo administra; se usa la misma llave de la organización.</source>
        <translation>This network adds up by secret shares: one share of the counts goes to the hub and the other to this second server, run by another organisation. Ask whoever runs it for an enrolment token; the organisation&apos;s same key is used.</translation>
    </message>
    <message>
        <source>Inscrita como %1 en %2.
Huella del agregador auxiliar: %3</source>
        <translation>Enrolled as %1 on %2.
The helper aggregator&apos;s fingerprint: %3</translation>
    </message>
    <message>
        <source>Conectando con el agregador auxiliar…</source>
        <translation>Connecting to the helper aggregator…</translation>
    </message>
    <message>
        <source>Listo: la organización está inscrita en el agregador auxiliar.</source>
        <translation>Done: the organisation is enrolled on the helper aggregator.</translation>
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
        <source>Listo: la organización se unió a la red.</source>
        <translation>Done: the organisation joined the network.</translation>
    </message>
    <message>
        <source>Servidor de la red</source>
        <translation>Network server</translation>
    </message>
    <message>
        <source>&amp;Dirección del servidor:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Código de i&amp;nscripción:</source>
        <translation>E&amp;nrolment code:</translation>
    </message>
    <message>
        <source>Certificado &amp;propio de la red…</source>
        <translation>Network&apos;s own &amp;certificate…</translation>
    </message>
    <message>
        <source>&amp;Unirse a la red</source>
        <translation>&amp;Join the network</translation>
    </message>
    <message>
        <source>&amp;Enviar ahora</source>
        <translation>&amp;Send now</translation>
    </message>
    <message>
        <source>Esta organización aún no está unida a la red. Pide un código de inscripción a quien administra el servidor de la red.</source>
        <translation>This organisation has not joined the network yet. Ask whoever runs the network server for an enrolment code.</translation>
    </message>
    <message>
        <source>Unida como %1 a %2.
Huella del servidor de la red: %3</source>
        <translation>Joined as %1 to %2.
Network server fingerprint: %3</translation>
    </message>
    <message>
        <source>Conectando con el servidor de la red…</source>
        <translation>Connecting to the network server…</translation>
    </message>
    <message>
        <source>No se pudo contactar al servidor de la red. Los informes siguen en la bandeja de salida (%1) y se enviarán en la próxima sincronización.</source>
        <translation>Could not reach the network server. The reports stay in the outbox (%1) and will be sent at the next sync.</translation>
    </message>
    <message>
        <source>Enviados: %1. Rechazados: %2. Documentos nuevos en la biblioteca: %3.</source>
        <translation>Sent: %1. Refused: %2. New documents in the library: %3.</translation>
    </message>
    <message>
        <source>Parte de %1 (revisión %2) enviada al hub.</source>
        <translation>Share of %1 (revision %2) sent to the hub.</translation>
    </message>
    <message>
        <source>Parte de %1 (revisión %2) enviada al agregador auxiliar.</source>
        <translation>Share of %1 (revision %2) sent to the helper aggregator.</translation>
    </message>
    <message>
        <source>Parte de %1 (revisión %2) rechazada por el hub: %3</source>
        <translation>Share of %1 (revision %2) refused by the hub: %3</translation>
    </message>
    <message>
        <source>Parte de %1 (revisión %2) rechazada por el agregador auxiliar: %3</source>
        <translation>Share of %1 (revision %2) refused by the helper aggregator: %3</translation>
    </message>
    <message>
        <source>El hub de la red no respondió; su parte queda en espera.</source>
        <translation>The network&apos;s hub did not answer; its share waits.</translation>
    </message>
    <message>
        <source>El agregador auxiliar no respondió; la parte queda en espera.</source>
        <translation>The helper aggregator did not answer; its share waits.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Elegir hoja de cálculo</source>
        <translation>Choose a spreadsheet</translation>
    </message>
    <message>
        <source>Hojas de cálculo (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Fila</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Columna</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problema</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>1 expediente</source>
        <translation>1 case file</translation>
    </message>
    <message>
        <source>%1 expedientes</source>
        <translation>%1 case files</translation>
    </message>
    <message>
        <source>1 documento</source>
        <translation>1 document</translation>
    </message>
    <message>
        <source>%1 documentos</source>
        <translation>%1 documents</translation>
    </message>
    <message>
        <source>Listo: no se importó nada.</source>
        <translation>Done: nothing was imported.</translation>
    </message>
    <message>
        <source>Listo: se importó %1.</source>
        <translation>Done: imported %1.</translation>
    </message>
    <message>
        <source>%1 y %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Listo: se importaron %1.</source>
        <translation>Done: imported %1.</translation>
    </message>
    <message>
        <source>1 fila se unió a una persona que ya existía.</source>
        <translation>1 row was merged into someone already there.</translation>
    </message>
    <message>
        <source>%1 filas se unieron a personas que ya existían.</source>
        <translation>%1 rows were merged into people already there.</translation>
    </message>
    <message>
        <source>Se omitió 1 posible duplicado.</source>
        <translation>1 possible duplicate was skipped.</translation>
    </message>
    <message>
        <source>Se omitieron %1 posibles duplicados.</source>
        <translation>%1 possible duplicates were skipped.</translation>
    </message>
    <message>
        <source>Se omitió 1 fila con errores.</source>
        <translation>1 row with errors was skipped.</translation>
    </message>
    <message>
        <source>Se omitieron %1 filas con errores.</source>
        <translation>%1 rows with errors were skipped.</translation>
    </message>
    <message>
        <source>Cancelando… no se guardará nada.</source>
        <translation>Cancelling… nothing will be saved.</translation>
    </message>
    <message>
        <source>La hoja tiene 1 fila.</source>
        <translation>The sheet has 1 row.</translation>
    </message>
    <message>
        <source>La hoja tiene %1 filas.</source>
        <translation>The sheet has %1 rows.</translation>
    </message>
    <message>
        <source>1 está lista para importar.</source>
        <translation>1 is ready to import.</translation>
    </message>
    <message>
        <source>%1 están listas para importar.</source>
        <translation>%1 are ready to import.</translation>
    </message>
    <message>
        <source>Ninguna está lista para importar.</source>
        <translation>None is ready to import.</translation>
    </message>
    <message>
        <source>1 tiene errores.</source>
        <translation>1 has errors.</translation>
    </message>
    <message>
        <source>%1 tienen errores.</source>
        <translation>%1 have errors.</translation>
    </message>
    <message>
        <source>1 es un posible duplicado.</source>
        <translation>1 is a possible duplicate.</translation>
    </message>
    <message>
        <source>%1 son posibles duplicados.</source>
        <translation>%1 are possible duplicates.</translation>
    </message>
    <message>
        <source>Todavía no se ha guardado nada.</source>
        <translation>Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>Corrige la hoja para poder importar.</source>
        <translation>Correct the sheet to be able to import.</translation>
    </message>
    <message>
        <source>Marca «Omitir las filas con errores» o corrige la hoja para poder importar.</source>
        <translation>Tick “Skip the rows with errors” or correct the sheet to be able to import.</translation>
    </message>
    <message>
        <source>Decide qué hacer con cada posible duplicado para poder importar.</source>
        <translation>Decide what to do with each possible duplicate to be able to import.</translation>
    </message>
    <message>
        <source>Importar hoja de cálculo</source>
        <translation>Import a spreadsheet</translation>
    </message>
    <message>
        <source>Elige un archivo CSV o Excel (.xlsx) con una persona por fila y los encabezados en la primera fila. Antes de guardar nada se revisa cada fila.</source>
        <translation>Choose a CSV or Excel (.xlsx) file with one person per row and the headers in the first row. Every row is checked before anything is saved.</translation>
    </message>
    <message>
        <source>&amp;Elegir archivo…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>&amp;Revisar las filas</source>
        <translation>&amp;Check the rows</translation>
    </message>
    <message>
        <source>&amp;Omitir las filas con errores</source>
        <translation>&amp;Skip the rows with errors</translation>
    </message>
    <message>
        <source>&amp;Importar</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Volver a las columnas</source>
        <translation>&amp;Back to the columns</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Trabajando…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Unirme a un albergue</source>
        <translation>Join a shelter</translation>
    </message>
    <message>
        <source>&amp;Unirme</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <source>En la computadora que ya tiene la bóveda, elige Ajustes → Equipo → «Agregar una computadora del equipo» y copia aquí lo que muestra.</source>
        <translation>On the computer that already has the vault, choose Settings → Team → “Add a team computer” and copy here what it shows.</translation>
    </message>
    <message>
        <source>&amp;Código de emparejamiento:</source>
        <translation>Pairing &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Identificador:</source>
        <translation>&amp;Identifier:</translation>
    </message>
    <message>
        <source>&amp;Dirección:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Nombre de &amp;esta computadora:</source>
        <translation>&amp;This computer&apos;s name:</translation>
    </message>
    <message>
        <source>Tu nom&amp;bre para entrar:</source>
        <translation>Your sign-in &amp;name:</translation>
    </message>
    <message>
        <source>Tu &amp;contraseña:</source>
        <translation>Your &amp;passphrase:</translation>
    </message>
    <message>
        <source>1234-5678, o el texto del código QR</source>
        <translation>1234-5678, or the QR code&apos;s text</translation>
    </message>
    <message>
        <source>La misma que usas en la otra computadora</source>
        <translation>The same one you use on the other computer</translation>
    </message>
    <message>
        <source>Comprueba que la otra pantalla muestre el identificador %1. Si no es el mismo, no sigas: esta computadora solo acepta esa.</source>
        <translation>Check that the other screen shows the identifier %1. If it is not the same, stop: this computer accepts only that one.</translation>
    </message>
    <message>
        <source>El identificador aparece en la otra pantalla, debajo del código.</source>
        <translation>The identifier is on the other screen, below the code.</translation>
    </message>
    <message>
        <source>Recibiendo la bóveda de la otra computadora…</source>
        <translation>Receiving the vault from the other computer…</translation>
    </message>
</context>
<context>
    <name>KeyPanel</name>
    <message>
        <source>Seguridad de la bóveda</source>
        <translation>Vault security</translation>
    </message>
    <message>
        <source>Cambiar la llave maestra vuelve a cifrar la bóveda con una llave nueva. Las cuentas activas y el código de recuperación siguen sirviendo. Se hace sola al quitar una cuenta. Las copias hechas antes siguen abriéndose con las llaves de entonces: después, haz una copia de seguridad nueva y destruye las anteriores.</source>
        <translation>Changing the master key re-encrypts the vault under a new key. Active accounts and the recovery code keep working. It happens by itself when an account is removed. Copies made before still open with the keys of their day: afterwards, make a new backup and destroy the old ones.</translation>
    </message>
    <message>
        <source>Cambiar la &amp;llave maestra…</source>
        <translation>Change the master &amp;key…</translation>
    </message>
    <message>
        <source>&amp;Reemplazar las copias de una memoria USB…</source>
        <translation>&amp;Replace the backups on a USB stick…</translation>
    </message>
    <message>
        <source>Cada copia de seguridad de la carpeta se reemplaza por una copia comprobada con la llave nueva; si la memoria se desconecta, la copia anterior queda intacta.</source>
        <translation>Each backup in the folder is replaced by a checked backup under the new key; if the stick is unplugged, the previous backup stays intact.</translation>
    </message>
    <message>
        <source>&amp;Borrar la bóveda tras este número de intentos fallidos:</source>
        <translation>&amp;Wipe the vault after this many failed attempts:</translation>
    </message>
    <message>
        <source>Costo: si alguien se equivoca de contraseña tantas veces seguidas, los datos de esta computadora se borran para siempre, también para el código de recuperación. Solo una copia de seguridad los recupera.</source>
        <translation>Cost: if someone gets the passphrase wrong that many times in a row, the data on this computer is erased for good, for the recovery code too. Only a backup brings it back.</translation>
    </message>
    <message>
        <source>Contraseña de &amp;coacción…</source>
        <translation>&amp;Duress passphrase…</translation>
    </message>
    <message>
        <source>Si alguien te obliga a abrir la bóveda, escribe esta contraseña: la bóveda se borra sin aviso y se ve una bóveda nueva y vacía. Costo: quien la escriba por error pierde todo lo que no esté en una copia de seguridad.</source>
        <translation>If someone forces you to open the vault, type this passphrase: the vault is erased without warning and a new, empty vault appears. Cost: whoever types it by mistake loses everything that is not in a backup.</translation>
    </message>
    <message>
        <source>Cambiar la llave maestra</source>
        <translation>Change the master key</translation>
    </message>
    <message>
        <source>¿Cambiar ahora la llave maestra? Tarda hasta un minuto; mientras tanto no se puede usar la bóveda.</source>
        <translation>Change the master key now? It takes up to a minute; meanwhile the vault cannot be used.</translation>
    </message>
    <message>
        <source>Cambiando la llave maestra…</source>
        <translation>Changing the master key…</translation>
    </message>
    <message>
        <source>Llave maestra nueva (generación %1).</source>
        <translation>New master key (generation %1).</translation>
    </message>
    <message>
        <source>Código de recuperación nuevo</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <source>Esta bóveda tenía un código de recuperación antiguo; este es el nuevo. Escríbelo en papel ahora: el anterior ya no sirve.

%1</source>
        <translation>This vault had an old-style recovery code; this is the new one. Write it on paper now: the old one no longer works.

%1</translation>
    </message>
    <message>
        <source>Falta cambiar la llave maestra: se quitó a alguien del equipo y la llave todavía es la de antes. Cámbiala ahora con el botón de arriba.</source>
        <translation>The master key still has to change: someone was removed from the team and the key is still the old one. Change it now with the button above.</translation>
    </message>
    <message>
        <source>Carpeta con copias de seguridad</source>
        <translation>Folder with backups</translation>
    </message>
    <message>
        <source>Reemplazando las copias de seguridad…</source>
        <translation>Replacing the backups…</translation>
    </message>
    <message>
        <source>Copias reemplazadas con la llave nueva: %1.</source>
        <translation>Backups replaced under the new key: %1.</translation>
    </message>
    <message>
        <source>Contraseña de coacción</source>
        <translation>Duress passphrase</translation>
    </message>
    <message>
        <source>Contraseña de coacción (vacía para quitarla):</source>
        <translation>Duress passphrase (empty to remove it):</translation>
    </message>
    <message>
        <source>Contraseña de coacción guardada.</source>
        <translation>Duress passphrase saved.</translation>
    </message>
    <message>
        <source>Contraseña de coacción quitada.</source>
        <translation>Duress passphrase removed.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Escribir una carta</source>
        <translation>Write a letter</translation>
    </message>
    <message>
        <source>&amp;Plantilla:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>&amp;Idioma de la carta:</source>
        <translation>Letter &amp;language:</translation>
    </message>
    <message>
        <source>&amp;Lugar de firma:</source>
        <translation>&amp;Place of signing:</translation>
    </message>
    <message>
        <source>&amp;Domicilio para notificaciones:</source>
        <translation>&amp;Address for notifications:</translation>
    </message>
    <message>
        <source>Por ejemplo: Tapachula, Chiapas</source>
        <translation>For example: Tapachula, Chiapas</translation>
    </message>
    <message>
        <source>El del albergue; si lo deja vacío, la carta trae una línea para escribirlo a mano</source>
        <translation>The shelter&apos;s; left empty, the letter has a line to write it in by hand</translation>
    </message>
    <message>
        <source>Texto de la carta</source>
        <translation>Letter text</translation>
    </message>
    <message>
        <source>La carta se llenó con los datos del expediente y cita, los más específicos primero, los artículos que aplican a esta negativa. Revísala y corrígela aquí; al cambiar de plantilla, de idioma o de fundamentos se vuelve a llenar.</source>
        <translation>The letter was filled from the case file and cites, most specific first, the articles that apply to this refusal. Read and correct it here; changing the template, the language or the provisions fills it again.</translation>
    </message>
    <message>
        <source>Estas plantillas agregadas no se cargaron:</source>
        <translation>These added templates were not loaded:</translation>
    </message>
    <message>
        <source>&amp;Guardar PDF en el expediente</source>
        <translation>&amp;Save PDF in the case file</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fundamentos adicionales (marque los que quiera citar también):</source>
        <translation>Additional provisions (tick those you also want to cite):</translation>
    </message>
    <message>
        <source>Fundamentos adicionales</source>
        <translation>Additional provisions</translation>
    </message>
    <message>
        <source>⚑ Por confirmar: %1 se cita sin transcribirlo; su texto oficial aún no se ha cotejado.</source>
        <translation>⚑ To be confirmed: %1 is cited without quoting it; its official text has not been checked yet.</translation>
    </message>
    <message>
        <source>Carta «%1» guardada en Adjuntos el %2.</source>
        <translation>Letter “%1” saved in Attachments on %2.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Biblioteca de la red</source>
        <translation>Network library</translation>
    </message>
    <message>
        <source>Protocolos y guías de la red, guardados en este equipo: se pueden leer sin internet. Se actualizan al sincronizar con el servidor de la red.</source>
        <translation>The network&apos;s protocols and guides, kept on this computer: they can be read without internet. They are updated when syncing with the network server.</translation>
    </message>
    <message>
        <source>Elige un documento de la lista para leerlo.</source>
        <translation>Choose a document from the list to read it.</translation>
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
        <source>Red</source>
        <translation>Network</translation>
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
        <source>Mostrar u ocultar el menú de secciones</source>
        <translation>Show or hide the sections menu</translation>
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
        <source>A&amp;yuda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Acerca de Shelter Desk…</source>
        <translation>&amp;About Shelter Desk…</translation>
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
    <name>MappingStep</name>
    <message>
        <source>Indica qué contiene cada columna de la hoja. Las columnas marcadas «No importar» se dejan fuera.</source>
        <translation>Say what each column of the sheet holds. Columns marked &apos;Do not import&apos; are left out.</translation>
    </message>
    <message>
        <source>No importar</source>
        <translation>Do not import</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Personas sin consentimiento para estadísticas, que no se cuentan: %1.</source>
        <translation>People without a statistics consent, who are not counted: %1.</translation>
    </message>
    <message>
        <source>El informe lo dice como «&lt; %1».</source>
        <translation>The report says &apos;&lt; %1&apos;.</translation>
    </message>
    <message>
        <source>Huella de la llave de la organización: %1</source>
        <translation>Organisation key fingerprint: %1</translation>
    </message>
    <message>
        <source>Última revisión aprobada: %1, en la bandeja de salida.</source>
        <translation>Latest approved revision: %1, in the outbox.</translation>
    </message>
    <message>
        <source>Primero aprueba y firma el informe.</source>
        <translation>First approve and sign the report.</translation>
    </message>
    <message>
        <source>Esta red suma por partes secretas: lo aprobado sale solo como dos partes, una a cada servidor, no como archivo.</source>
        <translation>This network adds up by secret shares: what is approved leaves only as two shares, one to each server, not as a file.</translation>
    </message>
    <message>
        <source>Revisión %1 del mes de %2, todavía sin aprobar.</source>
        <translation>Revision %1 for %2, not approved yet.</translation>
    </message>
    <message>
        <source>Revisión %1 del %2, todavía sin aprobar.</source>
        <translation>Revision %1 of %2, not approved yet.</translation>
    </message>
    <message>
        <source>Las cifras menores que %1 se ocultan (regla de la red).</source>
        <translation>Counts below %1 are withheld (the network&apos;s rule).</translation>
    </message>
    <message>
        <source>Las tablas se ven exactamente como se enviarán. «oculta»: una cifra que no se envía porque es menor que %1, o porque con ella se podría deducir otra menor que %1. Ninguna cifra oculta se puede calcular con los totales, con las otras tablas ni con una revisión anterior.</source>
        <translation>The tables look exactly as they will be sent. “withheld”: a count that is not sent because it is below %1, or because another count below %1 could be worked out from it. No withheld count can be calculated from the totals, the other tables or an earlier revision.</translation>
    </message>
    <message>
        <source>el hub</source>
        <translation>the hub</translation>
    </message>
    <message>
        <source>el agregador auxiliar</source>
        <translation>the helper aggregator</translation>
    </message>
    <message>
        <source>Revisión %1, parte para %2: enviada.</source>
        <translation>Revision %1, share for %2: sent.</translation>
    </message>
    <message>
        <source>Revisión %1, parte para %2: rechazada: %3</source>
        <translation>Revision %1, share for %2: refused: %3</translation>
    </message>
    <message>
        <source>Revisión %1, parte para %2: en la bandeja de salida, en espera de enviarse.</source>
        <translation>Revision %1, share for %2: in the outbox, waiting to be sent.</translation>
    </message>
    <message>
        <source>Aprobar el informe</source>
        <translation>Approve the report</translation>
    </message>
    <message>
        <source>¿Aprobar y firmar la revisión %1 de %2? Se guardará en la bandeja de salida tal como la ves.</source>
        <translation>Approve and sign revision %1 of %2? It will be put in the outbox exactly as you see it.</translation>
    </message>
    <message>
        <source>Revisión %1 aprobada y firmada; está en la bandeja de salida.</source>
        <translation>Revision %1 approved and signed; it is in the outbox.</translation>
    </message>
    <message>
        <source>¿Aprobar y firmar la revisión %1 de %2? Estas cifras exactas se partirán en dos partes secretas, una para el hub y otra para el agregador auxiliar, y quedarán en la bandeja de salida.</source>
        <translation>Approve and sign revision %1 of %2? These exact counts will be split into two secret shares, one for the hub and one for the helper aggregator, and kept in the outbox.</translation>
    </message>
    <message>
        <source>Revisión %1 aprobada y firmada: sus dos partes están en la bandeja de salida, una para cada servidor.</source>
        <translation>Revision %1 approved and signed: its two shares are in the outbox, one for each server.</translation>
    </message>
    <message>
        <source>Informe firmado (*.sdreport)</source>
        <translation>Signed report (*.sdreport)</translation>
    </message>
    <message>
        <source>Informe firmado guardado en %1</source>
        <translation>Signed report saved to %1</translation>
    </message>
    <message>
        <source>Correspondencias DHIS2 de la red</source>
        <translation>The network&apos;s DHIS2 mapping</translation>
    </message>
    <message>
        <source>Archivo JSON (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <source>Valores DHIS2 guardados en %1</source>
        <translation>DHIS2 values saved to %1</translation>
    </message>
    <message>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Periodo:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Preparando el informe para la red</source>
        <translation>Preparing the report for the network</translation>
    </message>
    <message>
        <source>&amp;Aprobar y firmar…</source>
        <translation>&amp;Approve and sign…</translation>
    </message>
    <message>
        <source>&amp;Guardar .sdreport…</source>
        <translation>&amp;Save .sdreport…</translation>
    </message>
    <message>
        <source>Exportar para &amp;DHIS2…</source>
        <translation>Export for &amp;DHIS2…</translation>
    </message>
    <message>
        <source>Puedes revisar el informe, pero solo una coordinadora puede aprobar envíos a la red.</source>
        <translation>You can review the report, but only a coordinator can approve what is sent to the network.</translation>
    </message>
    <message>
        <source>&amp;Tabla:</source>
        <translation>&amp;Table:</translation>
    </message>
</context>
<context>
    <name>NetworkSection</name>
    <message>
        <source>&amp;Informe para la red</source>
        <translation>&amp;Report for the network</translation>
    </message>
    <message>
        <source>&amp;Conexión con la red</source>
        <translation>&amp;Connection with the network</translation>
    </message>
    <message>
        <source>Casos reci&amp;bidos</source>
        <translation>Recei&amp;ved cases</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Contraseña nueva</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Contraseña nueva para «%1». Su contraseña anterior deja de servir. Que la escriba ella, o dísela en privado.</source>
        <translation>New passphrase for “%1”. Her old passphrase stops working. Let her type it, or tell it to her in private.</translation>
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
    <name>OrganisationKeysDialog</name>
    <message>
        <source>CAMBIÓ: por confirmar</source>
        <translation>CHANGED: to be confirmed</translation>
    </message>
    <message>
        <source>Confirmada</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Servidor de la red</source>
        <translation>Network hub</translation>
    </message>
    <message>
        <source>Archivo</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Huella</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <source>De dónde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Claves de las organizaciones</source>
        <translation>Organisations&apos; keys</translation>
    </message>
    <message>
        <source>Solo se envían expedientes a estas organizaciones, y solo se aceptan los que ellas firman. Para estar segura, llama a la organización y lean la huella en voz alta: debe ser idéntica.</source>
        <translation>Case files are sent only to these organisations, and only those they sign are accepted. To be sure, call the organisation and read the fingerprint aloud together: it must be identical.</translation>
    </message>
    <message>
        <source>La huella de tu organización (para leerla a otras):</source>
        <translation>Your organisation&apos;s fingerprint (to read to others):</translation>
    </message>
    <message>
        <source>&amp;Confirmar la clave nueva…</source>
        <translation>&amp;Confirm the new key…</translation>
    </message>
    <message>
        <source>&amp;Importar un archivo de claves…</source>
        <translation>&amp;Import a key file…</translation>
    </message>
    <message>
        <source>&amp;Guardar nuestras claves en un archivo…</source>
        <translation>&amp;Save our keys to a file…</translation>
    </message>
    <message>
        <source>Clave nueva de «%1» confirmada.</source>
        <translation>New key of “%1” confirmed.</translation>
    </message>
    <message>
        <source>Claves de «%1» leídas. Huella: %2</source>
        <translation>Keys of “%1” read. Fingerprint: %2</translation>
    </message>
    <message>
        <source>Confirmar la clave nueva</source>
        <translation>Confirm the new key</translation>
    </message>
    <message>
        <source>Llama a «%1» y pide que te lean su huella. Escríbela aquí tal como la oyes (los espacios no importan). Huella nueva que recibió esta computadora:
%2</source>
        <translation>Call “%1” and ask them to read you their fingerprint. Type it here as you hear it (spaces do not matter). New fingerprint this computer received:
%2</translation>
    </message>
    <message>
        <source>Archivo de claves</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>Claves (*.sdkeys)</source>
        <translation>Keys (*.sdkeys)</translation>
    </message>
    <message>
        <source>Guardar nuestras claves</source>
        <translation>Save our keys</translation>
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
    <message>
        <source>Nació en &amp;México (es mexicana o mexicano)</source>
        <translation>Born in &amp;Mexico (Mexican)</translation>
    </message>
    <message>
        <source>Guardar y agregar &amp;hijas e hijos…</source>
        <translation>Save and add &amp;children…</translation>
    </message>
    <message>
        <source>Guardar y agregar &amp;otra persona</source>
        <translation>Save and add &amp;another person</translation>
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
        <source>N&amp;ombre:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Ciu&amp;dad:</source>
        <translation>Ci&amp;ty:</translation>
    </message>
    <message>
        <source>Es&amp;tado (entidad federativa):</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <source>Ser&amp;vicios (separados por comas):</source>
        <translation>Ser&amp;vices (comma-separated):</translation>
    </message>
    <message>
        <source>Cont&amp;acto:</source>
        <translation>C&amp;ontact:</translation>
    </message>
    <message>
        <source>&amp;Publicar perfil</source>
        <translation>&amp;Publish profile</translation>
    </message>
    <message>
        <source>Podrás publicar el perfil cuando la organización se una a la red.</source>
        <translation>You can publish the profile once the organisation joins the network.</translation>
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
    <name>ReceivedCasesPage</name>
    <message>
        <source>Por revisar</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Aceptado</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rechazado</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Vencido</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Recibido</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vence</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Expedientes que otras organizaciones de la red te enviaron, cifrados. Revisa su contenido antes de aceptarlo; si lo rechazas, no se guarda nada de ella.</source>
        <translation>Case files other organisations of the network sent you, encrypted. Review the contents before accepting; if you decline, nothing about her is kept.</translation>
    </message>
    <message>
        <source>Abrir &amp;paquete recibido…</source>
        <translation>Open received &amp;package…</translation>
    </message>
    <message>
        <source>&amp;Vista previa</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>&amp;Aceptar y abrir expediente…</source>
        <translation>&amp;Accept and open a case file…</translation>
    </message>
    <message>
        <source>&amp;Rechazar…</source>
        <translation>&amp;Decline…</translation>
    </message>
    <message>
        <source>&amp;Enviar y recibir por la red</source>
        <translation>S&amp;end and receive through the network</translation>
    </message>
    <message>
        <source>&amp;Claves…</source>
        <translation>&amp;Keys…</translation>
    </message>
    <message>
        <source>Paquete de «%1» recibido. Revisa la vista previa.</source>
        <translation>Package from “%1” received. Check the preview.</translation>
    </message>
    <message>
        <source>Recibidos: %1. Enviados: %2. Respuestas: %3.</source>
        <translation>Received: %1. Sent: %2. Answers: %3.</translation>
    </message>
    <message>
        <source>Sin conexión con el servidor de la red: %1 paquete(s) esperan en la bandeja de salida.</source>
        <translation>The network hub cannot be reached: %1 package(s) wait in the outbox.</translation>
    </message>
    <message>
        <source>Expediente abierto con lo recibido.</source>
        <translation>Case file opened with what was received.</translation>
    </message>
    <message>
        <source>Rechazado: no se guardó nada del paquete.</source>
        <translation>Declined: nothing of the package was kept.</translation>
    </message>
    <message>
        <source>No se pudo enviar la respuesta por el servidor de la red: guarda el acuse y envíalo como archivo.</source>
        <translation>The answer could not be sent through the network hub: save the acknowledgement and send it as a file.</translation>
    </message>
    <message>
        <source>Paquete recibido</source>
        <translation>Received package</translation>
    </message>
    <message>
        <source>Paquetes (*.sdhandoff)</source>
        <translation>Packages (*.sdhandoff)</translation>
    </message>
    <message>
        <source>Rechazar</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>¿Por qué? (la organización lo verá)</source>
        <translation>Why? (the organisation will see it)</translation>
    </message>
    <message>
        <source>Guardar el acuse de recibo para quien lo envió</source>
        <translation>Save the acknowledgement for the sender</translation>
    </message>
    <message>
        <source>Acuses (*.sdack)</source>
        <translation>Acknowledgements (*.sdack)</translation>
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
    <name>ReferralConsentDialog</name>
    <message>
        <source>Consentimiento para canalizar</source>
        <translation>Referral consent</translation>
    </message>
    <message>
        <source>Registra que ella acepta ser canalizada para este tipo de servicio. Para enviar su expediente a otra organización, nombra la organización.</source>
        <translation>Record that she agrees to be referred for this type of service. To send her file to another organisation, name the organisation.</translation>
    </message>
    <message>
        <source>Persona:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>&amp;Tipo de servicio:</source>
        <translation>Service &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Organización:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Cualquier organización</source>
        <translation>Any organisation</translation>
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
    <message>
        <source>&amp;Tipo de servicio:</source>
        <translation>Service &amp;type:</translation>
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
    <message>
        <source>Enviar e&amp;xpediente…</source>
        <translation>Send the case &amp;file…</translation>
    </message>
</context>
<context>
    <name>RemovalDialog</name>
    <message>
        <source>Quitar del equipo</source>
        <translation>Remove from the team</translation>
    </message>
    <message>
        <source>¿Quitar a «%1» del equipo?</source>
        <translation>Remove “%1” from the team?</translation>
    </message>
    <message>
        <source>• Su contraseña deja de abrir la bóveda.
• La llave maestra cambia: tarda hasta un minuto y mientras tanto no se puede usar la bóveda. Las demás cuentas y el código de recuperación siguen sirviendo, sin escribir nada nuevo.
• Lo que copie de la bóveda desde ahora (también keys.json) no se abre con su contraseña.
• Sus notas y lo que hizo se quedan en los expedientes, con su nombre.</source>
        <translation>• Her passphrase stops opening the vault.
• The master key changes: it takes up to a minute, and the vault cannot be used meanwhile. The other accounts and the recovery code keep working, with nothing new to type.
• Whatever she copies from the vault from now on (keys.json too) does not open with her passphrase.
• Her notes and what she did stay in the case files, under her name.</translation>
    </message>
    <message>
        <source>Lo que no se puede deshacer: las copias de la bóveda o de seguridad hechas antes de hoy siguen abriéndose con su contraseña de entonces. Después de quitarla, reemplaza las copias de la memoria USB por copias con la llave nueva y destruye las que ella pudo llevarse.</source>
        <translation>What cannot be undone: copies of the vault or backups made before today still open with her passphrase of then. After removing her, replace the backups on the USB stick with copies under the new key, and destroy any she could have taken.</translation>
    </message>
    <message>
        <source>&amp;Quitar y cambiar la llave maestra</source>
        <translation>&amp;Remove and change the master key</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Número</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>oculta</source>
        <translation>withheld</translation>
    </message>
    <message>
        <source>Cifra oculta: es menor que %1, o con ella se podría deducir una cifra menor que %1. Se envía vacía.</source>
        <translation>Withheld count: it is below %1, or a count below %1 could be worked out from it. It is sent empty.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restaurar copia de seguridad</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Se restaurará %1. La bóveda actual no se borra: se guarda aparte, junto a su carpeta. Escribe el nombre y la contraseña de una coordinadora que existía cuando se hizo la copia, o el código de recuperación de entonces.</source>
        <translation>%1 will be restored. The current vault is not deleted: it is kept aside, next to its folder. Enter the name and passphrase of a coordinator who existed when the backup was made, or the recovery code of that time.</translation>
    </message>
    <message>
        <source>&amp;Nombre para entrar:</source>
        <translation>Sign-in &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>o código de &amp;recuperación:</source>
        <translation>or &amp;recovery code:</translation>
    </message>
    <message>
        <source>&amp;Restaurar</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Comprobando y restaurando la copia…</source>
        <translation>Checking and restoring the backup…</translation>
    </message>
</context>
<context>
    <name>RightsTab</name>
    <message>
        <source>Listo</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Bloqueado</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>En riesgo</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Verificada</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Por confirmar</source>
        <translation>To be confirmed</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Trámite</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Fuente</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Siguiente paso</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Qué puertas le abren sus documentos y los de sus hijas e hijos: cada trámite, listo, bloqueado o en riesgo, con el motivo y el siguiente paso. «Por confirmar» marca, una por una, las citas que no se han verificado en el texto de la ley; la columna Fuente dice si lo que se afirma en la fila ya lo está.</source>
        <translation>Which doors her documents and her children&apos;s open: each procedure, ready, blocked or at risk, with the reason and the next step. «To be confirmed» marks, one by one, the citations not yet checked against the text of the law; the Source column says whether what the row states already is.</translation>
    </message>
    <message>
        <source>Detalle del trámite</source>
        <translation>Procedure details</translation>
    </message>
    <message>
        <source>&amp;Ver:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Todas las personas</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Escri&amp;bir carta…</source>
        <translation>&amp;Write a letter…</translation>
    </message>
    <message>
        <source>por confirmar</source>
        <translation>to be confirmed</translation>
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
    <message>
        <source>&amp;Acerca de Shelter Desk…</source>
        <translation>&amp;About Shelter Desk…</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Personas del equipo</source>
        <translation>Team members</translation>
    </message>
    <message>
        <source>Cada persona entra con su nombre y su propia contraseña. Quien deja el albergue se quita aquí: su contraseña deja de servir y la llave maestra cambia.</source>
        <translation>Each person signs in with her name and her own passphrase. Someone who leaves the shelter is removed here: her passphrase stops working and the master key changes.</translation>
    </message>
    <message>
        <source>A&amp;gregar una persona…</source>
        <translation>A&amp;dd a person…</translation>
    </message>
    <message>
        <source>Contraseña &amp;nueva…</source>
        <translation>&amp;New passphrase…</translation>
    </message>
    <message>
        <source>Para quien olvidó su contraseña.</source>
        <translation>For someone who forgot her passphrase.</translation>
    </message>
    <message>
        <source>&amp;Quitar del equipo…</source>
        <translation>&amp;Remove from the team…</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Función</source>
        <translation>Role</translation>
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
        <source> (tú)</source>
        <translation> (you)</translation>
    </message>
    <message>
        <source>Activa</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Quitada</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>No puedes quitar tu propia cuenta.</source>
        <translation>You cannot remove your own account.</translation>
    </message>
    <message>
        <source>Ya hay una persona activa con ese nombre en el equipo.</source>
        <translation>There is already an active team member with that name.</translation>
    </message>
    <message>
        <source>Agregando a «%1»…</source>
        <translation>Adding “%1”…</translation>
    </message>
    <message>
        <source>«%1» ya puede entrar con su contraseña.</source>
        <translation>“%1” can now sign in with her passphrase.</translation>
    </message>
    <message>
        <source>Guardando la contraseña nueva…</source>
        <translation>Saving the new passphrase…</translation>
    </message>
    <message>
        <source>«%1» ya entra con su contraseña nueva; la anterior no sirve.</source>
        <translation>“%1” now signs in with her new passphrase; the old one no longer works.</translation>
    </message>
    <message>
        <source>Quitando a «%1» y cambiando la llave maestra…</source>
        <translation>Removing “%1” and changing the master key…</translation>
    </message>
    <message>
        <source>Se quitó a «%1»: su contraseña ya no abre la bóveda, pero la llave maestra todavía no cambió.</source>
        <translation>“%1” was removed: her passphrase no longer opens the vault, but the master key has not changed yet.</translation>
    </message>
    <message>
        <source>La llave maestra no cambió</source>
        <translation>The master key did not change</translation>
    </message>
    <message>
        <source>Se quitó a «%1». La llave maestra es nueva (generación %2).</source>
        <translation>“%1” was removed. The master key is new (generation %2).</translation>
    </message>
    <message>
        <source>Copias de seguridad</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Las copias de seguridad hechas antes siguen abriéndose con la contraseña de «%1». ¿Reemplazar ahora las de una memoria USB por copias con la llave nueva? Cada una se comprueba antes de borrar la anterior.</source>
        <translation>Backups made before still open with “%1”&apos;s passphrase. Replace the ones on a USB stick now with copies under the new key? Each is checked before the old one is deleted.</translation>
    </message>
    <message>
        <source>&amp;Reemplazar las copias…</source>
        <translation>&amp;Replace the backups…</translation>
    </message>
    <message>
        <source>Más &amp;tarde</source>
        <translation>&amp;Later</translation>
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
        <source>Expediente</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
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
    <name>TeamPanel</name>
    <message>
        <source>Equipo</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Computadora</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Identificador</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Última sincronización</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>&amp;Formar un equipo con esta computadora</source>
        <translation>&amp;Form a team with this computer</translation>
    </message>
    <message>
        <source>E&amp;xportar cambios a USB…</source>
        <translation>E&amp;xport changes to USB…</translation>
    </message>
    <message>
        <source>&amp;Importar cambios…</source>
        <translation>&amp;Import changes…</translation>
    </message>
    <message>
        <source>A&amp;gregar una computadora del equipo…</source>
        <translation>A&amp;dd a team computer…</translation>
    </message>
    <message>
        <source>&amp;Quitar del equipo</source>
        <translation>&amp;Remove from the team</translation>
    </message>
    <message>
        <source>Conflictos</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Cambiar ahora la &amp;llave maestra de esta computadora</source>
        <translation>Change this computer&apos;s master &amp;key now</translation>
    </message>
    <message>
        <source>Alguien o una computadora salió del equipo: con una llave nueva, lo que se llevó deja de abrir los archivos de esta computadora.</source>
        <translation>Someone or a computer left the team: with a new key, whatever was taken stops opening this computer&apos;s files.</translation>
    </message>
    <message>
        <source>Esta computadora todavía no forma parte de un equipo.</source>
        <translation>This computer is not part of a team yet.</translation>
    </message>
    <message>
        <source>esta computadora</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>quitada del equipo</source>
        <translation>removed from the team</translation>
    </message>
    <message>
        <source>sin sincronizar</source>
        <translation>not synced yet</translation>
    </message>
    <message>
        <source>Hay un conflicto: borrado en una computadora y editado en otra (%1)</source>
        <translation>There is a conflict: deleted on one computer and edited on another (%1)</translation>
    </message>
    <message>
        <source>Hay un conflicto: %1 (%2)</source>
        <translation>There is a conflict: %1 (%2)</translation>
    </message>
    <message>
        <source>Importar cambios</source>
        <translation>Import changes</translation>
    </message>
    <message>
        <source>Cambios de Shelter Desk (*.sdchanges)</source>
        <translation>Shelter Desk changes (*.sdchanges)</translation>
    </message>
    <message>
        <source>Exportar cambios a USB</source>
        <translation>Export changes to USB</translation>
    </message>
    <message>
        <source>Cambiando la llave maestra de esta computadora…</source>
        <translation>Changing this computer&apos;s master key…</translation>
    </message>
    <message>
        <source>Llave maestra nueva (generación %1).</source>
        <translation>New master key (generation %1).</translation>
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
        <source>&amp;Nombre para entrar:</source>
        <translation>Sign-in &amp;name:</translation>
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
        <source>Bóveda de demostración (personas sintéticas): entra como «%1». Su contraseña es pública y está en el README (sección «Set-up») y en el Makefile (DEMO_PASSPHRASE).</source>
        <translation>Demo vault (synthetic people): sign in as «%1». Its passphrase is public and is in the README (section «Set-up») and in the Makefile (DEMO_PASSPHRASE).</translation>
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
        <source>Escribe tu nombre para entrar y tu contraseña.</source>
        <translation>Enter your sign-in name and your passphrase.</translation>
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
    <name>UnreadValues</name>
    <message>
        <source>&amp;Recordar estas respuestas para el próximo archivo</source>
        <translation>&amp;Remember these answers for the next file</translation>
    </message>
    <message>
        <source>&amp;Aplicar las respuestas y revisar de nuevo</source>
        <translation>&amp;Apply the answers and check again</translation>
    </message>
    <message>
        <source>Sin elegir</source>
        <translation>Not chosen</translation>
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
    <message>
        <source>C&amp;rear la bóveda del albergue en esta computadora</source>
        <translation>C&amp;reate the shelter&apos;s vault on this computer</translation>
    </message>
    <message>
        <source>&amp;Unirme a un albergue (otra computadora del equipo ya tiene la bóveda)</source>
        <translation>&amp;Join a shelter (another team computer already has the vault)</translation>
    </message>
</context>
<context>
    <name>access_export</name>
    <message>
        <source>Carpeta para la exportación de sus datos</source>
        <translation>Folder for the export of her data</translation>
    </message>
    <message>
        <source>Exportar datos (acceso)</source>
        <translation>Export data (access)</translation>
    </message>
    <message>
        <source>Se guardaron SIN CIFRAR en %1: un PDF para ella y el mismo contenido en JSON. Entrégaselos y no guardes copias en esta computadora.</source>
        <translation>Saved UNENCRYPTED in %1: a PDF for her and the same content as JSON. Hand them to her and keep no copies on this computer.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>1 mes</source>
        <translation>1 month</translation>
    </message>
    <message>
        <source>{} meses</source>
        <translation>{} months</translation>
    </message>
    <message>
        <source>1 año</source>
        <translation>1 year</translation>
    </message>
    <message>
        <source>{} años</source>
        <translation>{} years</translation>
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
        <source>Femenino</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Masculino</source>
        <translation>Male</translation>
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
    <message>
        <source>Todo tipo de servicio</source>
        <translation>Every type of service</translation>
    </message>
    <message>
        <source>Asesoría jurídica</source>
        <translation>Legal advice</translation>
    </message>
    <message>
        <source>Atención psicosocial</source>
        <translation>Psychosocial care</translation>
    </message>
    <message>
        <source>Salud</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Albergue o refugio</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Protección</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Seguridad</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Coordinadora</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Trabajadora de casos</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>Voluntaria</source>
        <translation>Volunteer</translation>
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
