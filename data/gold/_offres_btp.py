"""Offres du jeu d'évaluation : bâtiment (F1602 électricité, F1603 plomberie-chauffage).

Balisage (voir README.md, guide d'annotation) :
- ``[[texte|code]]`` : une mention ; ``code`` = code_ogr d'un item de l'extrait ROME, ou ``new:<libellé>``.
- ``{{nature|texte}}`` : un passage standard (entreprise, avantages, conditions, legal) ; aucune mention dedans.
"""

OFFRES = [
    # ------------------------------------------------------------------------------------------ F1602
    dict(
        rome="F1602",
        titre="Électricien bâtiment H/F",
        appellation="Électricien / Électricienne du bâtiment",
        employeur="ELEC'RHONE SERVICES",
        ville="villeurbanne",
        contrat="CDI",
        exp="E",
        entreprise="Entreprise d'électricité générale, 45 salariés, métropole lyonnaise.",
        texte="""{{entreprise|Installée à Villeurbanne depuis 1987, ELEC'RHONE SERVICES réalise les installations électriques de logements collectifs, de bureaux et d'établissements scolaires. Notre équipe de 45 collaborateurs intervient sur toute la métropole lyonnaise.}}

Vos missions :
- [[Réaliser le tirage des câbles et le raccordement des installations neuves|810101]]
- [[Poser les appareillages (prises, interrupteurs, points lumineux)|810102]]
- [[Câbler les tableaux de répartition|810103]]
- [[Lire et interpréter les schémas électriques|810104]]
- [[Participer aux mises en service et aux autocontrôles|810105]]

Profil :
- CAP/BEP ou Bac Pro électrotechnique
- Expérience de 3 ans minimum en électricité bâtiment
- [[Habilitation électrique B1V-BR|830102]] à jour
- Connaissance de la [[norme NF C 15-100|830101]]
- [[Permis B|830005]] indispensable
- Vous êtes [[rigoureux|820002]], [[ponctuel|820012]] et vous aimez [[travailler en équipe|820001]].

{{avantages|Ce que nous offrons :
- Rémunération selon profil : 2 100 à 2 500 € brut mensuels
- Panier repas, indemnités de trajet, mutuelle prise en charge à 70 %
- Formations régulières (habilitations, IRVE) et véhicule de service}}

{{conditions|Poste en CDI, 39 h hebdomadaires, à pourvoir dès que possible.}}""",
    ),
    dict(
        rome="F1602",
        titre="ELECTRICIEN (H/F)",
        appellation="Électricien / Électricienne du bâtiment",
        employeur=None,
        ville="lille",
        contrat="MIS",
        exp="S",
        entreprise="Agence d'emploi spécialisée BTP.",
        texte="""{{entreprise|Notre agence Bativia Intérim de Lille recherche pour son client, une PME reconnue dans l'électricité tertiaire,}} un électricien (H/F).

Vous interviendrez sur des chantiers de rénovation de bureaux. Vous serez chargé de [[la pose des chemins de câbles et des goulottes|810107]], [[du tirage de câbles|810101]] et [[du raccordement des appareillages|810102]]. Vous [[réaliserez également la mise en conformité d'installations anciennes|810110]].

Vous justifiez d'une première expérience sur un poste similaire. [[L'habilitation électrique|830102]] est obligatoire, le [[CACES nacelle R486|830011]] serait un plus.

{{conditions|Mission de 3 mois renouvelable. Horaires : 7h30 - 16h30 du lundi au vendredi.}}
{{avantages|Taux horaire : 13,50 € à 15 € selon expérience + IFM + ICP + paniers. Acompte de paie possible chaque semaine, CET rémunéré à 5 %.}}""",
    ),
    dict(
        rome="F1602",
        titre="Électricien(ne) courants forts / courants faibles",
        appellation="Électricien installateur / Électricienne installatrice",
        employeur="SARL TECHNELEC 35",
        ville="rennes",
        contrat="CDI",
        exp="E",
        entreprise=None,
        texte="""{{entreprise|Entreprise artisanale de 12 personnes basée à Rennes, nous intervenons chez les particuliers et les professionnels pour tous travaux d'électricité, de domotique et de photovoltaïque.}}

Nous recherchons un électricien confirmé capable de [[travailler seul sur chantier|820003]].

Au quotidien vous devrez :
• [[installer les réseaux courants faibles : VDI, alarme, interphonie|810108]]
• [[poser des bornes de recharge IRVE|810109]]
• [[installer des panneaux photovoltaïques|new:Installation photovoltaïque]] en toiture
• [[programmer les installations domotiques KNX|new:Domotique KNX]]
• [[dépanner nos clients|810106]] en cas de panne

[[Qualification IRVE|new:Qualification IRVE]] appréciée. Vous [[savez lire un schéma électrique|810104]], vous êtes [[autonome|820003]] et vous avez le [[sens du service client|820006]].

{{avantages|Salaire : 2 300 € à 2 800 € brut selon expérience, véhicule utilitaire, téléphone et outillage fournis.}}
{{legal|Poste ouvert aux personnes en situation de handicap.}}""",
    ),
    dict(
        rome="F1602",
        titre="Electricien de maintenance bâtiment H/F",
        appellation="Électricien / Électricienne de maintenance des bâtiments",
        employeur="GROUPE FACILIO",
        ville="paris11",
        contrat="CDI",
        exp="E",
        entreprise="Groupe de services multitechniques aux bâtiments tertiaires.",
        texte="""{{entreprise|Acteur majeur du facility management, le Groupe FACILIO (3 200 collaborateurs, 280 M€ de CA) accompagne ses clients dans la maintenance multitechnique de leurs bâtiments : électricité, CVC, plomberie, sécurité incendie. Nous sommes engagés dans une démarche RSE ambitieuse et certifiés ISO 9001 et ISO 14001.}}

Rattaché(e) au chef de site, vous [[assurez la maintenance électrique|new:Maintenance électrique des bâtiments]] d'un immeuble de bureaux de grande hauteur (IGH) à Paris 11e.

Vos principales missions seront :
- [[Réaliser la maintenance préventive des installations électriques|new:Maintenance préventive des installations électriques]] selon le planning (TGBT, éclairage, onduleurs)
- [[Diagnostiquer les pannes et effectuer les dépannages|810106]]
- [[Consigner et déconsigner les installations|new:Consignation électrique]]
- [[Renseigner les bons d'intervention dans la GMAO|810905]]
- Assurer les astreintes selon roulement

Votre profil :
Titulaire d'un Bac Pro ou BTS Électrotechnique, vous avez une expérience significative en maintenance tertiaire. [[Habilitations BR, B2V et H0V|830102]] exigées. [[Notions en CVC|new:Génie climatique (CVC)]] appréciées.
Vous êtes [[méthodique|820002]], [[réactif|820004]] et avez [[un bon relationnel|820013]] avec les occupants.

{{avantages|Rémunération : 32 à 36 K€ annuels + prime d'astreinte + 13e mois. Tickets restaurant, mutuelle, CSE, participation.}}

{{legal|Le Groupe FACILIO s'engage en faveur de la diversité et de l'inclusion. Tous nos postes sont ouverts aux personnes en situation de handicap.}}""",
    ),
    dict(
        rome="F1602",
        titre="Electricien H/F",
        appellation="Électricien / Électricienne du bâtiment",
        employeur="EURL DELMAS ELECTRICITE",
        ville="nimes",
        contrat="CDD",
        exp="D",
        entreprise=None,
        texte="""Recherche électricien pour chantiers de maisons individuelles neuves et rénovation secteur Nîmes et alentours. [[Saignées|810107]], [[pose de gaines|810107]], [[tirage de fils|810101]], [[pose d'appareillage|810102]], [[raccordement tableau|810103]]. Débutant accepté si motivé, formation en interne. [[Permis B|830005]] obligatoire (déplacements sur chantiers avec véhicule de l'entreprise). {{conditions|CDD de 6 mois pouvant déboucher sur un CDI. 35h.}}""",
    ),
    dict(
        rome="F1602",
        titre="Électricien tertiaire et industriel (H/F)",
        appellation="Électricien installateur / Électricienne installatrice",
        employeur="ALSATEC ENERGIES",
        ville="strasbourg",
        contrat="CDI",
        exp="E",
        entreprise="Installateur électrique, tertiaire et industrie, Bas-Rhin.",
        texte="""VOTRE MISSION
Au sein d'une équipe de 4 à 6 personnes, sous la responsabilité du chef de chantier, vous intervenez sur des chantiers tertiaires et industriels (usines, entrepôts, centres commerciaux) :
- [[Implantation et pose des chemins de câbles|810107]] en hauteur ([[nacelle|830011]])
- [[Câblage d'armoires électriques|810103]] et de coffrets
- [[Raccordement des équipements|810101]] (moteurs, variateurs, éclairage)
- [[Essais et mise en service|810105]]

VOTRE PROFIL
- Formation en électricité (CAP à BTS)
- Vous maîtrisez [[la lecture de plans|830014]] et de [[schémas|810104]]
- [[CACES R486 catégorie A et B|830011]] souhaité
- [[Travail en hauteur|830012]] : pas de vertige
- [[Allemand|830003]] apprécié pour les chantiers frontaliers

{{avantages|NOS ATOUTS
Grands déplacements ponctuels indemnisés, 13e mois, intéressement, plan de formation (habilitations, SST).}}""",
    ),
    dict(
        rome="F1602",
        titre="Electricien(ne) qualifié(e) - Rénovation",
        appellation="Électricien / Électricienne du bâtiment",
        employeur="ECO RENOV HABITAT",
        ville="angers",
        contrat="CDI",
        exp="E",
        entreprise="Rénovation énergétique des logements, Maine-et-Loire.",
        texte="""{{entreprise|ECO RENOV HABITAT est une entreprise familiale spécialisée dans la rénovation énergétique (isolation, photovoltaïque, pompes à chaleur). Labellisés RGE, nous avons accompagné plus de 3 000 foyers angevins.}}

Missions :
– [[Mise en conformité des installations électriques|810110]] de maisons anciennes
– [[Installation de panneaux solaires photovoltaïques|new:Installation photovoltaïque]] et raccordement des onduleurs
– [[Pose de VMC|810209]]
– [[Diagnostic des installations existantes|810106]]

Profil : vous avez idéalement une [[qualification QualiPV|new:Qualification QualiPV]] ou êtes prêt à la passer. [[Habilitation électrique BR|830102]] indispensable. La [[formation amiante sous-section 4|830016]] serait un plus.
Qualités attendues : [[soin|820002]], [[discrétion|820014]] chez les particuliers, [[bonne présentation|820017]].

{{avantages|Rémunération attractive selon expérience, primes sur objectifs qualité, véhicule, tenue de travail fournie.}}""",
    ),
    # ------------------------------------------------------------------------------------------ F1603
    dict(
        rome="F1603",
        titre="Plombier chauffagiste H/F",
        appellation="Plombier chauffagiste / Plombière chauffagiste",
        employeur="THERMI CONFORT",
        ville="grenoble",
        contrat="CDI",
        exp="E",
        entreprise="Installation et entretien de chauffage, Isère.",
        texte="""{{entreprise|Depuis 1995, THERMI CONFORT installe et entretient les équipements de chauffage et de plomberie des particuliers et des copropriétés du bassin grenoblois.}}

Nous recherchons un plombier chauffagiste pour renforcer notre équipe installation.

Vos missions :
- [[Installer des chaudières gaz à condensation|810203]] et [[des pompes à chaleur air/eau|810204]]
- [[Réaliser les réseaux de chauffage et de distribution en cuivre, PER et multicouche|810202]]
- [[Poser les équipements sanitaires|810201]] (salles de bains, cuisines)
- [[Effectuer les mises en service|810207]]

Profil recherché :
Vous maîtrisez [[la soudure|810205]] et [[le brasage|810205]]. Vous êtes titulaire de [[l'attestation de capacité fluides frigorigènes|830201]] (catégorie 1 de préférence). Vous êtes [[autonome|820003]], [[organisé|820007]] et vous avez [[le goût du travail bien fait|820002]].

{{avantages|Nous offrons : 13e mois, véhicule + outillage, mutuelle familiale, formations constructeurs.}}""",
    ),
    dict(
        rome="F1603",
        titre="Technicien de maintenance chauffage (H/F)",
        appellation="Chauffagiste",
        employeur=None,
        ville="montpellier",
        contrat="CDI",
        exp="E",
        entreprise="Réseau national de maintenance d'équipements thermiques.",
        texte="""Vous rejoignez l'agence de Montpellier d'un réseau national de maintenance thermique.

En tournée chez nos clients particuliers, vous [[assurez l'entretien annuel et le dépannage des chaudières gaz et fioul|810206]] ainsi que [[des pompes à chaleur|810206]]. Vous [[conseillez les clients|new:Conseil technique aux clients]] sur l'optimisation de leur installation et [[proposez des contrats d'entretien|new:Vente de contrats d'entretien]].

Vous possédez une [[qualification PGN/PGP|830202]] et une expérience en [[dépannage|810206]]. La connaissance des marques [[Saunier Duval|new:Marques d'équipements de chauffage]], [[Frisquet|new:Marques d'équipements de chauffage]] et [[Daikin|new:Marques d'équipements de chauffage]] est un atout.
[[Sens du service|820006]] et [[bonne élocution|820013]] indispensables.

{{avantages|Véhicule de service, tablette, smartphone, primes d'intervention, 13e mois, chèques vacances.}}
{{legal|Conformément à notre politique diversité, nous étudions à compétences égales toutes les candidatures.}}""",
    ),
    dict(
        rome="F1603",
        titre="PLOMBIER H/F",
        appellation="Installateur / Installatrice sanitaire",
        employeur="SAS BRETON PLOMBERIE",
        ville="brest",
        contrat="CDI",
        exp="S",
        entreprise=None,
        texte="""PLOMBIER POUR CHANTIERS NEUFS LOGEMENTS COLLECTIFS.
[[POSE DES RESEAUX EAUX USEES|810208]] ET [[EAU CHAUDE/EAU FROIDE|810202]], [[POSE DES APPAREILS SANITAIRES|810201]]. [[LECTURE DE PLANS|830014]] INDISPENSABLE. [[PERMIS B|830005]] SOUHAITE. {{conditions|POSTE A POURVOIR RAPIDEMENT, 39H, BREST ET ENVIRONS.}}""",
    ),
    dict(
        rome="F1603",
        titre="Plombier-chauffagiste en alternance",
        appellation="Plombier chauffagiste / Plombière chauffagiste",
        employeur="ATELIER DUFOUR & FILS",
        ville="reims",
        contrat="CDD",
        exp="D",
        entreprise="Artisan plombier chauffagiste, Reims.",
        texte="""{{entreprise|Artisan plombier-chauffagiste depuis trois générations,}} {{conditions|nous proposons un contrat d'apprentissage pour préparer le CAP Monteur en installations thermiques ou le BP.}}

Aux côtés d'un compagnon, vous apprendrez à [[façonner et assembler les tuyauteries|810202]], à [[poser les radiateurs|810203]] et [[les appareils sanitaires|810201]], et à [[réaliser le raccordement des évacuations|810208]].

Nous cherchons avant tout quelqu'un de [[motivé|new:Motivation]], [[curieux|820009]] et [[ponctuel|820012]]. {{conditions|Rythme : 2 semaines en entreprise / 1 semaine au CFA.}} {{avantages|Rémunération selon la grille de l'apprentissage, paniers repas.}}""",
    ),
    dict(
        rome="F1603",
        titre="Chauffagiste frigoriste PAC - H/F",
        appellation="Chauffagiste",
        employeur="CLIM'ENERGIE OCCITANIE",
        ville="toulouse",
        contrat="CDI",
        exp="E",
        entreprise="Génie climatique pour particuliers et petits tertiaires.",
        texte="""Dans le cadre de notre développement, nous recherchons un(e) chauffagiste frigoriste.

🔧 Vos missions
✅ [[Installation de pompes à chaleur air/eau et air/air|810204]]
✅ [[Pose de climatisations réversibles|new:Installation de climatisation]]
✅ [[Mise en service|810207]] et [[réglage de la régulation|new:Réglage de la régulation]]
✅ [[Dépannage et maintenance des PAC|810206]]
✅ [[Installation de VMC double flux|810209]]

👤 Votre profil
✔️ [[Attestation d'aptitude fluides frigorigènes|830201]] obligatoire
✔️ [[Brasage|810205]] et [[tirage au vide|new:Tirage au vide des circuits frigorifiques]] maîtrisés
✔️ Vous êtes [[rigoureux|820002]] et [[force de proposition|820010]]

{{avantages|💰 Salaire : 2 400 – 3 000 € brut/mois + primes + véhicule}}""",
    ),
    dict(
        rome="F1603",
        titre="Plombier chauffagiste dépanneur (F/H)",
        appellation="Plombier chauffagiste / Plombière chauffagiste",
        employeur="SOS DEPANNAGE 44",
        ville="nantes",
        contrat="CDI",
        exp="E",
        entreprise="Dépannage plomberie et chauffage 7j/7, agglomération nantaise.",
        texte="""{{entreprise|SOS DEPANNAGE 44, c'est 20 techniciens qui interviennent en urgence 7j/7 chez les particuliers et les syndics de l'agglomération nantaise.}}

Vous interviendrez principalement en dépannage : [[recherche de fuites|new:Recherche de fuites]], [[débouchage de canalisations|new:Débouchage de canalisations]], [[remplacement de chauffe-eau|810201]], [[dépannage de chaudières|810206]]. Vous établirez les devis sur tablette et [[encaisserez les interventions|830017]].

Profil : expérience confirmée en plomberie et chauffage, [[bon contact client|820006]], [[gestion du stress|820008]] face aux urgences. [[Permis B|830005]] exigé.

{{avantages|Salaire fixe + primes, véhicule avec stock, astreintes rémunérées.}}""",
    ),
]
