"""Pools of synthetic words for the demo vault. No entry names a real person: given names
and surnames are drawn independently, so any combination is an accident of chance."""

from __future__ import annotations

# Proportions like those a Mexican shelter network reports (most from the north of
# Central America, then Venezuela, Haiti, Cuba...).
NATIONALITIES = {"HN": 30, "GT": 20, "SV": 13, "VE": 12, "HT": 9, "CU": 5, "CO": 4, "EC": 4,
                 "MX": 3}

GIVEN_NAMES = {
    "default": ["María", "Ana", "Rosa", "Carmen", "Yesenia", "Glenda", "Keyla", "Dania",
                "Lesly", "Sandra", "Marta", "Lucía", "Gabriela", "Andrea", "Daniela",
                "Fernanda", "Yolanda", "Reina", "Ingrid", "Heidy", "Wendy", "Iris", "Delmy",
                "Dilcia", "Sonia", "Elena", "Marisol", "Esperanza", "Guadalupe", "Juana",
                "Catalina", "Micaela", "Rosario", "Alejandra", "Paola", "Karla", "Nathaly",
                "Génesis", "Valentina", "Camila", "Luisa", "Milagros", "Josefina", "Ixchel",
                "Érika", "Mónica", "Belén", "Noemí", "Sofía", "Inés"],
    "HT": ["Marie", "Nadège", "Fabienne", "Rose-Marie", "Wideline", "Mirlande", "Guerline",
           "Nathalie", "Stéphanie", "Jeanne"],
    "CU": ["Yusleidy", "Yaneisy", "Dayana", "Yamilé", "Odalys", "Yuleisy", "Maikel"],
}
CHILD_NAMES = ["Mateo", "Santiago", "Sofía", "Valeria", "Ximena", "Dylan", "Kevin", "Brayan",
               "Jefferson", "Ashley", "Génesis", "Emily", "Jade", "Samuel", "Josué", "Abril",
               "Naomi", "Ángel", "Isaac", "Renata", "Fátima", "Jean", "Darwin", "Yareli"]
FAMILY_NAMES = {
    "default": ["Hernández", "López", "García", "Martínez", "Rodríguez", "Pérez", "González",
                "Ramírez", "Flores", "Cruz", "Reyes", "Morales", "Ortiz", "Castillo", "Chávez",
                "Mejía", "Alvarado", "Velásquez", "Díaz", "Suárez", "Fernández", "Rojas",
                "Mendoza", "Torres", "Zelaya", "Aguilar", "Ramos", "Orellana", "Funes",
                "Guevara", "Paz", "Cáceres"],
    "GT": ["Ajú", "Tzul", "Xicará", "Cux", "Pop", "Caal", "Coc", "Chen", "Tzoc", "Batz",
           "Yat", "Sic", "Choc", "Tum"],
    "HT": ["Jean-Baptiste", "Pierre", "Joseph", "Louis", "Charles", "Étienne", "Desir",
           "Augustin", "Saint-Fleur", "Noël"],
}
ALIASES = ["la Güera", "Chepita", "Mari", "Rosy", "la Flaca", "Nena", "Tita", "Lupita"]
PLACES = {
    "HN": ["San Pedro Sula", "Tegucigalpa", "Choloma", "La Ceiba", "Comayagua"],
    "GT": ["Huehuetenango", "Quetzaltenango", "Cobán", "San Marcos", "Totonicapán"],
    "SV": ["San Salvador", "Soyapango", "Santa Ana", "San Miguel"],
    "VE": ["Maracaibo", "Caracas", "Valencia", "Barquisimeto"],
    "HT": ["Puerto Príncipe", "Les Cayes", "Gonaïves", "Cabo Haitiano"],
    "CU": ["La Habana", "Holguín", "Camagüey"],
    "CO": ["Cali", "Cúcuta", "Medellín"],
    "EC": ["Guayaquil", "Quito", "Esmeraldas"],
    "MX": ["Tapachula", "Acapulco", "Ciudad de México"],
}
INDIGENOUS_LANGUAGES = {"GT": ["quc", "mam", "kek", "cak"], "HN": ["cab"], "MX": ["tzo", "mam"]}

