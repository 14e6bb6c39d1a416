"""Offres du jeu d'évaluation : santé et aide à la personne (J1506 infirmier, K1302 auxiliaire de vie).

Balisage : voir ``_offres_btp.py`` et README.md.
"""

OFFRES = [
    # ------------------------------------------------------------------------------------------ J1506
    dict(
        rome="J1506",
        titre="Infirmier(e) diplômé(e) d'État - Médecine polyvalente",
        appellation="Infirmier / Infirmière en soins généraux",
        employeur="CENTRE HOSPITALIER DE VALENCE",
        ville="valence",
        contrat="CDI",
        exp="D",
        entreprise="Centre hospitalier public, 800 lits.",
        texte="""{{entreprise|Établissement de référence du territoire Drôme-Ardèche, le Centre Hospitalier de Valence compte 800 lits et places et emploie 2 800 professionnels.}}

Le service de médecine polyvalente (28 lits) recherche un(e) IDE.

Missions :
- [[Dispenser les soins infirmiers sur prescription|810301]] et dans le cadre du rôle propre
- [[Préparer et administrer les traitements|810302]], [[surveiller leurs effets|810305]]
- [[Réaliser les prélèvements sanguins|810303]], [[poser et surveiller les perfusions|810311]]
- [[Assurer les transmissions écrites dans le dossier de soins informatisé|810306]]
- [[Participer à l'encadrement des étudiants infirmiers|810309]]

Profil :
Diplôme d'État d'infirmier exigé. Débutant(e)s accepté(e)s, tutorat assuré.
Capacité à [[travailler en équipe pluridisciplinaire|820001]], [[sens de l'écoute|820005]], [[maîtrise de soi|820008]].

{{conditions|Poste en 12h (7h-19h), un week-end sur deux. Mise en stage en vue de titularisation.}}
{{avantages|Prime d'installation, crèche hospitalière, self, parking gratuit.}}""",
    ),
    dict(
        rome="J1506",
        titre="IDE de nuit EHPAD H/F",
        appellation="Infirmier / Infirmière en soins généraux",
        employeur="RESIDENCE LES GLYCINES",
        ville="perpignan",
        contrat="CDI",
        exp="S",
        entreprise="EHPAD privé associatif de 84 résidents.",
        texte="""{{entreprise|La Résidence Les Glycines, EHPAD associatif de 84 résidents dont une unité protégée, recrute un(e) infirmier(e) de nuit.}}

Sous la responsabilité de l'IDEC, vous [[assurez la continuité des soins|810301]] la nuit, [[gérez les urgences|810310]] et [[surveillez l'état de santé des résidents|810305]]. Vous [[accompagnez les résidents en fin de vie|830303]] et leurs familles, en lien avec l'équipe mobile de soins palliatifs.

Vous connaissez le logiciel [[NetSoins|830301]]. Une expérience en gériatrie est appréciée. [[Calme|820008]], [[autonomie|820003]] et [[capacité d'adaptation|820011]] sont indispensables la nuit.

{{conditions|Nuits de 10h, 21h-7h, 3 nuits par semaine environ.}} {{avantages|Prime de nuit, Ségur, reprise d'ancienneté.}}""",
    ),
    dict(
        rome="J1506",
        titre="Infirmier à domicile (H/F) - SSIAD",
        appellation="Infirmier / Infirmière à domicile",
        employeur="ADMR SSIAD DU PAYS MESSIN",
        ville="metz",
        contrat="CDD",
        exp="S",
        entreprise=None,
        texte="""{{entreprise|Le SSIAD intervient auprès de 60 patients âgés ou en situation de handicap sur le secteur de Metz.}}

Votre rôle : [[coordonner les soins|810307]] réalisés par les aides-soignants, [[évaluer les besoins des patients à domicile|new:Évaluation des besoins de soins à domicile]], [[réaliser les soins techniques|810301]] ([[pansements complexes|810304]], [[injections|810302]]), [[organiser les plannings des tournées|new:Organisation des tournées de soins]] et [[faire le lien avec les médecins traitants|810307]].

Vous avez le [[Permis B|830005]] (véhicule de service fourni). Vous êtes à l'aise avec l'informatique ([[logiciel de planification|new:Logiciel de planification]] et [[DPI|830301]]).

{{avantages|Rémunération selon la CCN de la branche de l'aide à domicile, avec reprise d'ancienneté.}} {{legal|L'ADMR est engagée en faveur de l'égalité professionnelle.}}""",
    ),
    dict(
        rome="J1506",
        titre="INFIRMIER BLOC OPERATOIRE (IBODE) H/F",
        appellation="Infirmier / Infirmière de bloc",
        employeur="CLINIQUE SAINT-ROCH",
        ville="montpellier",
        contrat="CDI",
        exp="E",
        entreprise="Clinique chirurgicale privée, 12 salles d'opération.",
        texte="""{{entreprise|La Clinique Saint-Roch, établissement du groupe Santéa (120 établissements en France), réalise chaque année plus de 25 000 interventions en orthopédie, viscéral, urologie et ophtalmologie.}}

Au sein du bloc opératoire, vous serez amené(e) à :
• [[Préparer la salle d'opération et le matériel|new:Préparation de la salle d'opération]]
• [[Assurer l'instrumentation|new:Instrumentation chirurgicale]] et la circulation pendant l'intervention
• [[Appliquer les règles d'asepsie et d'hygiène|830302]]
• [[Assurer la traçabilité des dispositifs médicaux|new:Traçabilité des dispositifs médicaux]]

IBODE ou IDE avec expérience de bloc d'au moins 2 ans. Connaissance de la [[chirurgie orthopédique|new:Chirurgie orthopédique]] souhaitée.
Vous êtes [[rigoureux(se)|820002]], [[réactif(ve)|820004]] et savez [[gérer le stress|820008]] lié à l'urgence.

{{avantages|Nous vous proposons : prime d'intéressement, 13e mois, astreintes rémunérées, comité d'entreprise.}}
{{legal|Dans le cadre de notre politique handicap, toutes nos offres sont ouvertes aux personnes en situation de handicap.}}""",
    ),
    dict(
        rome="J1506",
        titre="Infirmier / Infirmière - Service de pneumologie",
        appellation="Infirmier / Infirmière en soins généraux",
        employeur="CHU DE CAEN",
        ville="caen",
        contrat="CDD",
        exp="D",
        entreprise="Centre hospitalier universitaire.",
        texte="""{{entreprise|Service de pneumologie (30 lits, dont 6 lits de soins intensifs respiratoires)}}
Vous [[prenez en charge des patients atteints de BPCO, de cancers bronchiques ou d'insuffisance respiratoire|new:Prise en charge des pathologies respiratoires]]. Les soins comprennent la [[surveillance des patients sous ventilation non invasive|new:Surveillance de la ventilation non invasive]], [[les aspirations trachéales|new:Soins de trachéotomie et aspirations]], [[les gaz du sang|810303]] et [[l'administration des chimiothérapies|810302]].
Vous [[participez à l'éducation thérapeutique des patients|810308]] (inhalateurs, sevrage tabagique).
Qualités requises : [[esprit d'équipe|820001]], [[rigueur|820002]], [[empathie|820005]]. L'[[AFGSU niveau 2|830024]] à jour est demandée.
{{conditions|CDD de 6 mois renouvelable, temps plein, horaires en 7h30.}}""",
    ),
    dict(
        rome="J1506",
        titre="Infirmière coordinatrice H/F",
        appellation="Infirmier / Infirmière en soins généraux",
        employeur="DOMUS SANTE",
        ville="dijon",
        contrat="CDI",
        exp="E",
        entreprise="Service de soins à domicile.",
        texte="""Domus Santé recherche un(e) infirmier(e) coordinateur(trice) pour son service de soins infirmiers à domicile.

Vos responsabilités :
1. [[Encadrer une équipe de 12 aides-soignants|new:Management d'équipe soignante]]
2. [[Élaborer les plans de soins|new:Élaboration des plans de soins]] et [[évaluer la dépendance des patients (grille AGGIR)|new:Évaluation de la dépendance (AGGIR)]]
3. [[Gérer les admissions|new:Gestion des admissions]] et les relations avec les partenaires
4. [[Veiller à l'application des protocoles d'hygiène|830302]]

Profil : IDE avec 3 ans d'expérience minimum, idéalement en coordination. [[Qualités managériales|820016]], [[sens de l'organisation|820007]], [[diplomatie|new:Diplomatie]]. Maîtrise des [[outils bureautiques|830006]].

{{avantages|Véhicule de service, téléphone et ordinateur portables, télétravail 1 jour par semaine.}}""",
    ),
    dict(
        rome="J1506",
        titre="IDE - pool de remplacement",
        appellation="Infirmier / Infirmière en soins généraux",
        employeur="GROUPE HOSPITALIER DU HAINAUT",
        ville="roubaix",
        contrat="CDI",
        exp="S",
        entreprise=None,
        texte="""Vous rejoignez le pool de suppléance et intervenez dans les services de médecine, chirurgie et SSR selon les besoins. [[Polyvalence|820011]] et [[capacité d'adaptation|820011]] indispensables. Vous [[réalisez des pansements|810304]], [[bilans sanguins|810303]], [[administrations de traitements|810302]] et [[assurez les transmissions ciblées|810306]]. {{avantages|Planning connu 1 mois à l'avance, prime de pool de 150 € par mois.}}""",
    ),
    # ------------------------------------------------------------------------------------------ K1302
    dict(
        rome="K1302",
        titre="Auxiliaire de vie H/F",
        appellation="Auxiliaire de vie",
        employeur="AVENIR DOMICILE",
        ville="tours",
        contrat="CDI",
        exp="D",
        entreprise="Service d'aide à domicile, Indre-et-Loire.",
        texte="""{{entreprise|Avenir Domicile est une association d'aide à domicile qui accompagne chaque jour plus de 900 personnes âgées ou en situation de handicap en Indre-et-Loire.}}

Vous intervenez au domicile des bénéficiaires pour :
- [[l'aide à la toilette et à l'habillage|810401]]
- [[la préparation et l'aide à la prise des repas|810402]]
- [[l'entretien du logement et du linge|810403]]
- [[l'accompagnement aux courses et aux rendez-vous médicaux|810404]]
- [[la stimulation|810405]] et le maintien du lien social

Profil : DEAES ou expérience auprès des personnes âgées. [[Permis B|830005]] et véhicule indispensables. [[Bienveillance|820005]], [[discrétion|820014]] et [[ponctualité|820012]].

{{avantages|Indemnités kilométriques, téléphone professionnel, formations (gestes et postures, Alzheimer).}}""",
    ),
    dict(
        rome="K1302",
        titre="Aide à domicile secteur rural (F/H)",
        appellation="Aide à domicile",
        employeur="CCAS DE SAINT-ETIENNE",
        ville="saint_etienne",
        contrat="CDD",
        exp="D",
        entreprise=None,
        texte="""Le CCAS recrute des aides à domicile pour son service d'aide et d'accompagnement.
Travail au domicile de personnes âgées : [[ménage|810403]], [[repassage|810403]], [[courses|810404]], [[préparation des repas|810402]], [[aide au lever et au coucher|810401]].
Vous devez avoir [[le sens du contact|820006]] et être autonome dans vos déplacements.
{{conditions|Contrat de 28h par semaine, travail un week-end sur deux. Poste à pourvoir le 1er décembre.}}""",
    ),
    dict(
        rome="K1302",
        titre="Assistant(e) de vie - garde de nuit",
        appellation="Assistant / Assistante de vie aux familles",
        employeur="FAMILIA SERVICES",
        ville="lyon",
        contrat="CDI",
        exp="E",
        entreprise="Services à la personne, franchise nationale.",
        texte="""Notre agence Familia Services Lyon 3 recherche des assistant(e)s de vie pour des gardes de nuit auprès de personnes âgées dépendantes.

VOS MISSIONS :
→ [[Aide au coucher et au lever|810401]]
→ [[Changes et aide à l'hygiène|810401]]
→ [[Transferts lit-fauteuil avec lève-personne|810406]]
→ Surveillance et [[réassurance de la personne atteinte de la maladie d'Alzheimer|830401]]
→ [[Tenue du cahier de liaison|810407]]

VOTRE PROFIL :
Titre ADVF ou DEAES. Expérience de 2 ans auprès de personnes en perte d'autonomie. Vous connaissez [[les gestes et postures|830009]] et [[les bons gestes de premiers secours|830008]].
[[Patience|new:Patience]], [[calme|820008]], [[fiabilité|820012]].

{{avantages|Salaire selon convention + majoration de nuit 25 %.}}""",
    ),
    dict(
        rome="K1302",
        titre="Auxiliaire de vie auprès d'enfants en situation de handicap",
        appellation="Auxiliaire de vie",
        employeur="ASSOCIATION HANDI'CAP FAMILLES",
        ville="clermont",
        contrat="CDD",
        exp="S",
        entreprise="Association d'aide aux familles d'enfants handicapés.",
        texte="""{{entreprise|L'association accompagne 40 familles d'enfants et d'adolescents en situation de handicap (polyhandicap, troubles du spectre autistique).}}

Vos interventions : [[aide aux actes de la vie quotidienne|810401]] (repas, toilette), [[accompagnement aux activités de loisirs|810404]], [[mise en place d'activités éducatives adaptées|new:Activités éducatives adaptées]], relais des parents.

Une formation ou une expérience dans [[l'accompagnement des troubles autistiques|new:Accompagnement des troubles du spectre autistique]] est fortement appréciée. La [[langue des signes (LSF)|830020]] est un plus. Vous faites preuve [[d'écoute|820005]], [[de créativité|820018]] et [[de patience|new:Patience]].

{{legal|Nos postes sont ouverts à toutes et à tous, sans discrimination.}}""",
    ),
    dict(
        rome="K1302",
        titre="AUXILIAIRE DE VIE SOCIALE H/F",
        appellation="Auxiliaire de vie",
        employeur="DOMI'CIEL",
        ville="amiens",
        contrat="CDI",
        exp="D",
        entreprise=None,
        texte="""Nous recherchons des auxiliaires de vie sociale pour accompagner nos bénéficiaires dans les actes essentiels de la vie quotidienne : [[aide à la toilette|810401]], [[aide aux repas|810401]], [[entretien du cadre de vie|810403]], [[courses|810404]]. Vous [[rendez compte de vos interventions via l'application mobile|810407]].

Débutants acceptés : nous vous formons ! Le [[permis B|830005]] est nécessaire.

{{avantages|Les + : prime de fidélité, mutuelle prise en charge à 50 %, véhicule de service possible, planning adapté à vos contraintes.}}
{{legal|Domi'Ciel est une entreprise handi-accueillante.}}""",
    ),
    dict(
        rome="K1302",
        titre="Aide à domicile - aide aux aidants",
        appellation="Aide à domicile",
        employeur="FEDERATION AIDER 21",
        ville="dijon",
        contrat="CDD",
        exp="S",
        entreprise="Fédération d'associations d'aide à domicile.",
        texte="""Dans le cadre d'un service de répit pour les aidants familiaux, vous prenez le relais auprès de personnes atteintes de [[maladies neuro-évolutives (Alzheimer, Parkinson)|830401]].

Vous [[proposez des activités de stimulation cognitive|810405]], [[aidez aux repas|810401]], [[accompagnez les promenades|810404]] et [[veillez à la sécurité de la personne|new:Prévention des risques au domicile]]. Vous [[transmettez vos observations à la coordinatrice|810407]].

Qualités recherchées : [[écoute|820005]], [[patience|new:Patience]], [[adaptabilité|820011]]. [[Formation Assistant de soins en gérontologie|new:Assistant de soins en gérontologie (ASG)]] appréciée.

{{conditions|CDD de 8 mois, 24h hebdomadaires, du lundi au vendredi.}}""",
    ),
]
