<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Acerca de Shelter Desk</source>
        <translation>Acerca de Shelter Desk</translation>
    </message>
    <message>
        <source>Expedientes cifrados y sin conexión para albergues que acompañan a mujeres migrantes.</source>
        <translation>Expedientes cifrados y sin conexión para albergues que acompañan a mujeres migrantes.</translation>
    </message>
    <message>
        <source>Shelter Desk es software libre: puedes usarlo, estudiarlo, compartirlo y modificarlo bajo la licencia GNU Affero General Public License, versión 3 o posterior (AGPL-3.0-or-later).</source>
        <translation>Shelter Desk es software libre: puedes usarlo, estudiarlo, compartirlo y modificarlo bajo la licencia GNU Affero General Public License, versión 3 o posterior (AGPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Usa Qt y Qt para Python (PySide6) bajo la licencia GNU Lesser General Public License, versión 3 (LGPLv3). Están enlazados de forma dinámica: sus bibliotecas son archivos aparte, en %1, y puedes reemplazarlas por otra versión compatible, modificada o no. Su código fuente está en https://download.qt.io/ y https://code.qt.io/.</source>
        <translation>Usa Qt y Qt para Python (PySide6) bajo la licencia GNU Lesser General Public License, versión 3 (LGPLv3). Están enlazados de forma dinámica: sus bibliotecas son archivos aparte, en %1, y puedes reemplazarlas por otra versión compatible, modificada o no. Su código fuente está en https://download.qt.io/ y https://code.qt.io/.</translation>
    </message>
    <message>
        <source>&amp;Componentes incluidos:</source>
        <translation>&amp;Componentes incluidos:</translation>
    </message>
    <message>
        <source>Componente</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Versión</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licencia</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>&amp;Texto de la licencia:</source>
        <translation>&amp;Texto de la licencia:</translation>
    </message>
    <message>
        <source>Esta instalación no incluye el texto de esta licencia.</source>
        <translation>Esta instalación no incluye el texto de esta licencia.</translation>
    </message>
</context>
<context>
    <name>AddComputerDialog</name>
    <message>
        <source>Agregar una computadora del equipo</source>
        <translation>Agregar una computadora del equipo</translation>
    </message>
    <message>
        <source>&amp;Cerrar</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Identificador de esta computadora: %1</source>
        <translation>Identificador de esta computadora: %1</translation>
    </message>
    <message>
        <source>En la otra computadora, elige «Unirme a un albergue» y lee este código QR, o escribe el código, el identificador y la dirección. Comprueba que muestre el mismo identificador.</source>
        <translation>En la otra computadora, elige «Unirme a un albergue» y lee este código QR, o escribe el código, el identificador y la dirección. Comprueba que muestre el mismo identificador.</translation>
    </message>
    <message>
        <source>Dirección: %1</source>
        <translation>Dirección: %1</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Agregar una persona al equipo</source>
        <translation>Agregar una persona al equipo</translation>
    </message>
    <message>
        <source>&amp;Nombre:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Función:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Que ella misma escriba su contraseña, sin que nadie más la vea. Una voluntaria ve los expedientes pero no exporta ni administra; una coordinadora puede todo, también quitar personas.</source>
        <translation>Que ella misma escriba su contraseña, sin que nadie más la vea. Una voluntaria ve los expedientes pero no exporta ni administra; una coordinadora puede todo, también quitar personas.</translation>
    </message>
    <message>
        <source>&amp;Agregar</source>
        <translation>&amp;Agregar</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Copia restaurada</source>
        <translation>Copia restaurada</translation>
    </message>
    <message>
        <source>La copia se restauró. La bóveda anterior se guardó aparte en %1. Entra con tu nombre y contraseña.</source>
        <translation>La copia se restauró. La bóveda anterior se guardó aparte en %1. Entra con tu nombre y contraseña.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Archivo adjunto: %1</source>
        <translation>Archivo adjunto: %1</translation>
    </message>
    <message>
        <source>Acercar</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Alejar</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Ajustar a la ventana</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Girar</source>
        <translation>Girar</translation>
    </message>
    <message>
        <source>Página anterior</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Página siguiente</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Este equipo no tiene el visor de PDF instalado (PySide6-Pdf). Pide a quien instaló Shelter Desk que lo agregue.</source>
        <translation>Este equipo no tiene el visor de PDF instalado (PySide6-Pdf). Pide a quien instaló Shelter Desk que lo agregue.</translation>
    </message>
    <message>
        <source>No se puede mostrar este archivo: puede estar dañado o protegido con contraseña.</source>
        <translation>No se puede mostrar este archivo: puede estar dañado o protegido con contraseña.</translation>
    </message>
    <message>
        <source>Página %1 de %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Escaneos y fotos de sus papeles (PDF, JPG o PNG, hasta %1 MB). Se guardan cifrados en la bóveda. Puedes arrastrarlos aquí.</source>
        <translation>Escaneos y fotos de sus papeles (PDF, JPG o PNG, hasta %1 MB). Se guardan cifrados en la bóveda. Puedes arrastrarlos aquí.</translation>
    </message>
    <message>
        <source>&amp;Vincular a:</source>
        <translation>&amp;Vincular a:</translation>
    </message>
    <message>
        <source>&amp;Agregar archivo…</source>
        <translation>&amp;Agregar archivo…</translation>
    </message>
    <message>
        <source>&amp;Ver</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Guardar copia &amp;descifrada…</source>
        <translation>Guardar copia &amp;descifrada…</translation>
    </message>
    <message>
        <source>&amp;Quitar</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Tamaño</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Agregado</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Vinculado a</source>
        <translation>Vinculado a</translation>
    </message>
    <message>
        <source>Todo el expediente</source>
        <translation>Todo el expediente</translation>
    </message>
    <message>
        <source>Documento: %1</source>
        <translation>Documento: %1</translation>
    </message>
    <message>
        <source>Consentimiento: %1</source>
        <translation>Consentimiento: %1</translation>
    </message>
    <message>
        <source>Trámite: %1</source>
        <translation>Trámite: %1</translation>
    </message>
    <message>
        <source>Agregar archivo</source>
        <translation>Agregar archivo</translation>
    </message>
    <message>
        <source>Documentos escaneados (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documentos escaneados (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Cifrando y guardando «%1»…</source>
        <translation>Cifrando y guardando «%1»…</translation>
    </message>
    <message numerus="yes">
        <source>Archivos agregados: %n.</source>
        <translation>
            <numerusform>Archivo agregado: %n.</numerusform>
            <numerusform>Archivos agregados: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Abriendo «%1»…</source>
        <translation>Abriendo «%1»…</translation>
    </message>
    <message>
        <source>Copia sin cifrar</source>
        <translation>Copia sin cifrar</translation>
    </message>
    <message>
        <source>La copia se guardará SIN CIFRAR: cualquiera que use esta computadora o la memoria USB podrá abrirla. Guárdala solo si la necesitas para un trámite y bórrala al terminar. ¿Continuar?</source>
        <translation>La copia se guardará SIN CIFRAR: cualquiera que use esta computadora o la memoria USB podrá abrirla. Guárdala solo si la necesitas para un trámite y bórrala al terminar. ¿Continuar?</translation>
    </message>
    <message>
        <source>Guardar copia descifrada</source>
        <translation>Guardar copia descifrada</translation>
    </message>
    <message>
        <source>Se guardó la copia sin cifrar en %1.</source>
        <translation>Se guardó la copia sin cifrar en %1.</translation>
    </message>
    <message>
        <source>Guardando una copia descifrada de «%1»…</source>
        <translation>Guardando una copia descifrada de «%1»…</translation>
    </message>
    <message>
        <source>Quitar archivo</source>
        <translation>Quitar archivo</translation>
    </message>
    <message>
        <source>¿Quitar «%1» del expediente? Se borrará de la bóveda y no se podrá recuperar.</source>
        <translation>¿Quitar «%1» del expediente? Se borrará de la bóveda y no se podrá recuperar.</translation>
    </message>
    <message>
        <source>Se quitó el archivo.</source>
        <translation>Se quitó el archivo.</translation>
    </message>
</context>
<context>
    <name>AttemptDialog</name>
    <message>
        <source>Registrar trámite</source>
        <translation>Registrar trámite</translation>
    </message>
    <message>
        <source>Trámite registrado</source>
        <translation>Trámite registrado</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Derecho o servicio:</source>
        <translation>&amp;Derecho o servicio:</translation>
    </message>
    <message>
        <source>&amp;Tipo de institución:</source>
        <translation>&amp;Tipo de institución:</translation>
    </message>
    <message>
        <source>&amp;Institución:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>&amp;Fecha:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Resultado:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Documentos &amp;presentados:</source>
        <translation>Documentos &amp;presentados:</translation>
    </message>
    <message>
        <source>&amp;Motivos de la negativa (todos los que dieron):</source>
        <translation>&amp;Motivos de la negativa (todos los que dieron):</translation>
    </message>
    <message>
        <source>Docu&amp;mento del que se trata:</source>
        <translation>Docu&amp;mento del que se trata:</translation>
    </message>
    <message>
        <source>Lo que le &amp;dijeron:</source>
        <translation>Lo que le &amp;dijeron:</translation>
    </message>
    <message>
        <source>(ninguno)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 de %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>&amp;Acción del equipo:</source>
        <translation>&amp;Acción del equipo:</translation>
    </message>
    <message>
        <source>&amp;Seguimiento:</source>
        <translation>&amp;Seguimiento:</translation>
    </message>
    <message>
        <source>Con fecha</source>
        <translation>Con fecha</translation>
    </message>
    <message>
        <source>Fecha de seguimiento</source>
        <translation>Fecha de seguimiento</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Copia de seguridad</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Hacer &amp;copia de seguridad…</source>
        <translation>Hacer &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>Un solo archivo cifrado con toda la bóveda, por ejemplo en una memoria USB. Se abre con las mismas contraseñas.</source>
        <translation>Un solo archivo cifrado con toda la bóveda, por ejemplo en una memoria USB. Se abre con las mismas contraseñas.</translation>
    </message>
    <message>
        <source>&amp;Restaurar una copia…</source>
        <translation>&amp;Restaurar una copia…</translation>
    </message>
    <message>
        <source>A&amp;visar si la última copia tiene más de (días):</source>
        <translation>A&amp;visar si la última copia tiene más de (días):</translation>
    </message>
    <message>
        <source>Todavía no hay ninguna copia de seguridad comprobada.</source>
        <translation>Todavía no hay ninguna copia de seguridad comprobada.</translation>
    </message>
    <message>
        <source>Última copia comprobada: %1</source>
        <translation>Última copia comprobada: %1</translation>
    </message>
    <message>
        <source>Haciendo la copia y comprobándola…</source>
        <translation>Haciendo la copia y comprobándola…</translation>
    </message>
    <message>
        <source>Guardar copia de seguridad</source>
        <translation>Guardar copia de seguridad</translation>
    </message>
    <message>
        <source>Copia de Shelter Desk (*.sdbackup)</source>
        <translation>Copia de Shelter Desk (*.sdbackup)</translation>
    </message>
    <message>
        <source>Restaurar copia de seguridad</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>&amp;Hacer copia ahora</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>Aún no hay ninguna copia de seguridad comprobada. Si esta computadora se daña o se pierde, se perderían todos los expedientes.</source>
        <translation>Aún no hay ninguna copia de seguridad comprobada. Si esta computadora se daña o se pierde, se perderían todos los expedientes.</translation>
    </message>
    <message>
        <source>La última copia de seguridad comprobada tiene %1 días.</source>
        <translation>La última copia de seguridad comprobada tiene %1 días.</translation>
    </message>
    <message>
        <source>Pide a la coordinación (%1) que haga una copia.</source>
        <translation>Pide a la coordinación (%1) que haga una copia.</translation>
    </message>
    <message>
        <source>Pide a la coordinación que haga una copia.</source>
        <translation>Pide a la coordinación que haga una copia.</translation>
    </message>
</context>
<context>
    <name>BarriersTab</name>
    <message>
        <source>Barrera abierta</source>
        <translation>Barrera abierta</translation>
    </message>
    <message>
        <source>Resuelta el %1</source>
        <translation>Resuelta el %1</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Derecho o servicio</source>
        <translation>Derecho o servicio</translation>
    </message>
    <message>
        <source>Institución</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Barrera</source>
        <translation>Barrera</translation>
    </message>
    <message>
        <source>Seguimiento</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Acción tomada</source>
        <translation>Acción tomada</translation>
    </message>
    <message>
        <source>Motivos</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Cada vez que intentó ejercer un derecho: dónde, qué presentó y qué le respondieron. Las barreras abiertas van primero.</source>
        <translation>Cada vez que intentó ejercer un derecho: dónde, qué presentó y qué le respondieron. Las barreras abiertas van primero.</translation>
    </message>
    <message>
        <source>&amp;Registrar trámite…</source>
        <translation>&amp;Registrar trámite…</translation>
    </message>
    <message>
        <source>&amp;Ver o corregir…</source>
        <translation>&amp;Ver o corregir…</translation>
    </message>
    <message>
        <source>Re&amp;solver barrera…</source>
        <translation>Re&amp;solver barrera…</translation>
    </message>
    <message>
        <source>Escri&amp;bir carta…</source>
        <translation>Escri&amp;bir carta…</translation>
    </message>
    <message>
        <source>Resolver barrera</source>
        <translation>Resolver barrera</translation>
    </message>
    <message>
        <source>¿Cómo se resolvió? (por ejemplo: la escuela aceptó la constancia del albergue tras el escrito)</source>
        <translation>¿Cómo se resolvió? (por ejemplo: la escuela aceptó la constancia del albergue tras el escrito)</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Expediente</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Nacionalidad</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Asignado a</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Apertura</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Alertas</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>vence %1</source>
        <translation>vence %1</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Buscar por nombre, alias, expediente o palabras de una nota…</source>
        <translation>Buscar por nombre, alias, expediente o palabras de una nota…</translation>
    </message>
    <message>
        <source>Buscar expedientes</source>
        <translation>Buscar expedientes</translation>
    </message>
    <message>
        <source>&amp;Abrir expediente</source>
        <translation>&amp;Abrir expediente</translation>
    </message>
    <message>
        <source>&amp;Importar hoja de cálculo…</source>
        <translation>&amp;Importar hoja de cálculo…</translation>
    </message>
    <message>
        <source>E&amp;xportar lista…</source>
        <translation>E&amp;xportar lista…</translation>
    </message>
    <message>
        <source>Solo una coordinadora puede exportar la lista.</source>
        <translation>Solo una coordinadora puede exportar la lista.</translation>
    </message>
    <message>
        <source>Filtrar por estado</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Filtrar por nacionalidad</source>
        <translation>Filtrar por nacionalidad</translation>
    </message>
    <message>
        <source>Filtrar por persona asignada</source>
        <translation>Filtrar por persona asignada</translation>
    </message>
    <message>
        <source>Filtrar por documento faltante</source>
        <translation>Filtrar por documento faltante</translation>
    </message>
    <message>
        <source>Todos los estados</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Todas las nacionalidades</source>
        <translation>Todas las nacionalidades</translation>
    </message>
    <message>
        <source>Todo el equipo</source>
        <translation>Todo el equipo</translation>
    </message>
    <message>
        <source>Sin filtro de documentos</source>
        <translation>Sin filtro de documentos</translation>
    </message>
    <message>
        <source>Le falta: %1</source>
        <translation>Le falta: %1</translation>
    </message>
    <message numerus="yes">
        <source>Documento &amp;por vencer (%n días)</source>
        <translation>
            <numerusform>Documento &amp;por vencer (%n días)</numerusform>
            <numerusform>Documento &amp;por vencer (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Barrera abierta</source>
        <translation>&amp;Barrera abierta</translation>
    </message>
    <message>
        <source>Aún no hay expedientes</source>
        <translation>Aún no hay expedientes</translation>
    </message>
    <message>
        <source>Abrir el primer expediente</source>
        <translation>Abrir el primer expediente</translation>
    </message>
    <message numerus="yes">
        <source>%n expediente(s)</source>
        <translation>
            <numerusform>%n expediente</numerusform>
            <numerusform>%n expedientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Valores separados por comas (*.csv)</source>
        <translation>Valores separados por comas (*.csv)</translation>
    </message>
    <message>
        <source>expedientes</source>
        <translation>expedientes</translation>
    </message>
    <message>
        <source>Exportar lista</source>
        <translation>Exportar lista</translation>
    </message>
    <message>
        <source>Lista exportada (%1 expedientes) a %2</source>
        <translation>Lista exportada (%1 expedientes) a %2</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Abierto</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>En pausa</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Cerrado</source>
        <translation>Cerrado</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>← &amp;Volver a la lista</source>
        <translation>← &amp;Volver a la lista</translation>
    </message>
    <message>
        <source>&amp;Guardar cambios</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Derecho de acceso (ARCO): todo lo que se guarda sobre ella, en PDF y JSON</source>
        <translation>Derecho de acceso (ARCO): todo lo que se guarda sobre ella, en PDF y JSON</translation>
    </message>
    <message>
        <source>E&amp;xportar datos (acceso)…</source>
        <translation>E&amp;xportar datos (acceso)…</translation>
    </message>
    <message>
        <source>Solicitud de cancelación (A&amp;RCO)…</source>
        <translation>Solicitud de cancelación (A&amp;RCO)…</translation>
    </message>
    <message>
        <source>&amp;Agregar hija, hijo u otro familiar…</source>
        <translation>&amp;Agregar hija, hijo u otro familiar…</translation>
    </message>
    <message>
        <source>&amp;Perfil</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Hogar</source>
        <translation>&amp;Hogar</translation>
    </message>
    <message>
        <source>&amp;Documentos</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>Trá&amp;mites y barreras</source>
        <translation>Trá&amp;mites y barreras</translation>
    </message>
    <message>
        <source>D&amp;erechos</source>
        <translation>D&amp;erechos</translation>
    </message>
    <message>
        <source>&amp;Notas</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Tareas</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <source>&amp;Canalizaciones</source>
        <translation>&amp;Canalizaciones</translation>
    </message>
    <message>
        <source>C&amp;onsentimientos</source>
        <translation>C&amp;onsentimientos</translation>
    </message>
    <message>
        <source>Ad&amp;juntos</source>
        <translation>Ad&amp;juntos</translation>
    </message>
    <message>
        <source>H&amp;istorial</source>
        <translation>H&amp;istorial</translation>
    </message>
    <message numerus="yes">
        <source>%n barrera(s) abierta(s)</source>
        <translation>
            <numerusform>%n barrera abierta</numerusform>
            <numerusform>%n barreras abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>Solicitud de cancelación (ARCO)</source>
        <translation>Solicitud de cancelación (ARCO)</translation>
    </message>
    <message>
        <source>Ella pidió cancelar sus datos. El expediente dejará de verse en listas, búsquedas y estadísticas; se conserva bloqueado hasta eliminarlo en Ajustes → Derechos ARCO.</source>
        <translation>Ella pidió cancelar sus datos. El expediente dejará de verse en listas, búsquedas y estadísticas; se conserva bloqueado hasta eliminarlo en Ajustes → Derechos ARCO.</translation>
    </message>
    <message>
        <source>Cambios sin guardar</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Cambiaste el perfil de esta persona y no lo guardaste.</source>
        <translation>Cambiaste el perfil de esta persona y no lo guardaste.</translation>
    </message>
    <message>
        <source>Expediente</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Trámite</source>
        <translation>Trámite</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Tarea</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Canalización</source>
        <translation>Canalización</translation>
    </message>
    <message>
        <source>Paso de canalización</source>
        <translation>Paso de canalización</translation>
    </message>
    <message>
        <source>Consentimiento</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Adjunto</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 de %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Ver gráfica</source>
        <translation>Ver gráfica</translation>
    </message>
    <message>
        <source>Ver tabla</source>
        <translation>Ver tabla</translation>
    </message>
    <message>
        <source>No hay datos de este periodo.</source>
        <translation>No hay datos de este periodo.</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>Reso&amp;lver…</source>
        <translation>Reso&amp;lver…</translation>
    </message>
    <message>
        <source>Hay un conflicto en este expediente: %1</source>
        <translation>Hay un conflicto en este expediente: %1</translation>
    </message>
    <message>
        <source>Hay %1 conflictos en este expediente: %2</source>
        <translation>Hay %1 conflictos en este expediente: %2</translation>
    </message>
    <message>
        <source>%1 (borrado en una computadora y editado en otra)</source>
        <translation>%1 (borrado en una computadora y editado en otra)</translation>
    </message>
    <message>
        <source>%1 (%2 valores)</source>
        <translation>%1 (%2 valores)</translation>
    </message>
</context>
<context>
    <name>ConflictChooser</name>
    <message>
        <source>O escribe otro valor</source>
        <translation>O escribe otro valor</translation>
    </message>
    <message>
        <source>&amp;Guardar este valor</source>
        <translation>&amp;Guardar este valor</translation>
    </message>
    <message>
        <source>Borrarlo</source>
        <translation>Borrarlo</translation>
    </message>
    <message>
        <source>Conservarlo</source>
        <translation>Conservarlo</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Resolver un conflicto</source>
        <translation>Resolver un conflicto</translation>
    </message>
    <message>
        <source>Dos computadoras del equipo cambiaron lo mismo sin verse. Elige el valor correcto, o escribe otro; se enviará a las demás en la próxima sincronización.</source>
        <translation>Dos computadoras del equipo cambiaron lo mismo sin verse. Elige el valor correcto, o escribe otro; se enviará a las demás en la próxima sincronización.</translation>
    </message>
    <message>
        <source>&amp;Cerrar</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Sin registrar</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Otorgado</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <source>Retirado o negado</source>
        <translation>Retirado o negado</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Para qué</source>
        <translation>Para qué</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Desde</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Registró</source>
        <translation>Registró</translation>
    </message>
    <message>
        <source>Registrar que lo &amp;otorga</source>
        <translation>Registrar que lo &amp;otorga</translation>
    </message>
    <message>
        <source>Registrar que lo &amp;retira</source>
        <translation>Registrar que lo &amp;retira</translation>
    </message>
    <message>
        <source>Adjuntar &amp;formulario firmado…</source>
        <translation>Adjuntar &amp;formulario firmado…</translation>
    </message>
    <message>
        <source>Formulario de consentimiento firmado</source>
        <translation>Formulario de consentimiento firmado</translation>
    </message>
    <message>
        <source>Escaneos y fotos (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Escaneos y fotos (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>cualquier organización</source>
        <translation>cualquier organización</translation>
    </message>
    <message>
        <source>Lo que cada persona aceptó y para qué. Si retira un consentimiento, vale desde ese momento: por ejemplo, ya no se puede enviar una canalización. Para canalizar, su consentimiento es por tipo de servicio y organización; para enviar su expediente a otra organización, debe nombrarla.</source>
        <translation>Lo que cada persona aceptó y para qué. Si retira un consentimiento, vale desde ese momento: por ejemplo, ya no se puede enviar una canalización. Para canalizar, su consentimiento es por tipo de servicio y organización; para enviar su expediente a otra organización, debe nombrarla.</translation>
    </message>
    <message>
        <source>Consentimiento para &amp;canalizar…</source>
        <translation>Consentimiento para &amp;canalizar…</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>Organización y primera cuenta</source>
        <translation>Organización y primera cuenta</translation>
    </message>
    <message>
        <source>La primera cuenta es de coordinación: podrá dar de alta al resto del equipo.</source>
        <translation>La primera cuenta es de coordinación: podrá dar de alta al resto del equipo.</translation>
    </message>
    <message>
        <source>&amp;Organización:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Nom&amp;bre para entrar:</source>
        <translation>Nom&amp;bre para entrar:</translation>
    </message>
    <message>
        <source>Creando la bóveda cifrada y ajustando la seguridad a esta computadora…</source>
        <translation>Creando la bóveda cifrada y ajustando la seguridad a esta computadora…</translation>
    </message>
</context>
<context>
    <name>CreatedRecords</name>
    <message>
        <source>Fila</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Se creará</source>
        <translation>Se creará</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Valores separados por comas (*.csv)</source>
        <translation>Valores separados por comas (*.csv)</translation>
    </message>
    <message>
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Documento PDF (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>estadisticas</source>
        <translation>estadisticas</translation>
    </message>
    <message>
        <source>Exportar estadísticas</source>
        <translation>Exportar estadísticas</translation>
    </message>
    <message>
        <source>Estadísticas guardadas en %1</source>
        <translation>Estadísticas guardadas en %1</translation>
    </message>
    <message>
        <source>&amp;Periodo:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Calculando las estadísticas</source>
        <translation>Calculando las estadísticas</translation>
    </message>
    <message>
        <source>Exportar CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Exportar Excel…</source>
        <translation>Exportar Excel…</translation>
    </message>
    <message>
        <source>Exportar PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Cifras clave</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>&amp;Todas las tablas:</source>
        <translation>&amp;Todas las tablas:</translation>
    </message>
</context>
<context>
    <name>DataRightsPanel</name>
    <message>
        <source>E&amp;xportar datos (acceso)…</source>
        <translation>E&amp;xportar datos (acceso)…</translation>
    </message>
    <message>
        <source>&amp;Eliminar definitivamente…</source>
        <translation>&amp;Eliminar definitivamente…</translation>
    </message>
    <message>
        <source>Conservar los expedientes cerrados (años):</source>
        <translation>Conservar los expedientes cerrados (años):</translation>
    </message>
    <message>
        <source>Expedientes cuyo plazo de conservación terminó:</source>
        <translation>Expedientes cuyo plazo de conservación terminó:</translation>
    </message>
    <message>
        <source>Expediente</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Titular (n.º %1)</source>
        <translation>Titular (n.º %1)</translation>
    </message>
    <message>
        <source>Familiar (n.º %1)</source>
        <translation>Familiar (n.º %1)</translation>
    </message>
    <message>
        <source>Cerrado el</source>
        <translation>Cerrado el</translation>
    </message>
    <message>
        <source>Plazo terminó el</source>
        <translation>Plazo terminó el</translation>
    </message>
    <message>
        <source>sí</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Elige primero una persona de la lista.</source>
        <translation>Elige primero una persona de la lista.</translation>
    </message>
    <message>
        <source>todo el expediente %1: la titular, su hogar, sus documentos, notas, tareas y archivos adjuntos</source>
        <translation>todo el expediente %1: la titular, su hogar, sus documentos, notas, tareas y archivos adjuntos</translation>
    </message>
    <message>
        <source>esta persona del expediente %1, con sus documentos, notas y archivos adjuntos</source>
        <translation>esta persona del expediente %1, con sus documentos, notas y archivos adjuntos</translation>
    </message>
    <message>
        <source>También se borrará la bóveda que se guardó aparte al restaurar una copia (%1), porque contiene sus datos.</source>
        <translation>También se borrará la bóveda que se guardó aparte al restaurar una copia (%1), porque contiene sus datos.</translation>
    </message>
    <message>
        <source>Se eliminó definitivamente el expediente %1.</source>
        <translation>Se eliminó definitivamente el expediente %1.</translation>
    </message>
    <message>
        <source>Se eliminaron definitivamente los datos de la persona del expediente %1.</source>
        <translation>Se eliminaron definitivamente los datos de la persona del expediente %1.</translation>
    </message>
    <message>
        <source>Eliminar definitivamente</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Derechos ARCO (acceso, rectificación, cancelación y oposición)</source>
        <translation>Derechos ARCO (acceso, rectificación, cancelación y oposición)</translation>
    </message>
    <message>
        <source>Personas con solicitud de cancelación:</source>
        <translation>Personas con solicitud de cancelación:</translation>
    </message>
    <message>
        <source>Solicitud registrada el</source>
        <translation>Solicitud registrada el</translation>
    </message>
    <message>
        <source>Con solicitud de cancelación</source>
        <translation>Con solicitud de cancelación</translation>
    </message>
    <message>
        <source>Se eliminará %1. No se puede deshacer; la bitácora solo guardará que se eliminó. Las copias de seguridad anteriores aún contienen sus datos.</source>
        <translation>Se eliminará %1. No se puede deshacer; la bitácora solo guardará que se eliminó. Las copias de seguridad anteriores aún contienen sus datos.</translation>
    </message>
    <message>
        <source>Para confirmar, escribe el número de expediente (%1):</source>
        <translation>Para confirmar, escribe el número de expediente (%1):</translation>
    </message>
    <message>
        <source>No se eliminó nada.</source>
        <translation>No se eliminó nada.</translation>
    </message>
    <message>
        <source>Eliminando y limpiando la bóveda…</source>
        <translation>Eliminando y limpiando la bóveda…</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>(ya no)</source>
        <translation>(ya no)</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Servicios</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Contacto</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Directorio de la red</source>
        <translation>Directorio de la red</translation>
    </message>
    <message>
        <source>&amp;Nombre:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Servicios (separados por comas):</source>
        <translation>&amp;Servicios (separados por comas):</translation>
    </message>
    <message>
        <source>&amp;Contacto:</source>
        <translation>&amp;Contacto:</translation>
    </message>
    <message>
        <source>&amp;Activa en el directorio</source>
        <translation>&amp;Activa en el directorio</translation>
    </message>
    <message>
        <source>N&amp;ueva</source>
        <translation>N&amp;ueva</translation>
    </message>
    <message>
        <source>&amp;Guardar</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Corregir documento</source>
        <translation>Corregir documento</translation>
    </message>
    <message>
        <source>Registrar documento</source>
        <translation>Registrar documento</translation>
    </message>
    <message>
        <source>Se lo &amp;negaron…</source>
        <translation>Se lo &amp;negaron…</translation>
    </message>
    <message>
        <source>No lo tiene porque se lo negaron: registra la negativa y escribe la carta</source>
        <translation>No lo tiene porque se lo negaron: registra la negativa y escribe la carta</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>&amp;Documento:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>&amp;Cómo lo tiene:</source>
        <translation>&amp;Cómo lo tiene:</translation>
    </message>
    <message>
        <source>&amp;Número:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>&amp;Expedido por:</source>
        <translation>&amp;Expedido por:</translation>
    </message>
    <message>
        <source>Fecha de e&amp;xpedición:</source>
        <translation>Fecha de e&amp;xpedición:</translation>
    </message>
    <message>
        <source>&amp;Vigente hasta:</source>
        <translation>&amp;Vigente hasta:</translation>
    </message>
    <message>
        <source>Apostilla:</source>
        <translation>Apostilla:</translation>
    </message>
    <message>
        <source>Traducción:</source>
        <translation>Traducción:</translation>
    </message>
    <message>
        <source>N&amp;otas:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Se sabe</source>
        <translation>Se sabe</translation>
    </message>
    <message>
        <source>Fecha de expedición</source>
        <translation>Fecha de expedición</translation>
    </message>
    <message>
        <source>Tiene fecha</source>
        <translation>Tiene fecha</translation>
    </message>
    <message>
        <source>Vigente hasta</source>
        <translation>Vigente hasta</translation>
    </message>
    <message>
        <source>Está apostillado o legalizado</source>
        <translation>Está apostillado o legalizado</translation>
    </message>
    <message>
        <source>Tiene traducción oficial</source>
        <translation>Tiene traducción oficial</translation>
    </message>
    <message>
        <source>(Dato sin verificar: confírmalo antes de citarlo.)</source>
        <translation>(Dato sin verificar: confírmalo antes de citarlo.)</translation>
    </message>
</context>
<context>
    <name>DocumentsBoard</name>
    <message>
        <source>Registrar otro documento…</source>
        <translation>Registrar otro documento…</translation>
    </message>
    <message>
        <source>venció %1</source>
        <translation>venció %1</translation>
    </message>
    <message>
        <source>vence %1</source>
        <translation>vence %1</translation>
    </message>
    <message>
        <source>registrar</source>
        <translation>registrar</translation>
    </message>
</context>
<context>
    <name>DocumentsDuePage</name>
    <message>
        <source>Vence</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Expediente</source>
        <translation>Expediente</translation>
    </message>
    <message numerus="yes">
        <source>Documentos originales que vencen en los próximos %n días, el más próximo primero.</source>
        <translation>
            <numerusform>Documentos originales que vencen en el próximo %n día, el más próximo primero.</numerusform>
            <numerusform>Documentos originales que vencen en los próximos %n días, el más próximo primero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesStep</name>
    <message>
        <source>Fila</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Nombre en la hoja</source>
        <translation>Nombre en la hoja</translation>
    </message>
    <message>
        <source>Nacimiento</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Coincide con</source>
        <translation>Coincide con</translation>
    </message>
    <message>
        <source>Decisión</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>mismo nombre y fecha de nacimiento</source>
        <translation>mismo nombre y fecha de nacimiento</translation>
    </message>
    <message>
        <source>mismo documento</source>
        <translation>mismo documento</translation>
    </message>
    <message>
        <source>la fila %1</source>
        <translation>la fila %1</translation>
    </message>
    <message>
        <source>el expediente %1</source>
        <translation>el expediente %1</translation>
    </message>
    <message>
        <source>una persona de la bóveda</source>
        <translation>una persona de la bóveda</translation>
    </message>
    <message>
        <source>Omitir</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Unir</source>
        <translation>Unir</translation>
    </message>
    <message>
        <source>Conservar ambas</source>
        <translation>Conservar ambas</translation>
    </message>
    <message>
        <source>Sin decidir</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>Si se une: %1</source>
        <translation>Si se une: %1</translation>
    </message>
    <message>
        <source>Posibles duplicados: elige qué hacer con cada fila. «Unir» agrega a la persona que ya existe lo que le falta, sin cambiar lo que ya tiene.</source>
        <translation>Posibles duplicados: elige qué hacer con cada fila. «Unir» agrega a la persona que ya existe lo que le falta, sin cambiar lo que ya tiene.</translation>
    </message>
    <message>
        <source>Omi&amp;tir la fila</source>
        <translation>Omi&amp;tir la fila</translation>
    </message>
    <message>
        <source>&amp;Unir</source>
        <translation>&amp;Unir</translation>
    </message>
    <message>
        <source>&amp;Conservar ambas</source>
        <translation>&amp;Conservar ambas</translation>
    </message>
    <message>
        <source>Omitir todas</source>
        <translation>Omitir todas</translation>
    </message>
    <message>
        <source>Unir todas</source>
        <translation>Unir todas</translation>
    </message>
    <message>
        <source>Conservar todas</source>
        <translation>Conservar todas</translation>
    </message>
</context>
<context>
    <name>EmergencyKit</name>
    <message>
        <source>Kit de emergencia de Shelter Desk</source>
        <translation>Kit de emergencia de Shelter Desk</translation>
    </message>
    <message>
        <source>Organización:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Código de recuperación:</source>
        <translation>Código de recuperación:</translation>
    </message>
    <message>
        <source>Este código abre la bóveda si se olvida una contraseña. Quien lo tenga puede leer todos los expedientes.</source>
        <translation>Este código abre la bóveda si se olvida una contraseña. Quien lo tenga puede leer todos los expedientes.</translation>
    </message>
    <message>
        <source>Guárdalo con los documentos legales del albergue.</source>
        <translation>Guárdalo con los documentos legales del albergue.</translation>
    </message>
    <message>
        <source>Da una copia en sobre cerrado a una persona de confianza.</source>
        <translation>Da una copia en sobre cerrado a una persona de confianza.</translation>
    </message>
    <message>
        <source>No lo guardes en esta computadora ni lo envíes por mensaje.</source>
        <translation>No lo guardes en esta computadora ni lo envíes por mensaje.</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <source>Certificado de la red</source>
        <translation>Certificado de la red</translation>
    </message>
    <message>
        <source>Certificados (*.pem *.crt)</source>
        <translation>Certificados (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Preparar Shelter Desk</source>
        <translation>Preparar Shelter Desk</translation>
    </message>
    <message>
        <source>&amp;Siguiente &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Atrás</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Empezar</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Antes de salir, guarda, imprime o copia el código de recuperación.</source>
        <translation>Antes de salir, guarda, imprime o copia el código de recuperación.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Guardar</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>Enviar expediente a %1</source>
        <translation>Enviar expediente a %1</translation>
    </message>
    <message>
        <source>Su registro de persona siempre va. Marca solo lo que ella eligió enviar; la vista previa muestra exactamente lo que lleva el paquete cifrado.</source>
        <translation>Su registro de persona siempre va. Marca solo lo que ella eligió enviar; la vista previa muestra exactamente lo que lleva el paquete cifrado.</translation>
    </message>
    <message>
        <source>&amp;Familiares que ella nombra:</source>
        <translation>&amp;Familiares que ella nombra:</translation>
    </message>
    <message>
        <source>&amp;Notas:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Ad&amp;juntos:</source>
        <translation>Ad&amp;juntos:</translation>
    </message>
    <message>
        <source>Estado de sus &amp;documentos</source>
        <translation>Estado de sus &amp;documentos</translation>
    </message>
    <message>
        <source>&amp;Trámites, barreras y lo que se hizo</source>
        <translation>&amp;Trámites, barreras y lo que se hizo</translation>
    </message>
    <message>
        <source>&amp;Vista previa</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Enviar por la &amp;red</source>
        <translation>Enviar por la &amp;red</translation>
    </message>
    <message>
        <source>Expediente enviado por la red.</source>
        <translation>Expediente enviado por la red.</translation>
    </message>
    <message>
        <source>Sin conexión con el servidor de la red: el expediente espera en la bandeja de salida.</source>
        <translation>Sin conexión con el servidor de la red: el expediente espera en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Guardar paquete cifrado</source>
        <translation>Guardar paquete cifrado</translation>
    </message>
    <message>
        <source>Paquetes (*.sdhandoff)</source>
        <translation>Paquetes (*.sdhandoff)</translation>
    </message>
</context>
<context>
    <name>HandoffPreview</name>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Familiar</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Trámite</source>
        <translation>Trámite</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Adjunto</source>
        <translation>Adjunto</translation>
    </message>
</context>
<context>
    <name>HelperForm</name>
    <message>
        <source>Agregador auxiliar (suma por partes secretas)</source>
        <translation>Agregador auxiliar (suma por partes secretas)</translation>
    </message>
    <message>
        <source>Dirección del a&amp;gregador auxiliar:</source>
        <translation>Dirección del a&amp;gregador auxiliar:</translation>
    </message>
    <message>
        <source>Código de inscripción del a&amp;uxiliar:</source>
        <translation>Código de inscripción del a&amp;uxiliar:</translation>
    </message>
    <message>
        <source>Certificado propio de la red…</source>
        <translation>Certificado propio de la red…</translation>
    </message>
    <message>
        <source>&amp;Inscribirse en el agregador auxiliar</source>
        <translation>&amp;Inscribirse en el agregador auxiliar</translation>
    </message>
    <message>
        <source>Esta red suma por partes secretas: una parte de las cifras va al hub y la otra a este segundo servidor, que lleva otra organización. Pide un código de inscripción a quien lo administra; se usa la misma llave de la organización.</source>
        <translation>Esta red suma por partes secretas: una parte de las cifras va al hub y la otra a este segundo servidor, que lleva otra organización. Pide un código de inscripción a quien lo administra; se usa la misma llave de la organización.</translation>
    </message>
    <message>
        <source>Inscrita como %1 en %2.
Huella del agregador auxiliar: %3</source>
        <translation>Inscrita como %1 en %2.
Huella del agregador auxiliar: %3</translation>
    </message>
    <message>
        <source>Conectando con el agregador auxiliar…</source>
        <translation>Conectando con el agregador auxiliar…</translation>
    </message>
    <message>
        <source>Listo: la organización está inscrita en el agregador auxiliar.</source>
        <translation>Listo: la organización está inscrita en el agregador auxiliar.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Cuándo</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Quién</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Qué hizo</source>
        <translation>Qué hizo</translation>
    </message>
    <message>
        <source>Todo lo que se hizo en este expediente, lo más reciente primero. Viene del registro de auditoría, que no se puede modificar.</source>
        <translation>Todo lo que se hizo en este expediente, lo más reciente primero. Viene del registro de auditoría, que no se puede modificar.</translation>
    </message>
</context>
<context>
    <name>HouseholdModel</name>
    <message>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Parentesco</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Edad</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Escuela</source>
        <translation>Escuela</translation>
    </message>
</context>
<context>
    <name>HubPanel</name>
    <message>
        <source>Listo: la organización se unió a la red.</source>
        <translation>Listo: la organización se unió a la red.</translation>
    </message>
    <message>
        <source>Servidor de la red</source>
        <translation>Servidor de la red</translation>
    </message>
    <message>
        <source>&amp;Dirección del servidor:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>Código de i&amp;nscripción:</source>
        <translation>Código de i&amp;nscripción:</translation>
    </message>
    <message>
        <source>Certificado &amp;propio de la red…</source>
        <translation>Certificado &amp;propio de la red…</translation>
    </message>
    <message>
        <source>&amp;Unirse a la red</source>
        <translation>&amp;Unirse a la red</translation>
    </message>
    <message>
        <source>&amp;Enviar ahora</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>Esta organización aún no está unida a la red. Pide un código de inscripción a quien administra el servidor de la red.</source>
        <translation>Esta organización aún no está unida a la red. Pide un código de inscripción a quien administra el servidor de la red.</translation>
    </message>
    <message>
        <source>Unida como %1 a %2.
Huella del servidor de la red: %3</source>
        <translation>Unida como %1 a %2.
Huella del servidor de la red: %3</translation>
    </message>
    <message>
        <source>Conectando con el servidor de la red…</source>
        <translation>Conectando con el servidor de la red…</translation>
    </message>
    <message>
        <source>No se pudo contactar al servidor de la red. Los informes siguen en la bandeja de salida (%1) y se enviarán en la próxima sincronización.</source>
        <translation>No se pudo contactar al servidor de la red. Los informes siguen en la bandeja de salida (%1) y se enviarán en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Enviados: %1. Rechazados: %2. Documentos nuevos en la biblioteca: %3.</source>
        <translation>Enviados: %1. Rechazados: %2. Documentos nuevos en la biblioteca: %3.</translation>
    </message>
    <message>
        <source>Parte de %1 (revisión %2) enviada al hub.</source>
        <translation>Parte de %1 (revisión %2) enviada al hub.</translation>
    </message>
    <message>
        <source>Parte de %1 (revisión %2) enviada al agregador auxiliar.</source>
        <translation>Parte de %1 (revisión %2) enviada al agregador auxiliar.</translation>
    </message>
    <message>
        <source>Parte de %1 (revisión %2) rechazada por el hub: %3</source>
        <translation>Parte de %1 (revisión %2) rechazada por el hub: %3</translation>
    </message>
    <message>
        <source>Parte de %1 (revisión %2) rechazada por el agregador auxiliar: %3</source>
        <translation>Parte de %1 (revisión %2) rechazada por el agregador auxiliar: %3</translation>
    </message>
    <message>
        <source>El hub de la red no respondió; su parte queda en espera.</source>
        <translation>El hub de la red no respondió; su parte queda en espera.</translation>
    </message>
    <message>
        <source>El agregador auxiliar no respondió; la parte queda en espera.</source>
        <translation>El agregador auxiliar no respondió; la parte queda en espera.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Elegir hoja de cálculo</source>
        <translation>Elegir hoja de cálculo</translation>
    </message>
    <message>
        <source>Hojas de cálculo (*.xlsx *.csv)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Fila</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Columna</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problema</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>1 expediente</source>
        <translation>1 expediente</translation>
    </message>
    <message>
        <source>%1 expedientes</source>
        <translation>%1 expedientes</translation>
    </message>
    <message>
        <source>1 documento</source>
        <translation>1 documento</translation>
    </message>
    <message>
        <source>%1 documentos</source>
        <translation>%1 documentos</translation>
    </message>
    <message>
        <source>Listo: no se importó nada.</source>
        <translation>Listo: no se importó nada.</translation>
    </message>
    <message>
        <source>Listo: se importó %1.</source>
        <translation>Listo: se importó %1.</translation>
    </message>
    <message>
        <source>%1 y %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Listo: se importaron %1.</source>
        <translation>Listo: se importaron %1.</translation>
    </message>
    <message>
        <source>1 fila se unió a una persona que ya existía.</source>
        <translation>1 fila se unió a una persona que ya existía.</translation>
    </message>
    <message>
        <source>%1 filas se unieron a personas que ya existían.</source>
        <translation>%1 filas se unieron a personas que ya existían.</translation>
    </message>
    <message>
        <source>Se omitió 1 posible duplicado.</source>
        <translation>Se omitió 1 posible duplicado.</translation>
    </message>
    <message>
        <source>Se omitieron %1 posibles duplicados.</source>
        <translation>Se omitieron %1 posibles duplicados.</translation>
    </message>
    <message>
        <source>Se omitió 1 fila con errores.</source>
        <translation>Se omitió 1 fila con errores.</translation>
    </message>
    <message>
        <source>Se omitieron %1 filas con errores.</source>
        <translation>Se omitieron %1 filas con errores.</translation>
    </message>
    <message>
        <source>Cancelando… no se guardará nada.</source>
        <translation>Cancelando… no se guardará nada.</translation>
    </message>
    <message>
        <source>La hoja tiene 1 fila.</source>
        <translation>La hoja tiene 1 fila.</translation>
    </message>
    <message>
        <source>La hoja tiene %1 filas.</source>
        <translation>La hoja tiene %1 filas.</translation>
    </message>
    <message>
        <source>1 está lista para importar.</source>
        <translation>1 está lista para importar.</translation>
    </message>
    <message>
        <source>%1 están listas para importar.</source>
        <translation>%1 están listas para importar.</translation>
    </message>
    <message>
        <source>Ninguna está lista para importar.</source>
        <translation>Ninguna está lista para importar.</translation>
    </message>
    <message>
        <source>1 tiene errores.</source>
        <translation>1 tiene errores.</translation>
    </message>
    <message>
        <source>%1 tienen errores.</source>
        <translation>%1 tienen errores.</translation>
    </message>
    <message>
        <source>1 es un posible duplicado.</source>
        <translation>1 es un posible duplicado.</translation>
    </message>
    <message>
        <source>%1 son posibles duplicados.</source>
        <translation>%1 son posibles duplicados.</translation>
    </message>
    <message>
        <source>Todavía no se ha guardado nada.</source>
        <translation>Todavía no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Corrige la hoja para poder importar.</source>
        <translation>Corrige la hoja para poder importar.</translation>
    </message>
    <message>
        <source>Marca «Omitir las filas con errores» o corrige la hoja para poder importar.</source>
        <translation>Marca «Omitir las filas con errores» o corrige la hoja para poder importar.</translation>
    </message>
    <message>
        <source>Decide qué hacer con cada posible duplicado para poder importar.</source>
        <translation>Decide qué hacer con cada posible duplicado para poder importar.</translation>
    </message>
    <message>
        <source>Importar hoja de cálculo</source>
        <translation>Importar hoja de cálculo</translation>
    </message>
    <message>
        <source>Elige un archivo CSV o Excel (.xlsx) con una persona por fila y los encabezados en la primera fila. Antes de guardar nada se revisa cada fila.</source>
        <translation>Elige un archivo CSV o Excel (.xlsx) con una persona por fila y los encabezados en la primera fila. Antes de guardar nada se revisa cada fila.</translation>
    </message>
    <message>
        <source>&amp;Elegir archivo…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>&amp;Revisar las filas</source>
        <translation>&amp;Revisar las filas</translation>
    </message>
    <message>
        <source>&amp;Omitir las filas con errores</source>
        <translation>&amp;Omitir las filas con errores</translation>
    </message>
    <message>
        <source>&amp;Importar</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Volver a las columnas</source>
        <translation>&amp;Volver a las columnas</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Trabajando…</source>
        <translation>Trabajando…</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Unirme a un albergue</source>
        <translation>Unirme a un albergue</translation>
    </message>
    <message>
        <source>&amp;Unirme</source>
        <translation>&amp;Unirme</translation>
    </message>
    <message>
        <source>En la computadora que ya tiene la bóveda, elige Ajustes → Equipo → «Agregar una computadora del equipo» y copia aquí lo que muestra.</source>
        <translation>En la computadora que ya tiene la bóveda, elige Ajustes → Equipo → «Agregar una computadora del equipo» y copia aquí lo que muestra.</translation>
    </message>
    <message>
        <source>&amp;Código de emparejamiento:</source>
        <translation>&amp;Código de emparejamiento:</translation>
    </message>
    <message>
        <source>&amp;Identificador:</source>
        <translation>&amp;Identificador:</translation>
    </message>
    <message>
        <source>&amp;Dirección:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Nombre de &amp;esta computadora:</source>
        <translation>Nombre de &amp;esta computadora:</translation>
    </message>
    <message>
        <source>Tu nom&amp;bre para entrar:</source>
        <translation>Tu nom&amp;bre para entrar:</translation>
    </message>
    <message>
        <source>Tu &amp;contraseña:</source>
        <translation>Tu &amp;contraseña:</translation>
    </message>
    <message>
        <source>1234-5678, o el texto del código QR</source>
        <translation>1234-5678, o el texto del código QR</translation>
    </message>
    <message>
        <source>La misma que usas en la otra computadora</source>
        <translation>La misma que usas en la otra computadora</translation>
    </message>
    <message>
        <source>Comprueba que la otra pantalla muestre el identificador %1. Si no es el mismo, no sigas: esta computadora solo acepta esa.</source>
        <translation>Comprueba que la otra pantalla muestre el identificador %1. Si no es el mismo, no sigas: esta computadora solo acepta esa.</translation>
    </message>
    <message>
        <source>El identificador aparece en la otra pantalla, debajo del código.</source>
        <translation>El identificador aparece en la otra pantalla, debajo del código.</translation>
    </message>
    <message>
        <source>Recibiendo la bóveda de la otra computadora…</source>
        <translation>Recibiendo la bóveda de la otra computadora…</translation>
    </message>
</context>
<context>
    <name>KeyPanel</name>
    <message>
        <source>Seguridad de la bóveda</source>
        <translation>Seguridad de la bóveda</translation>
    </message>
    <message>
        <source>Cambiar la llave maestra vuelve a cifrar la bóveda con una llave nueva. Las cuentas activas y el código de recuperación siguen sirviendo. Se hace sola al quitar una cuenta. Las copias hechas antes siguen abriéndose con las llaves de entonces: después, haz una copia de seguridad nueva y destruye las anteriores.</source>
        <translation>Cambiar la llave maestra vuelve a cifrar la bóveda con una llave nueva. Las cuentas activas y el código de recuperación siguen sirviendo. Se hace sola al quitar una cuenta. Las copias hechas antes siguen abriéndose con las llaves de entonces: después, haz una copia de seguridad nueva y destruye las anteriores.</translation>
    </message>
    <message>
        <source>Cambiar la &amp;llave maestra…</source>
        <translation>Cambiar la &amp;llave maestra…</translation>
    </message>
    <message>
        <source>&amp;Reemplazar las copias de una memoria USB…</source>
        <translation>&amp;Reemplazar las copias de una memoria USB…</translation>
    </message>
    <message>
        <source>Cada copia de seguridad de la carpeta se reemplaza por una copia comprobada con la llave nueva; si la memoria se desconecta, la copia anterior queda intacta.</source>
        <translation>Cada copia de seguridad de la carpeta se reemplaza por una copia comprobada con la llave nueva; si la memoria se desconecta, la copia anterior queda intacta.</translation>
    </message>
    <message>
        <source>&amp;Borrar la bóveda tras este número de intentos fallidos:</source>
        <translation>&amp;Borrar la bóveda tras este número de intentos fallidos:</translation>
    </message>
    <message>
        <source>Costo: si alguien se equivoca de contraseña tantas veces seguidas, los datos de esta computadora se borran para siempre, también para el código de recuperación. Solo una copia de seguridad los recupera.</source>
        <translation>Costo: si alguien se equivoca de contraseña tantas veces seguidas, los datos de esta computadora se borran para siempre, también para el código de recuperación. Solo una copia de seguridad los recupera.</translation>
    </message>
    <message>
        <source>Contraseña de &amp;coacción…</source>
        <translation>Contraseña de &amp;coacción…</translation>
    </message>
    <message>
        <source>Si alguien te obliga a abrir la bóveda, escribe esta contraseña: la bóveda se borra sin aviso y se ve una bóveda nueva y vacía. Costo: quien la escriba por error pierde todo lo que no esté en una copia de seguridad.</source>
        <translation>Si alguien te obliga a abrir la bóveda, escribe esta contraseña: la bóveda se borra sin aviso y se ve una bóveda nueva y vacía. Costo: quien la escriba por error pierde todo lo que no esté en una copia de seguridad.</translation>
    </message>
    <message>
        <source>Cambiar la llave maestra</source>
        <translation>Cambiar la llave maestra</translation>
    </message>
    <message>
        <source>¿Cambiar ahora la llave maestra? Tarda hasta un minuto; mientras tanto no se puede usar la bóveda.</source>
        <translation>¿Cambiar ahora la llave maestra? Tarda hasta un minuto; mientras tanto no se puede usar la bóveda.</translation>
    </message>
    <message>
        <source>Cambiando la llave maestra…</source>
        <translation>Cambiando la llave maestra…</translation>
    </message>
    <message>
        <source>Llave maestra nueva (generación %1).</source>
        <translation>Llave maestra nueva (generación %1).</translation>
    </message>
    <message>
        <source>Código de recuperación nuevo</source>
        <translation>Código de recuperación nuevo</translation>
    </message>
    <message>
        <source>Esta bóveda tenía un código de recuperación antiguo; este es el nuevo. Escríbelo en papel ahora: el anterior ya no sirve.

%1</source>
        <translation>Esta bóveda tenía un código de recuperación antiguo; este es el nuevo. Escríbelo en papel ahora: el anterior ya no sirve.

%1</translation>
    </message>
    <message>
        <source>Falta cambiar la llave maestra: se quitó a alguien del equipo y la llave todavía es la de antes. Cámbiala ahora con el botón de arriba.</source>
        <translation>Falta cambiar la llave maestra: se quitó a alguien del equipo y la llave todavía es la de antes. Cámbiala ahora con el botón de arriba.</translation>
    </message>
    <message>
        <source>Carpeta con copias de seguridad</source>
        <translation>Carpeta con copias de seguridad</translation>
    </message>
    <message>
        <source>Reemplazando las copias de seguridad…</source>
        <translation>Reemplazando las copias de seguridad…</translation>
    </message>
    <message>
        <source>Copias reemplazadas con la llave nueva: %1.</source>
        <translation>Copias reemplazadas con la llave nueva: %1.</translation>
    </message>
    <message>
        <source>Contraseña de coacción</source>
        <translation>Contraseña de coacción</translation>
    </message>
    <message>
        <source>Contraseña de coacción (vacía para quitarla):</source>
        <translation>Contraseña de coacción (vacía para quitarla):</translation>
    </message>
    <message>
        <source>Contraseña de coacción guardada.</source>
        <translation>Contraseña de coacción guardada.</translation>
    </message>
    <message>
        <source>Contraseña de coacción quitada.</source>
        <translation>Contraseña de coacción quitada.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Escribir una carta</source>
        <translation>Escribir una carta</translation>
    </message>
    <message>
        <source>&amp;Plantilla:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>&amp;Idioma de la carta:</source>
        <translation>&amp;Idioma de la carta:</translation>
    </message>
    <message>
        <source>&amp;Lugar de firma:</source>
        <translation>&amp;Lugar de firma:</translation>
    </message>
    <message>
        <source>&amp;Domicilio para notificaciones:</source>
        <translation>&amp;Domicilio para notificaciones:</translation>
    </message>
    <message>
        <source>Por ejemplo: Tapachula, Chiapas</source>
        <translation>Por ejemplo: Tapachula, Chiapas</translation>
    </message>
    <message>
        <source>El del albergue; si lo deja vacío, la carta trae una línea para escribirlo a mano</source>
        <translation>El del albergue; si lo deja vacío, la carta trae una línea para escribirlo a mano</translation>
    </message>
    <message>
        <source>Texto de la carta</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <source>La carta se llenó con los datos del expediente y cita, los más específicos primero, los artículos que aplican a esta negativa. Revísala y corrígela aquí; al cambiar de plantilla, de idioma o de fundamentos se vuelve a llenar.</source>
        <translation>La carta se llenó con los datos del expediente y cita, los más específicos primero, los artículos que aplican a esta negativa. Revísala y corrígela aquí; al cambiar de plantilla, de idioma o de fundamentos se vuelve a llenar.</translation>
    </message>
    <message>
        <source>Estas plantillas agregadas no se cargaron:</source>
        <translation>Estas plantillas agregadas no se cargaron:</translation>
    </message>
    <message>
        <source>&amp;Guardar PDF en el expediente</source>
        <translation>&amp;Guardar PDF en el expediente</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Fundamentos adicionales (marque los que quiera citar también):</source>
        <translation>Fundamentos adicionales (marque los que quiera citar también):</translation>
    </message>
    <message>
        <source>Fundamentos adicionales</source>
        <translation>Fundamentos adicionales</translation>
    </message>
    <message>
        <source>⚑ Por confirmar: %1 se cita sin transcribirlo; su texto oficial aún no se ha cotejado.</source>
        <translation>⚑ Por confirmar: %1 se cita sin transcribirlo; su texto oficial aún no se ha cotejado.</translation>
    </message>
    <message>
        <source>Carta «%1» guardada en Adjuntos el %2.</source>
        <translation>Carta «%1» guardada en Adjuntos el %2.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Biblioteca de la red</source>
        <translation>Biblioteca de la red</translation>
    </message>
    <message>
        <source>Protocolos y guías de la red, guardados en este equipo: se pueden leer sin internet. Se actualizan al sincronizar con el servidor de la red.</source>
        <translation>Protocolos y guías de la red, guardados en este equipo: se pueden leer sin internet. Se actualizan al sincronizar con el servidor de la red.</translation>
    </message>
    <message>
        <source>Elige un documento de la lista para leerlo.</source>
        <translation>Elige un documento de la lista para leerlo.</translation>
    </message>
    <message>
        <source>Aún no hay documentos de la red.</source>
        <translation>Aún no hay documentos de la red.</translation>
    </message>
    <message>
        <source>%1 (versión %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>El documento PDF se abrió en otra ventana.</source>
        <translation>El documento PDF se abrió en otra ventana.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Expedientes</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Documentos por vencer</source>
        <translation>Documentos por vencer</translation>
    </message>
    <message>
        <source>Tareas</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Ajustes</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Estadísticas</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Biblioteca</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Secciones</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Mostrar u ocultar el menú de secciones</source>
        <translation>Mostrar u ocultar el menú de secciones</translation>
    </message>
    <message>
        <source>&amp;Sesión</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Bloquear</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Salida &amp;rápida</source>
        <translation>Salida &amp;rápida</translation>
    </message>
    <message>
        <source>&amp;Salir</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>A&amp;yuda</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Acerca de Shelter Desk…</source>
        <translation>&amp;Acerca de Shelter Desk…</translation>
    </message>
    <message>
        <source>Salida rápida</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Oculta la ventana y bloquea al instante (%1)</source>
        <translation>Oculta la ventana y bloquea al instante (%1)</translation>
    </message>
    <message>
        <source>Bloquear</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Bloquear ahora (%1)</source>
        <translation>Bloquear ahora (%1)</translation>
    </message>
    <message>
        <source>coordinadora</source>
        <translation>coordinadora</translation>
    </message>
    <message>
        <source>trabajadora de casos</source>
        <translation>trabajadora de casos</translation>
    </message>
    <message>
        <source>voluntaria</source>
        <translation>voluntaria</translation>
    </message>
    <message numerus="yes">
        <source>(%n atrasada(s))</source>
        <translation>
            <numerusform>(%n atrasada)</numerusform>
            <numerusform>(%n atrasadas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tarea(s) pendiente(s)</source>
        <translation>
            <numerusform>%n tarea pendiente</numerusform>
            <numerusform>%n tareas pendientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>Indica qué contiene cada columna de la hoja. Las columnas marcadas «No importar» se dejan fuera.</source>
        <translation>Indica qué contiene cada columna de la hoja. Las columnas marcadas «No importar» se dejan fuera.</translation>
    </message>
    <message>
        <source>No importar</source>
        <translation>No importar</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Personas sin consentimiento para estadísticas, que no se cuentan: %1.</source>
        <translation>Personas sin consentimiento para estadísticas, que no se cuentan: %1.</translation>
    </message>
    <message>
        <source>El informe lo dice como «&lt; %1».</source>
        <translation>El informe lo dice como «&lt; %1».</translation>
    </message>
    <message>
        <source>Huella de la llave de la organización: %1</source>
        <translation>Huella de la llave de la organización: %1</translation>
    </message>
    <message>
        <source>Última revisión aprobada: %1, en la bandeja de salida.</source>
        <translation>Última revisión aprobada: %1, en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Primero aprueba y firma el informe.</source>
        <translation>Primero aprueba y firma el informe.</translation>
    </message>
    <message>
        <source>Esta red suma por partes secretas: lo aprobado sale solo como dos partes, una a cada servidor, no como archivo.</source>
        <translation>Esta red suma por partes secretas: lo aprobado sale solo como dos partes, una a cada servidor, no como archivo.</translation>
    </message>
    <message>
        <source>Revisión %1 del mes de %2, todavía sin aprobar.</source>
        <translation>Revisión %1 del mes de %2, todavía sin aprobar.</translation>
    </message>
    <message>
        <source>Revisión %1 del %2, todavía sin aprobar.</source>
        <translation>Revisión %1 del %2, todavía sin aprobar.</translation>
    </message>
    <message>
        <source>Las cifras menores que %1 se ocultan (regla de la red).</source>
        <translation>Las cifras menores que %1 se ocultan (regla de la red).</translation>
    </message>
    <message>
        <source>Las tablas se ven exactamente como se enviarán. «oculta»: una cifra que no se envía porque es menor que %1, o porque con ella se podría deducir otra menor que %1. Ninguna cifra oculta se puede calcular con los totales, con las otras tablas ni con una revisión anterior.</source>
        <translation>Las tablas se ven exactamente como se enviarán. «oculta»: una cifra que no se envía porque es menor que %1, o porque con ella se podría deducir otra menor que %1. Ninguna cifra oculta se puede calcular con los totales, con las otras tablas ni con una revisión anterior.</translation>
    </message>
    <message>
        <source>el hub</source>
        <translation>el hub</translation>
    </message>
    <message>
        <source>el agregador auxiliar</source>
        <translation>el agregador auxiliar</translation>
    </message>
    <message>
        <source>Revisión %1, parte para %2: enviada.</source>
        <translation>Revisión %1, parte para %2: enviada.</translation>
    </message>
    <message>
        <source>Revisión %1, parte para %2: rechazada: %3</source>
        <translation>Revisión %1, parte para %2: rechazada: %3</translation>
    </message>
    <message>
        <source>Revisión %1, parte para %2: en la bandeja de salida, en espera de enviarse.</source>
        <translation>Revisión %1, parte para %2: en la bandeja de salida, en espera de enviarse.</translation>
    </message>
    <message>
        <source>Aprobar el informe</source>
        <translation>Aprobar el informe</translation>
    </message>
    <message>
        <source>¿Aprobar y firmar la revisión %1 de %2? Se guardará en la bandeja de salida tal como la ves.</source>
        <translation>¿Aprobar y firmar la revisión %1 de %2? Se guardará en la bandeja de salida tal como la ves.</translation>
    </message>
    <message>
        <source>Revisión %1 aprobada y firmada; está en la bandeja de salida.</source>
        <translation>Revisión %1 aprobada y firmada; está en la bandeja de salida.</translation>
    </message>
    <message>
        <source>¿Aprobar y firmar la revisión %1 de %2? Estas cifras exactas se partirán en dos partes secretas, una para el hub y otra para el agregador auxiliar, y quedarán en la bandeja de salida.</source>
        <translation>¿Aprobar y firmar la revisión %1 de %2? Estas cifras exactas se partirán en dos partes secretas, una para el hub y otra para el agregador auxiliar, y quedarán en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Revisión %1 aprobada y firmada: sus dos partes están en la bandeja de salida, una para cada servidor.</source>
        <translation>Revisión %1 aprobada y firmada: sus dos partes están en la bandeja de salida, una para cada servidor.</translation>
    </message>
    <message>
        <source>Informe firmado (*.sdreport)</source>
        <translation>Informe firmado (*.sdreport)</translation>
    </message>
    <message>
        <source>Informe firmado guardado en %1</source>
        <translation>Informe firmado guardado en %1</translation>
    </message>
    <message>
        <source>Correspondencias DHIS2 de la red</source>
        <translation>Correspondencias DHIS2 de la red</translation>
    </message>
    <message>
        <source>Archivo JSON (*.json)</source>
        <translation>Archivo JSON (*.json)</translation>
    </message>
    <message>
        <source>Valores DHIS2 guardados en %1</source>
        <translation>Valores DHIS2 guardados en %1</translation>
    </message>
    <message>
        <source>Guardar</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Periodo:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Preparando el informe para la red</source>
        <translation>Preparando el informe para la red</translation>
    </message>
    <message>
        <source>&amp;Aprobar y firmar…</source>
        <translation>&amp;Aprobar y firmar…</translation>
    </message>
    <message>
        <source>&amp;Guardar .sdreport…</source>
        <translation>&amp;Guardar .sdreport…</translation>
    </message>
    <message>
        <source>Exportar para &amp;DHIS2…</source>
        <translation>Exportar para &amp;DHIS2…</translation>
    </message>
    <message>
        <source>Puedes revisar el informe, pero solo una coordinadora puede aprobar envíos a la red.</source>
        <translation>Puedes revisar el informe, pero solo una coordinadora puede aprobar envíos a la red.</translation>
    </message>
    <message>
        <source>&amp;Tabla:</source>
        <translation>&amp;Tabla:</translation>
    </message>
</context>
<context>
    <name>NetworkSection</name>
    <message>
        <source>&amp;Informe para la red</source>
        <translation>&amp;Informe para la red</translation>
    </message>
    <message>
        <source>&amp;Conexión con la red</source>
        <translation>&amp;Conexión con la red</translation>
    </message>
    <message>
        <source>Casos reci&amp;bidos</source>
        <translation>Casos reci&amp;bidos</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Contraseña nueva</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Contraseña nueva para «%1». Su contraseña anterior deja de servir. Que la escriba ella, o dísela en privado.</source>
        <translation>Contraseña nueva para «%1». Su contraseña anterior deja de servir. Que la escriba ella, o dísela en privado.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Confidencial</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Cuándo</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Escribió</source>
        <translation>Escribió</translation>
    </message>
    <message>
        <source>Reserva</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Lo que el equipo escuchó, aconsejó e hizo, lo más reciente primero. Elige una nota para leerla completa.</source>
        <translation>Lo que el equipo escuchó, aconsejó e hizo, lo más reciente primero. Elige una nota para leerla completa.</translation>
    </message>
    <message>
        <source>&amp;Confidencial (solo tú y coordinación)</source>
        <translation>&amp;Confidencial (solo tú y coordinación)</translation>
    </message>
    <message>
        <source>&amp;Nueva nota:</source>
        <translation>&amp;Nueva nota:</translation>
    </message>
    <message>
        <source>&amp;Guardar nota</source>
        <translation>&amp;Guardar nota</translation>
    </message>
</context>
<context>
    <name>OrganisationKeysDialog</name>
    <message>
        <source>CAMBIÓ: por confirmar</source>
        <translation>CAMBIÓ: por confirmar</translation>
    </message>
    <message>
        <source>Confirmada</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Servidor de la red</source>
        <translation>Servidor de la red</translation>
    </message>
    <message>
        <source>Archivo</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Huella</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>De dónde</source>
        <translation>De dónde</translation>
    </message>
    <message>
        <source>Claves de las organizaciones</source>
        <translation>Claves de las organizaciones</translation>
    </message>
    <message>
        <source>Solo se envían expedientes a estas organizaciones, y solo se aceptan los que ellas firman. Para estar segura, llama a la organización y lean la huella en voz alta: debe ser idéntica.</source>
        <translation>Solo se envían expedientes a estas organizaciones, y solo se aceptan los que ellas firman. Para estar segura, llama a la organización y lean la huella en voz alta: debe ser idéntica.</translation>
    </message>
    <message>
        <source>La huella de tu organización (para leerla a otras):</source>
        <translation>La huella de tu organización (para leerla a otras):</translation>
    </message>
    <message>
        <source>&amp;Confirmar la clave nueva…</source>
        <translation>&amp;Confirmar la clave nueva…</translation>
    </message>
    <message>
        <source>&amp;Importar un archivo de claves…</source>
        <translation>&amp;Importar un archivo de claves…</translation>
    </message>
    <message>
        <source>&amp;Guardar nuestras claves en un archivo…</source>
        <translation>&amp;Guardar nuestras claves en un archivo…</translation>
    </message>
    <message>
        <source>Clave nueva de «%1» confirmada.</source>
        <translation>Clave nueva de «%1» confirmada.</translation>
    </message>
    <message>
        <source>Claves de «%1» leídas. Huella: %2</source>
        <translation>Claves de «%1» leídas. Huella: %2</translation>
    </message>
    <message>
        <source>Confirmar la clave nueva</source>
        <translation>Confirmar la clave nueva</translation>
    </message>
    <message>
        <source>Llama a «%1» y pide que te lean su huella. Escríbela aquí tal como la oyes (los espacios no importan). Huella nueva que recibió esta computadora:
%2</source>
        <translation>Llama a «%1» y pide que te lean su huella. Escríbela aquí tal como la oyes (los espacios no importan). Huella nueva que recibió esta computadora:
%2</translation>
    </message>
    <message>
        <source>Archivo de claves</source>
        <translation>Archivo de claves</translation>
    </message>
    <message>
        <source>Claves (*.sdkeys)</source>
        <translation>Claves (*.sdkeys)</translation>
    </message>
    <message>
        <source>Guardar nuestras claves</source>
        <translation>Guardar nuestras claves</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Nueva contraseña:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repítela:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <source>Mostrar u ocultar la contraseña</source>
        <translation>Mostrar u ocultar la contraseña</translation>
    </message>
    <message numerus="yes">
        <source>Muy corta: usa al menos %n caracteres. Una frase de varias palabras es fácil de recordar y difícil de adivinar.</source>
        <translation>
            <numerusform>Muy corta: usa al menos %n carácter. Una frase de varias palabras es fácil de recordar y difícil de adivinar.</numerusform>
            <numerusform>Muy corta: usa al menos %n caracteres. Una frase de varias palabras es fácil de recordar y difícil de adivinar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aceptable. Una frase de varias palabras sería más segura.</source>
        <translation>Aceptable. Una frase de varias palabras sería más segura.</translation>
    </message>
    <message>
        <source>Buena.</source>
        <translation>Buena.</translation>
    </message>
    <message>
        <source>Muy buena.</source>
        <translation>Muy buena.</translation>
    </message>
    <message>
        <source>Una frase de varias palabras que solo tú conozcas, por ejemplo cuatro palabras sin relación entre sí.</source>
        <translation>Una frase de varias palabras que solo tú conozcas, por ejemplo cuatro palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>Las dos contraseñas todavía no coinciden.</source>
        <translation>Las dos contraseñas todavía no coinciden.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Parentesco</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Edad</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Nacionalidad</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Expediente</source>
        <translation>Expediente</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Buscar a una persona por nombre o alias…</source>
        <translation>Buscar a una persona por nombre o alias…</translation>
    </message>
    <message>
        <source>Buscar personas</source>
        <translation>Buscar personas</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>%1 de %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Trimestre %1 de %2 (%3)</source>
        <translation>Trimestre %1 de %2 (%3)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Abrir expediente</source>
        <translation>Abrir expediente</translation>
    </message>
    <message>
        <source>Agregar integrante del hogar</source>
        <translation>Agregar integrante del hogar</translation>
    </message>
    <message>
        <source>Editar datos de la persona</source>
        <translation>Editar datos de la persona</translation>
    </message>
    <message>
        <source>&amp;Parentesco con la titular:</source>
        <translation>&amp;Parentesco con la titular:</translation>
    </message>
    <message>
        <source>Nació en &amp;México (es mexicana o mexicano)</source>
        <translation>Nació en &amp;México (es mexicana o mexicano)</translation>
    </message>
    <message>
        <source>Guardar y agregar &amp;hijas e hijos…</source>
        <translation>Guardar y agregar &amp;hijas e hijos…</translation>
    </message>
    <message>
        <source>Guardar y agregar &amp;otra persona</source>
        <translation>Guardar y agregar &amp;otra persona</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>&amp;Nombre(s):</source>
        <translation>&amp;Nombre(s):</translation>
    </message>
    <message>
        <source>&amp;Apellidos:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>Otros nombres o a&amp;podos:</source>
        <translation>Otros nombres o a&amp;podos:</translation>
    </message>
    <message>
        <source>Fecha de &amp;nacimiento:</source>
        <translation>Fecha de &amp;nacimiento:</translation>
    </message>
    <message>
        <source>&amp;Sexo:</source>
        <translation>&amp;Sexo:</translation>
    </message>
    <message>
        <source>Identidad de &amp;género:</source>
        <translation>Identidad de &amp;género:</translation>
    </message>
    <message>
        <source>Na&amp;cionalidad:</source>
        <translation>Na&amp;cionalidad:</translation>
    </message>
    <message>
        <source>&amp;Idiomas:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>Se identifica como &amp;indígena:</source>
        <translation>Se identifica como &amp;indígena:</translation>
    </message>
    <message>
        <source>Lugar de &amp;origen:</source>
        <translation>Lugar de &amp;origen:</translation>
    </message>
    <message>
        <source>Llegada a &amp;México:</source>
        <translation>Llegada a &amp;México:</translation>
    </message>
    <message>
        <source>Llegada al al&amp;bergue:</source>
        <translation>Llegada al al&amp;bergue:</translation>
    </message>
    <message>
        <source>Situación &amp;migratoria:</source>
        <translation>Situación &amp;migratoria:</translation>
    </message>
    <message>
        <source>&amp;Teléfono:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Escuela:</source>
        <translation>&amp;Escuela:</translation>
    </message>
    <message>
        <source>&amp;Grado escolar:</source>
        <translation>&amp;Grado escolar:</translation>
    </message>
    <message>
        <source>Separados por comas</source>
        <translation>Separados por comas</translation>
    </message>
    <message>
        <source>¿Por qué preguntamos esto? Para defender sus derechos lingüísticos y culturales, y para estadísticas anónimas. Solo si ella quiere decirlo.</source>
        <translation>¿Por qué preguntamos esto? Para defender sus derechos lingüísticos y culturales, y para estadísticas anónimas. Solo si ella quiere decirlo.</translation>
    </message>
    <message>
        <source>Se sabe</source>
        <translation>Se sabe</translation>
    </message>
    <message>
        <source>No se preguntó o prefiere no decir</source>
        <translation>No se preguntó o prefiere no decir</translation>
    </message>
    <message>
        <source>Sí</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Sin dato</source>
        <translation>Sin dato</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Perfil en el directorio de la red</source>
        <translation>Perfil en el directorio de la red</translation>
    </message>
    <message>
        <source>N&amp;ombre:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>Ciu&amp;dad:</source>
        <translation>Ciu&amp;dad:</translation>
    </message>
    <message>
        <source>Es&amp;tado (entidad federativa):</source>
        <translation>Es&amp;tado (entidad federativa):</translation>
    </message>
    <message>
        <source>Ser&amp;vicios (separados por comas):</source>
        <translation>Ser&amp;vicios (separados por comas):</translation>
    </message>
    <message>
        <source>Cont&amp;acto:</source>
        <translation>Cont&amp;acto:</translation>
    </message>
    <message>
        <source>&amp;Publicar perfil</source>
        <translation>&amp;Publicar perfil</translation>
    </message>
    <message>
        <source>Podrás publicar el perfil cuando la organización se una a la red.</source>
        <translation>Podrás publicar el perfil cuando la organización se una a la red.</translation>
    </message>
    <message>
        <source>Publicando…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <source>Perfil publicado: las demás organizaciones lo verán al sincronizar.</source>
        <translation>Perfil publicado: las demás organizaciones lo verán al sincronizar.</translation>
    </message>
</context>
<context>
    <name>ReceivedCasesPage</name>
    <message>
        <source>Por revisar</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Aceptado</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Rechazado</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Vencido</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Recibido</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Vence</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Expedientes que otras organizaciones de la red te enviaron, cifrados. Revisa su contenido antes de aceptarlo; si lo rechazas, no se guarda nada de ella.</source>
        <translation>Expedientes que otras organizaciones de la red te enviaron, cifrados. Revisa su contenido antes de aceptarlo; si lo rechazas, no se guarda nada de ella.</translation>
    </message>
    <message>
        <source>Abrir &amp;paquete recibido…</source>
        <translation>Abrir &amp;paquete recibido…</translation>
    </message>
    <message>
        <source>&amp;Vista previa</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Aceptar y abrir expediente…</source>
        <translation>&amp;Aceptar y abrir expediente…</translation>
    </message>
    <message>
        <source>&amp;Rechazar…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>&amp;Enviar y recibir por la red</source>
        <translation>&amp;Enviar y recibir por la red</translation>
    </message>
    <message>
        <source>&amp;Claves…</source>
        <translation>&amp;Claves…</translation>
    </message>
    <message>
        <source>Paquete de «%1» recibido. Revisa la vista previa.</source>
        <translation>Paquete de «%1» recibido. Revisa la vista previa.</translation>
    </message>
    <message>
        <source>Recibidos: %1. Enviados: %2. Respuestas: %3.</source>
        <translation>Recibidos: %1. Enviados: %2. Respuestas: %3.</translation>
    </message>
    <message>
        <source>Sin conexión con el servidor de la red: %1 paquete(s) esperan en la bandeja de salida.</source>
        <translation>Sin conexión con el servidor de la red: %1 paquete(s) esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Expediente abierto con lo recibido.</source>
        <translation>Expediente abierto con lo recibido.</translation>
    </message>
    <message>
        <source>Rechazado: no se guardó nada del paquete.</source>
        <translation>Rechazado: no se guardó nada del paquete.</translation>
    </message>
    <message>
        <source>No se pudo enviar la respuesta por el servidor de la red: guarda el acuse y envíalo como archivo.</source>
        <translation>No se pudo enviar la respuesta por el servidor de la red: guarda el acuse y envíalo como archivo.</translation>
    </message>
    <message>
        <source>Paquete recibido</source>
        <translation>Paquete recibido</translation>
    </message>
    <message>
        <source>Paquetes (*.sdhandoff)</source>
        <translation>Paquetes (*.sdhandoff)</translation>
    </message>
    <message>
        <source>Rechazar</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>¿Por qué? (la organización lo verá)</source>
        <translation>¿Por qué? (la organización lo verá)</translation>
    </message>
    <message>
        <source>Guardar el acuse de recibo para quien lo envió</source>
        <translation>Guardar el acuse de recibo para quien lo envió</translation>
    </message>
    <message>
        <source>Acuses (*.sdack)</source>
        <translation>Acuses (*.sdack)</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Kit de emergencia</source>
        <translation>Kit de emergencia</translation>
    </message>
    <message>
        <source>Este es el código de recuperación. Abre la bóveda si alguien olvida su contraseña, y se muestra solo esta vez. Guárdalo en PDF para imprimirlo, o cópialo a papel ahora.</source>
        <translation>Este es el código de recuperación. Abre la bóveda si alguien olvida su contraseña, y se muestra solo esta vez. Guárdalo en PDF para imprimirlo, o cópialo a papel ahora.</translation>
    </message>
    <message>
        <source>&amp;Imprimir kit…</source>
        <translation>&amp;Imprimir kit…</translation>
    </message>
    <message>
        <source>&amp;Guardar kit en PDF…</source>
        <translation>&amp;Guardar kit en PDF…</translation>
    </message>
    <message>
        <source>&amp;Copiar código</source>
        <translation>&amp;Copiar código</translation>
    </message>
    <message>
        <source>Lo anoté y lo guardé en un lugar seguro</source>
        <translation>Lo anoté y lo guardé en un lugar seguro</translation>
    </message>
    <message>
        <source>Salida rápida: el botón de arriba a la derecha, o la tecla F12, oculta la ventana y bloquea al instante. No borra otras huellas de la computadora (como el historial del navegador) ni oculta que la aplicación está instalada.</source>
        <translation>Salida rápida: el botón de arriba a la derecha, o la tecla F12, oculta la ventana y bloquea al instante. No borra otras huellas de la computadora (como el historial del navegador) ni oculta que la aplicación está instalada.</translation>
    </message>
    <message>
        <source>Guardar kit de emergencia</source>
        <translation>Guardar kit de emergencia</translation>
    </message>
    <message>
        <source>No se pudo guardar el PDF ahí. Elige otra carpeta.</source>
        <translation>No se pudo guardar el PDF ahí. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>Kit guardado. Imprímelo y borra el archivo.</source>
        <translation>Kit guardado. Imprímelo y borra el archivo.</translation>
    </message>
    <message>
        <source>Kit enviado a la impresora. Recógelo y guárdalo.</source>
        <translation>Kit enviado a la impresora. Recógelo y guárdalo.</translation>
    </message>
    <message>
        <source>Código copiado. Pégalo donde lo vayas a imprimir y no lo guardes en esta computadora.</source>
        <translation>Código copiado. Pégalo donde lo vayas a imprimir y no lo guardes en esta computadora.</translation>
    </message>
</context>
<context>
    <name>RecoveryForm</name>
    <message>
        <source>Escribe el código de recuperación del kit de emergencia (lo guarda la coordinación con los documentos del albergue) y elige una contraseña nueva.</source>
        <translation>Escribe el código de recuperación del kit de emergencia (lo guarda la coordinación con los documentos del albergue) y elige una contraseña nueva.</translation>
    </message>
    <message>
        <source>&amp;Código de recuperación:</source>
        <translation>&amp;Código de recuperación:</translation>
    </message>
    <message>
        <source>&amp;Usuaria:</source>
        <translation>&amp;Usuaria:</translation>
    </message>
    <message>
        <source>&amp;Volver</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>&amp;Guardar contraseña nueva</source>
        <translation>&amp;Guardar contraseña nueva</translation>
    </message>
    <message>
        <source>Comprobando el código…</source>
        <translation>Comprobando el código…</translation>
    </message>
</context>
<context>
    <name>ReferralConsentDialog</name>
    <message>
        <source>Consentimiento para canalizar</source>
        <translation>Consentimiento para canalizar</translation>
    </message>
    <message>
        <source>Registra que ella acepta ser canalizada para este tipo de servicio. Para enviar su expediente a otra organización, nombra la organización.</source>
        <translation>Registra que ella acepta ser canalizada para este tipo de servicio. Para enviar su expediente a otra organización, nombra la organización.</translation>
    </message>
    <message>
        <source>Persona:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <source>&amp;Tipo de servicio:</source>
        <translation>&amp;Tipo de servicio:</translation>
    </message>
    <message>
        <source>&amp;Organización:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Cualquier organización</source>
        <translation>Cualquier organización</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Nueva canalización</source>
        <translation>Nueva canalización</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Organización:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Servicio:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>&amp;Fecha:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Tipo de servicio:</source>
        <translation>&amp;Tipo de servicio:</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Propuesta el</source>
        <translation>Propuesta el</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Servicio</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Canalizaciones a organizaciones de la red. Para canalizar a alguien hace falta su consentimiento de canalización (pestaña Consentimientos).</source>
        <translation>Canalizaciones a organizaciones de la red. Para canalizar a alguien hace falta su consentimiento de canalización (pestaña Consentimientos).</translation>
    </message>
    <message>
        <source>&amp;Nueva canalización…</source>
        <translation>&amp;Nueva canalización…</translation>
    </message>
    <message>
        <source>Marcar &amp;enviada</source>
        <translation>Marcar &amp;enviada</translation>
    </message>
    <message>
        <source>Marcar &amp;aceptada</source>
        <translation>Marcar &amp;aceptada</translation>
    </message>
    <message>
        <source>Marcar &amp;completada</source>
        <translation>Marcar &amp;completada</translation>
    </message>
    <message>
        <source>Marcar &amp;rechazada</source>
        <translation>Marcar &amp;rechazada</translation>
    </message>
    <message>
        <source>&amp;Directorio…</source>
        <translation>&amp;Directorio…</translation>
    </message>
    <message>
        <source>Enviar e&amp;xpediente…</source>
        <translation>Enviar e&amp;xpediente…</translation>
    </message>
</context>
<context>
    <name>RemovalDialog</name>
    <message>
        <source>Quitar del equipo</source>
        <translation>Quitar del equipo</translation>
    </message>
    <message>
        <source>¿Quitar a «%1» del equipo?</source>
        <translation>¿Quitar a «%1» del equipo?</translation>
    </message>
    <message>
        <source>• Su contraseña deja de abrir la bóveda.
• La llave maestra cambia: tarda hasta un minuto y mientras tanto no se puede usar la bóveda. Las demás cuentas y el código de recuperación siguen sirviendo, sin escribir nada nuevo.
• Lo que copie de la bóveda desde ahora (también keys.json) no se abre con su contraseña.
• Sus notas y lo que hizo se quedan en los expedientes, con su nombre.</source>
        <translation>• Su contraseña deja de abrir la bóveda.
• La llave maestra cambia: tarda hasta un minuto y mientras tanto no se puede usar la bóveda. Las demás cuentas y el código de recuperación siguen sirviendo, sin escribir nada nuevo.
• Lo que copie de la bóveda desde ahora (también keys.json) no se abre con su contraseña.
• Sus notas y lo que hizo se quedan en los expedientes, con su nombre.</translation>
    </message>
    <message>
        <source>Lo que no se puede deshacer: las copias de la bóveda o de seguridad hechas antes de hoy siguen abriéndose con su contraseña de entonces. Después de quitarla, reemplaza las copias de la memoria USB por copias con la llave nueva y destruye las que ella pudo llevarse.</source>
        <translation>Lo que no se puede deshacer: las copias de la bóveda o de seguridad hechas antes de hoy siguen abriéndose con su contraseña de entonces. Después de quitarla, reemplaza las copias de la memoria USB por copias con la llave nueva y destruye las que ella pudo llevarse.</translation>
    </message>
    <message>
        <source>&amp;Quitar y cambiar la llave maestra</source>
        <translation>&amp;Quitar y cambiar la llave maestra</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Número</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>oculta</source>
        <translation>oculta</translation>
    </message>
    <message>
        <source>Cifra oculta: es menor que %1, o con ella se podría deducir una cifra menor que %1. Se envía vacía.</source>
        <translation>Cifra oculta: es menor que %1, o con ella se podría deducir una cifra menor que %1. Se envía vacía.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restaurar copia de seguridad</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Se restaurará %1. La bóveda actual no se borra: se guarda aparte, junto a su carpeta. Escribe el nombre y la contraseña de una coordinadora que existía cuando se hizo la copia, o el código de recuperación de entonces.</source>
        <translation>Se restaurará %1. La bóveda actual no se borra: se guarda aparte, junto a su carpeta. Escribe el nombre y la contraseña de una coordinadora que existía cuando se hizo la copia, o el código de recuperación de entonces.</translation>
    </message>
    <message>
        <source>&amp;Nombre para entrar:</source>
        <translation>&amp;Nombre para entrar:</translation>
    </message>
    <message>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>o código de &amp;recuperación:</source>
        <translation>o código de &amp;recuperación:</translation>
    </message>
    <message>
        <source>&amp;Restaurar</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Comprobando y restaurando la copia…</source>
        <translation>Comprobando y restaurando la copia…</translation>
    </message>
</context>
<context>
    <name>RightsTab</name>
    <message>
        <source>Listo</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Bloqueado</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>En riesgo</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Verificada</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Por confirmar</source>
        <translation>Por confirmar</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Trámite</source>
        <translation>Trámite</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Fuente</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Siguiente paso</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Qué puertas le abren sus documentos y los de sus hijas e hijos: cada trámite, listo, bloqueado o en riesgo, con el motivo y el siguiente paso. «Por confirmar» marca, una por una, las citas que no se han verificado en el texto de la ley; la columna Fuente dice si lo que se afirma en la fila ya lo está.</source>
        <translation>Qué puertas le abren sus documentos y los de sus hijas e hijos: cada trámite, listo, bloqueado o en riesgo, con el motivo y el siguiente paso. «Por confirmar» marca, una por una, las citas que no se han verificado en el texto de la ley; la columna Fuente dice si lo que se afirma en la fila ya lo está.</translation>
    </message>
    <message>
        <source>Detalle del trámite</source>
        <translation>Detalle del trámite</translation>
    </message>
    <message>
        <source>&amp;Ver:</source>
        <translation>&amp;Ver:</translation>
    </message>
    <message>
        <source>Todas las personas</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>Escri&amp;bir carta…</source>
        <translation>Escri&amp;bir carta…</translation>
    </message>
    <message>
        <source>por confirmar</source>
        <translation>por confirmar</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Idioma:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Bloquear tras inactividad (minutos):</source>
        <translation>&amp;Bloquear tras inactividad (minutos):</translation>
    </message>
    <message>
        <source>&amp;Tamaño de letra:</source>
        <translation>&amp;Tamaño de letra:</translation>
    </message>
    <message>
        <source>Del sistema</source>
        <translation>Del sistema</translation>
    </message>
    <message>
        <source>Estos ajustes son de esta computadora. La bóveda también se bloquea con el botón Bloquear y con la salida rápida.</source>
        <translation>Estos ajustes son de esta computadora. La bóveda también se bloquea con el botón Bloquear y con la salida rápida.</translation>
    </message>
    <message>
        <source>&amp;Acerca de Shelter Desk…</source>
        <translation>&amp;Acerca de Shelter Desk…</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Personas del equipo</source>
        <translation>Personas del equipo</translation>
    </message>
    <message>
        <source>Cada persona entra con su nombre y su propia contraseña. Quien deja el albergue se quita aquí: su contraseña deja de servir y la llave maestra cambia.</source>
        <translation>Cada persona entra con su nombre y su propia contraseña. Quien deja el albergue se quita aquí: su contraseña deja de servir y la llave maestra cambia.</translation>
    </message>
    <message>
        <source>A&amp;gregar una persona…</source>
        <translation>A&amp;gregar una persona…</translation>
    </message>
    <message>
        <source>Contraseña &amp;nueva…</source>
        <translation>Contraseña &amp;nueva…</translation>
    </message>
    <message>
        <source>Para quien olvidó su contraseña.</source>
        <translation>Para quien olvidó su contraseña.</translation>
    </message>
    <message>
        <source>&amp;Quitar del equipo…</source>
        <translation>&amp;Quitar del equipo…</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Función</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Desde</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source> (tú)</source>
        <translation> (tú)</translation>
    </message>
    <message>
        <source>Activa</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Quitada</source>
        <translation>Quitada</translation>
    </message>
    <message>
        <source>No puedes quitar tu propia cuenta.</source>
        <translation>No puedes quitar tu propia cuenta.</translation>
    </message>
    <message>
        <source>Ya hay una persona activa con ese nombre en el equipo.</source>
        <translation>Ya hay una persona activa con ese nombre en el equipo.</translation>
    </message>
    <message>
        <source>Agregando a «%1»…</source>
        <translation>Agregando a «%1»…</translation>
    </message>
    <message>
        <source>«%1» ya puede entrar con su contraseña.</source>
        <translation>«%1» ya puede entrar con su contraseña.</translation>
    </message>
    <message>
        <source>Guardando la contraseña nueva…</source>
        <translation>Guardando la contraseña nueva…</translation>
    </message>
    <message>
        <source>«%1» ya entra con su contraseña nueva; la anterior no sirve.</source>
        <translation>«%1» ya entra con su contraseña nueva; la anterior no sirve.</translation>
    </message>
    <message>
        <source>Quitando a «%1» y cambiando la llave maestra…</source>
        <translation>Quitando a «%1» y cambiando la llave maestra…</translation>
    </message>
    <message>
        <source>Se quitó a «%1»: su contraseña ya no abre la bóveda, pero la llave maestra todavía no cambió.</source>
        <translation>Se quitó a «%1»: su contraseña ya no abre la bóveda, pero la llave maestra todavía no cambió.</translation>
    </message>
    <message>
        <source>La llave maestra no cambió</source>
        <translation>La llave maestra no cambió</translation>
    </message>
    <message>
        <source>Se quitó a «%1». La llave maestra es nueva (generación %2).</source>
        <translation>Se quitó a «%1». La llave maestra es nueva (generación %2).</translation>
    </message>
    <message>
        <source>Copias de seguridad</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Las copias de seguridad hechas antes siguen abriéndose con la contraseña de «%1». ¿Reemplazar ahora las de una memoria USB por copias con la llave nueva? Cada una se comprueba antes de borrar la anterior.</source>
        <translation>Las copias de seguridad hechas antes siguen abriéndose con la contraseña de «%1». ¿Reemplazar ahora las de una memoria USB por copias con la llave nueva? Cada una se comprueba antes de borrar la anterior.</translation>
    </message>
    <message>
        <source>&amp;Reemplazar las copias…</source>
        <translation>&amp;Reemplazar las copias…</translation>
    </message>
    <message>
        <source>Más &amp;tarde</source>
        <translation>Más &amp;tarde</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>atrasada</source>
        <translation>atrasada</translation>
    </message>
    <message>
        <source>Para el</source>
        <translation>Para el</translation>
    </message>
    <message>
        <source>Tarea</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Expediente</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Tus tareas pendientes, la más urgente primero. Enter abre el expediente.</source>
        <translation>Tus tareas pendientes, la más urgente primero. Enter abre el expediente.</translation>
    </message>
    <message>
        <source>&amp;Marcar como hecha</source>
        <translation>&amp;Marcar como hecha</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Hecha</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Atrasada</source>
        <translation>Atrasada</translation>
    </message>
    <message>
        <source>Pendiente</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Para el</source>
        <translation>Para el</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tarea</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Lo que hay que hacer por este expediente, lo pendiente primero. Las renovaciones de documentos por vencer se crean solas.</source>
        <translation>Lo que hay que hacer por este expediente, lo pendiente primero. Las renovaciones de documentos por vencer se crean solas.</translation>
    </message>
    <message>
        <source>N&amp;ueva tarea:</source>
        <translation>N&amp;ueva tarea:</translation>
    </message>
    <message>
        <source>&amp;Agregar tarea</source>
        <translation>&amp;Agregar tarea</translation>
    </message>
    <message>
        <source>&amp;Marcar como hecha</source>
        <translation>&amp;Marcar como hecha</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Equipo</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Computadora</source>
        <translation>Computadora</translation>
    </message>
    <message>
        <source>Identificador</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Última sincronización</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>&amp;Formar un equipo con esta computadora</source>
        <translation>&amp;Formar un equipo con esta computadora</translation>
    </message>
    <message>
        <source>E&amp;xportar cambios a USB…</source>
        <translation>E&amp;xportar cambios a USB…</translation>
    </message>
    <message>
        <source>&amp;Importar cambios…</source>
        <translation>&amp;Importar cambios…</translation>
    </message>
    <message>
        <source>A&amp;gregar una computadora del equipo…</source>
        <translation>A&amp;gregar una computadora del equipo…</translation>
    </message>
    <message>
        <source>&amp;Quitar del equipo</source>
        <translation>&amp;Quitar del equipo</translation>
    </message>
    <message>
        <source>Conflictos</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Cambiar ahora la &amp;llave maestra de esta computadora</source>
        <translation>Cambiar ahora la &amp;llave maestra de esta computadora</translation>
    </message>
    <message>
        <source>Alguien o una computadora salió del equipo: con una llave nueva, lo que se llevó deja de abrir los archivos de esta computadora.</source>
        <translation>Alguien o una computadora salió del equipo: con una llave nueva, lo que se llevó deja de abrir los archivos de esta computadora.</translation>
    </message>
    <message>
        <source>Esta computadora todavía no forma parte de un equipo.</source>
        <translation>Esta computadora todavía no forma parte de un equipo.</translation>
    </message>
    <message>
        <source>esta computadora</source>
        <translation>esta computadora</translation>
    </message>
    <message>
        <source>quitada del equipo</source>
        <translation>quitada del equipo</translation>
    </message>
    <message>
        <source>sin sincronizar</source>
        <translation>sin sincronizar</translation>
    </message>
    <message>
        <source>Hay un conflicto: borrado en una computadora y editado en otra (%1)</source>
        <translation>Hay un conflicto: borrado en una computadora y editado en otra (%1)</translation>
    </message>
    <message>
        <source>Hay un conflicto: %1 (%2)</source>
        <translation>Hay un conflicto: %1 (%2)</translation>
    </message>
    <message>
        <source>Importar cambios</source>
        <translation>Importar cambios</translation>
    </message>
    <message>
        <source>Cambios de Shelter Desk (*.sdchanges)</source>
        <translation>Cambios de Shelter Desk (*.sdchanges)</translation>
    </message>
    <message>
        <source>Exportar cambios a USB</source>
        <translation>Exportar cambios a USB</translation>
    </message>
    <message>
        <source>Cambiando la llave maestra de esta computadora…</source>
        <translation>Cambiando la llave maestra de esta computadora…</translation>
    </message>
    <message>
        <source>Llave maestra nueva (generación %1).</source>
        <translation>Llave maestra nueva (generación %1).</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Shelter Desk: desbloquear</source>
        <translation>Shelter Desk: desbloquear</translation>
    </message>
    <message>
        <source>Desbloquear Shelter Desk</source>
        <translation>Desbloquear Shelter Desk</translation>
    </message>
    <message>
        <source>&amp;Nombre para entrar:</source>
        <translation>&amp;Nombre para entrar:</translation>
    </message>
    <message>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Recordar mi nombre en esta computadora</source>
        <translation>Recordar mi nombre en esta computadora</translation>
    </message>
    <message>
        <source>Bóveda de demostración (personas sintéticas): entra como «%1». Su contraseña es pública y está en el README (sección «Set-up») y en el Makefile (DEMO_PASSPHRASE).</source>
        <translation>Bóveda de demostración (personas sintéticas): entra como «%1». Su contraseña es pública y está en el README (sección «Set-up») y en el Makefile (DEMO_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Mostrar u ocultar la contraseña</source>
        <translation>Mostrar u ocultar la contraseña</translation>
    </message>
    <message>
        <source>¿Olvidaste tu contraseña?</source>
        <translation>¿Olvidaste tu contraseña?</translation>
    </message>
    <message>
        <source>Comprobando la contraseña</source>
        <translation>Comprobando la contraseña</translation>
    </message>
    <message numerus="yes">
        <source>Espera %n s</source>
        <translation>
            <numerusform>Espera %n s</numerusform>
            <numerusform>Espera %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Desbloquear</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Escribe tu nombre para entrar y tu contraseña.</source>
        <translation>Escribe tu nombre para entrar y tu contraseña.</translation>
    </message>
    <message>
        <source>Comprobando…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Por seguridad, espera unos segundos antes de intentar otra vez.</source>
        <translation>Por seguridad, espera unos segundos antes de intentar otra vez.</translation>
    </message>
    <message>
        <source>Listo: ya puedes entrar con tu nueva contraseña.</source>
        <translation>Listo: ya puedes entrar con tu nueva contraseña.</translation>
    </message>
</context>
<context>
    <name>UnreadValues</name>
    <message>
        <source>&amp;Recordar estas respuestas para el próximo archivo</source>
        <translation>&amp;Recordar estas respuestas para el próximo archivo</translation>
    </message>
    <message>
        <source>&amp;Aplicar las respuestas y revisar de nuevo</source>
        <translation>&amp;Aplicar las respuestas y revisar de nuevo</translation>
    </message>
    <message>
        <source>Sin elegir</source>
        <translation>Sin elegir</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Bienvenida</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Shelter Desk guarda los expedientes del albergue cifrados en esta computadora, y funciona sin internet. Vamos a prepararlo en tres pasos.</source>
        <translation>Shelter Desk guarda los expedientes del albergue cifrados en esta computadora, y funciona sin internet. Vamos a prepararlo en tres pasos.</translation>
    </message>
    <message>
        <source>&amp;Idioma:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>C&amp;rear la bóveda del albergue en esta computadora</source>
        <translation>C&amp;rear la bóveda del albergue en esta computadora</translation>
    </message>
    <message>
        <source>&amp;Unirme a un albergue (otra computadora del equipo ya tiene la bóveda)</source>
        <translation>&amp;Unirme a un albergue (otra computadora del equipo ya tiene la bóveda)</translation>
    </message>
</context>
<context>
    <name>access_export</name>
    <message>
        <source>Carpeta para la exportación de sus datos</source>
        <translation>Carpeta para la exportación de sus datos</translation>
    </message>
    <message>
        <source>Exportar datos (acceso)</source>
        <translation>Exportar datos (acceso)</translation>
    </message>
    <message>
        <source>Se guardaron SIN CIFRAR en %1: un PDF para ella y el mismo contenido en JSON. Entrégaselos y no guardes copias en esta computadora.</source>
        <translation>Se guardaron SIN CIFRAR en %1: un PDF para ella y el mismo contenido en JSON. Entrégaselos y no guardes copias en esta computadora.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>1 mes</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>{} meses</source>
        <translation>{} meses</translation>
    </message>
    <message>
        <source>1 año</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>{} años</source>
        <translation>{} años</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Mujer</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Hombre</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Intersexual</source>
        <translation>Intersexual</translation>
    </message>
    <message>
        <source>Femenino</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Masculino</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Prefiere no decir</source>
        <translation>Prefiere no decir</translation>
    </message>
    <message>
        <source>Mujer trans</source>
        <translation>Mujer trans</translation>
    </message>
    <message>
        <source>Hombre trans</source>
        <translation>Hombre trans</translation>
    </message>
    <message>
        <source>No binaria</source>
        <translation>No binaria</translation>
    </message>
    <message>
        <source>Otra</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Sin documentos migratorios</source>
        <translation>Sin documentos migratorios</translation>
    </message>
    <message>
        <source>Solicitante de la condición de refugiada</source>
        <translation>Solicitante de la condición de refugiada</translation>
    </message>
    <message>
        <source>Refugiada</source>
        <translation>Refugiada</translation>
    </message>
    <message>
        <source>Protección complementaria</source>
        <translation>Protección complementaria</translation>
    </message>
    <message>
        <source>Visitante por razones humanitarias</source>
        <translation>Visitante por razones humanitarias</translation>
    </message>
    <message>
        <source>Residente temporal</source>
        <translation>Residente temporal</translation>
    </message>
    <message>
        <source>Residente permanente</source>
        <translation>Residente permanente</translation>
    </message>
    <message>
        <source>Mexicana</source>
        <translation>Mexicana</translation>
    </message>
    <message>
        <source>Otra situación</source>
        <translation>Otra situación</translation>
    </message>
    <message>
        <source>No se sabe</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Aún no en edad escolar</source>
        <translation>Aún no en edad escolar</translation>
    </message>
    <message>
        <source>Con inscripción escolar</source>
        <translation>Con inscripción escolar</translation>
    </message>
    <message>
        <source>Sin inscripción escolar</source>
        <translation>Sin inscripción escolar</translation>
    </message>
    <message>
        <source>Rechazo de la escuela</source>
        <translation>Rechazo de la escuela</translation>
    </message>
    <message>
        <source>Titular del expediente</source>
        <translation>Titular del expediente</translation>
    </message>
    <message>
        <source>Hija o hijo</source>
        <translation>Hija o hijo</translation>
    </message>
    <message>
        <source>Madre</source>
        <translation>Madre</translation>
    </message>
    <message>
        <source>Pareja</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Otro familiar</source>
        <translation>Otro familiar</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Solo copia</source>
        <translation>Solo copia</translation>
    </message>
    <message>
        <source>En trámite</source>
        <translation>En trámite</translation>
    </message>
    <message>
        <source>Vencido</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Extraviado o robado</source>
        <translation>Extraviado o robado</translation>
    </message>
    <message>
        <source>Retenido por una autoridad</source>
        <translation>Retenido por una autoridad</translation>
    </message>
    <message>
        <source>No lo tiene</source>
        <translation>No lo tiene</translation>
    </message>
    <message>
        <source>Vigente</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Por vencer</source>
        <translation>Por vencer</translation>
    </message>
    <message>
        <source>Retenido</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>Falta</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>No puede tenerlo</source>
        <translation>No puede tenerlo</translation>
    </message>
    <message>
        <source>Lo lograron</source>
        <translation>Lo lograron</translation>
    </message>
    <message>
        <source>En parte</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>Se lo negaron</source>
        <translation>Se lo negaron</translation>
    </message>
    <message>
        <source>En espera de respuesta</source>
        <translation>En espera de respuesta</translation>
    </message>
    <message>
        <source>Sesión de escucha</source>
        <translation>Sesión de escucha</translation>
    </message>
    <message>
        <source>Asesoría legal</source>
        <translation>Asesoría legal</translation>
    </message>
    <message>
        <source>Llamada</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Visita</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Acompañamiento</source>
        <translation>Acompañamiento</translation>
    </message>
    <message>
        <source>Propuesta</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Enviada</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Aceptada</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Completada</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Rechazada</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Atención</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>Estadísticas anónimas de la red</source>
        <translation>Estadísticas anónimas de la red</translation>
    </message>
    <message>
        <source>Canalización a otras organizaciones</source>
        <translation>Canalización a otras organizaciones</translation>
    </message>
    <message>
        <source>Fotografías</source>
        <translation>Fotografías</translation>
    </message>
    <message>
        <source>Todo tipo de servicio</source>
        <translation>Todo tipo de servicio</translation>
    </message>
    <message>
        <source>Asesoría jurídica</source>
        <translation>Asesoría jurídica</translation>
    </message>
    <message>
        <source>Atención psicosocial</source>
        <translation>Atención psicosocial</translation>
    </message>
    <message>
        <source>Salud</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Albergue o refugio</source>
        <translation>Albergue o refugio</translation>
    </message>
    <message>
        <source>Protección</source>
        <translation>Protección</translation>
    </message>
    <message>
        <source>Seguridad</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Coordinadora</source>
        <translation>Coordinadora</translation>
    </message>
    <message>
        <source>Trabajadora de casos</source>
        <translation>Trabajadora de casos</translation>
    </message>
    <message>
        <source>Voluntaria</source>
        <translation>Voluntaria</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Ocurrió un error inesperado. No se guardó nada de esta acción.</source>
        <translation>Ocurrió un error inesperado. No se guardó nada de esta acción.</translation>
    </message>
</context>
</TS>