NOTE_TEXTS = [
    "Sesión de escucha: relata miedo por amenazas en su colonia; se acuerda plan de seguridad.",
    "Llamada a la escuela primaria para pedir la inscripción de sus hijos sin apostilla.",
    "Acompañamiento a COMAR para entregar documentos y pedir la constancia de trámite.",
    "Asesoría jurídica sobre la tarjeta de visitante por razones humanitarias y su renovación.",
    "Visita al centro de salud: negaron la consulta por falta de CURP; se pidió respuesta escrita.",
    "Se explica el derecho a la educación sin importar la situación migratoria (art. 8).",
    "Refiere dolor de cabeza y cansancio; se canaliza a atención psicosocial.",
    "Acompañamiento al registro civil para el acta de nacimiento de su bebé nacida en Tapachula.",
    "Llamada con el banco: piden pasaporte además de la tarjeta de residente; se prepara escrito.",
    "Revisión de la beca escolar: la escuela pide la credencial del INE de la madre.",
    "Se acuerda con ella buscar trabajo con la tarjeta de residente temporal.",
    "Sesión grupal de primeros auxilios psicológicos con otras mujeres del albergue.",
    "Seguimiento telefónico: ya consiguió la CURP temporal, falta la inscripción escolar.",
    "Denuncia presentada en la fiscalía con intérprete; se pide copia certificada.",
]
ACTIONS = ["Se entregó escrito de petición (art. 8 constitucional)",
           "Acompañamiento presencial con la coordinadora",
           "Queja ante la comisión estatal de derechos humanos",
           "Canalización a asesoría jurídica", "Llamada a la dirección de la escuela",
           "Se pidió la negativa por escrito"]
RESOLUTIONS = ["Inscrita tras entregar el escrito", "Atendida después de la queja",
               "Trámite concluido con acompañamiento", "La institución rectificó por escrito"]
REFERRAL_TARGETS = [("Clínica jurídica de la red", "Asesoría jurídica"),
                    ("Centro de atención psicosocial", "Atención psicosocial"),
                    ("Casa de la mujer", "Refugio para mujeres en situación de violencia"),
                    ("Organización de derechos de la infancia", "Inscripción escolar"),
                    ("Servicio de salud comunitaria", "Atención médica")]
STAFF = [("Trabajadora Social Demo", "caseworker"), ("Abogada Demo", "caseworker"),
         ("Voluntaria Demo", "volunteer")]

# right -> (institution types, likely refusal reasons)
RIGHTS = {
    "inscripcion_escolar": (["escuela_publica", "escuela_privada"],
                            ["documento_no_reconocido", "pidio_apostilla", "pidio_curp"]),
    "beca": (["escuela_publica", "programa_federal"], ["pidio_ine", "pidio_curp"]),
    "atencion_salud": (["centro_salud", "imss_bienestar"],
                       ["pidio_curp", "por_ser_extranjera", "pidio_pago"]),
    "curp": (["renapo", "registro_civil"], ["pidio_situacion_migratoria", "sin_respuesta"]),
    "registro_nacimiento": (["registro_civil"], ["pidio_situacion_migratoria",
                                                 "pidio_apostilla"]),
    "cuenta_bancaria": (["banco"], ["documento_no_reconocido", "pidio_comprobante_domicilio"]),
    "empleo": (["empleador"], ["por_ser_extranjera", "pidio_curp"]),
    "acceso_justicia": (["fiscalia"], ["sin_interprete", "sin_respuesta"]),
    "programa_social": (["programa_federal", "municipio"], ["pidio_ine", "por_ser_extranjera"]),
}
INSTITUTION_NAMES = {
    "escuela_publica": "Escuela Primaria Benito Juárez", "escuela_privada": "Colegio del Sur",
    "programa_federal": "Oficina de Becas", "centro_salud": "Centro de Salud Urbano",
    "imss_bienestar": "Hospital IMSS-Bienestar", "renapo": "Módulo RENAPO",
    "registro_civil": "Oficialía del Registro Civil 1", "banco": "Sucursal bancaria centro",
    "empleador": "Empacadora local", "fiscalia": "Fiscalía de la mujer",
    "municipio": "Presidencia municipal",
}
