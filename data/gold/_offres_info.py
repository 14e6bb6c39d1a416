"""Offres du jeu d'évaluation : informatique (M1801 administrateur systèmes et réseaux, M1802 support).

Balisage : voir ``_offres_btp.py`` et README.md.
"""

OFFRES = [
    # ------------------------------------------------------------------------------------------ M1801
    dict(
        rome="M1801",
        titre="Administrateur systèmes et réseaux H/F",
        appellation="Administrateur / Administratrice systèmes et réseaux",
        employeur="MUTUELLE DES ARTISANS DE BRETAGNE",
        ville="rennes",
        contrat="CDI",
        exp="E",
        entreprise="Mutuelle santé régionale.",
        texte="""{{entreprise|Mutuelle régionale de 450 collaborateurs, la MAB protège plus de 200 000 adhérents. Notre direction des systèmes d'information (35 personnes) accompagne la transformation numérique de l'entreprise.}}

Au sein de l'équipe infrastructure, vous :
- [[administrez et faites évoluer les serveurs Windows et Linux|810701]] (environ 250 VM)
- [[gérez l'infrastructure de virtualisation VMware|810706]]
- [[assurez la gestion des sauvegardes (Veeam)|810703]]
- [[administrez l'Active Directory|830702]] et [[les stratégies de groupe|830702]]
- [[participez aux projets de migration vers Azure|830706]]
- [[rédigez la documentation d'exploitation|810709]]

Compétences attendues :
[[Windows Server 2019/2022|830702]], [[Linux (Red Hat, Debian)|830701]], [[VMware vSphere|830703]], [[réseaux TCP/IP|830704]], [[scripting PowerShell|830705]]. [[Anglais technique|830001]].
Vous êtes [[rigoureux|820002]], [[pédagogue|new:Pédagogie]] et avez [[le sens du service|820006]].

{{avantages|Télétravail 2 jours par semaine, 13e mois, intéressement, RTT, restaurant d'entreprise.}}
{{legal|La MAB est engagée pour l'égalité professionnelle et l'emploi des personnes en situation de handicap.}}""",
    ),
    dict(
        rome="M1801",
        titre="Ingénieur systèmes Linux / DevOps (F/H)",
        appellation="Ingénieur / Ingénieure systèmes",
        employeur="NUAGEO",
        ville="lyon",
        contrat="CDI",
        exp="E",
        entreprise="Hébergeur et infogéreur cloud.",
        texte="""{{entreprise|Hébergeur souverain basé à Lyon, NUAGEO opère 3 datacenters et accompagne 600 clients dans leur migration vers le cloud.}}

Ton quotidien :
- [[Maintenir en conditions opérationnelles nos plateformes Linux|810701]]
- [[Automatiser les déploiements avec Ansible et Terraform|810708]]
- [[Gérer nos clusters Kubernetes|new:Orchestration de conteneurs (Kubernetes)]]
- [[Superviser la production (Prometheus, Grafana)|810707]] et [[participer aux astreintes|new:Astreintes d'exploitation]]

Ta stack : [[Debian|830701]], [[Docker|new:Conteneurs Docker]], [[Kubernetes|new:Orchestration de conteneurs (Kubernetes)]], [[Ansible|new:Ansible]], [[Terraform|new:Terraform]], [[GitLab CI|new:Intégration continue (CI/CD)]], [[Python|830705]].
Tu es [[curieux|820009]], tu aimes [[partager tes connaissances|new:Partage de connaissances]] et tu sais [[t'exprimer en anglais|830001]].

{{avantages|Ce qu'on t'offre : 45-55 K€, télétravail à 100 % possible, budget formation de 2 000 €/an, matériel au choix.}}""",
    ),
    dict(
        rome="M1801",
        titre="Technicien systèmes et réseaux (H/F)",
        appellation="Administrateur / Administratrice systèmes et réseaux",
        employeur="COMMUNAUTE D'AGGLOMERATION DU GRAND NANCY",
        ville="nancy",
        contrat="CDD",
        exp="S",
        entreprise=None,
        texte="""Au sein de la Direction du Numérique, le/la technicien(ne) systèmes et réseaux [[assure l'administration du réseau local|810702]] ([[commutateurs HP Aruba|810702]], [[VLAN|810702]], [[Wi-Fi|new:Réseaux sans fil (Wi-Fi)]]), [[la sécurité périmétrique (pare-feu Fortinet)|810704]] et [[la supervision des équipements (Centreon)|830707]].
Il/elle [[gère les comptes et les droits des utilisateurs|810705]] et [[participe au déploiement de la téléphonie IP|new:Téléphonie IP (VoIP)]].
Profil : BTS SIO option SISR ou équivalent. Connaissances en [[routage|830704]] et [[commutation|810702]]. [[Certification CCNA|new:Certification Cisco CCNA]] appréciée.
Qualités : [[sens du service public|820006]], [[discrétion|820014]], [[méthode|820007]].
{{conditions|Poste de catégorie B, ouvert aux contractuels (CDD de 3 ans).}}""",
    ),
    dict(
        rome="M1801",
        titre="Administrateur réseau et sécurité H/F",
        appellation="Administrateur / Administratrice systèmes et réseaux",
        employeur=None,
        ville="toulouse",
        contrat="CDI",
        exp="E",
        entreprise="Entreprise de services du numérique.",
        texte="""{{entreprise|Notre client, acteur de l'aéronautique, recherche un administrateur réseau et sécurité pour renforcer son équipe.}}

Missions principales :
o [[Administrer les pare-feu (Palo Alto, Fortinet)|810704]] et [[les VPN|new:Réseaux privés virtuels (VPN)]]
o [[Mettre en œuvre les correctifs de sécurité|810704]]
o [[Analyser les alertes de sécurité|new:Analyse des incidents de sécurité]]
o [[Contribuer à la conformité ISO 27001|new:Sécurité de l'information (ISO 27001)]]

Profil : Bac+3/5 en informatique, 5 ans d'expérience. Habilitation défense requise (nationalité française). [[Anglais courant|830001]].

{{avantages|Package : 50-60 K€ selon profil, prime de vacances, mutuelle, tickets restaurant.}}""",
    ),
    dict(
        rome="M1801",
        titre="Administrateur systèmes Windows - alternance",
        appellation="Administrateur / Administratrice systèmes et réseaux",
        employeur="GROUPE SCOLAIRE SAINT-MICHEL",
        ville="angers",
        contrat="CDD",
        exp="D",
        entreprise=None,
        texte="""Dans le cadre d'un contrat d'apprentissage (Bachelor Administrateur systèmes, réseaux et sécurité), vous participerez à [[l'administration du parc de serveurs Windows|810701]], au [[déploiement des postes via WDS et Intune|810805]], à [[la gestion des sauvegardes|810703]] et à [[l'assistance aux utilisateurs|810801]] (enseignants, administratifs).
Vous avez des [[bases en réseau|830704]] et en [[PowerShell|830705]]. Vous êtes [[motivé(e)|new:Motivation]], [[autonome|820003]] et [[organisé(e)|820007]].
{{conditions|Rythme 1 semaine école / 2 semaines entreprise. Démarrage en septembre.}}""",
    ),
    dict(
        rome="M1801",
        titre="Administrateur systèmes - Infogérance (H/F)",
        appellation="Administrateur / Administratrice systèmes et réseaux",
        employeur="ARMOR INFOGERANCE",
        ville="brest",
        contrat="CDI",
        exp="E",
        entreprise="Infogérance pour PME.",
        texte="""ARMOR INFOGERANCE recherche un administrateur systèmes pour gérer les infrastructures de ses clients PME.
Vos missions seront les suivantes : [[installation et configuration de serveurs|810701]], [[migration des messageries vers Microsoft 365|830803]], [[gestion des sauvegardes|810703]] et des [[plans de reprise d'activité|new:Plan de reprise d'activité (PRA)]], [[traitement des tickets de niveau 2 et 3|810804]]. Des déplacements ponctuels chez les clients sont à prévoir ([[Permis B|830005]]).
Vous maîtrisez [[Hyper-V|830703]] et [[l'environnement Microsoft|830702]] ; des connaissances [[Linux|830701]] sont un plus. [[Bon relationnel client|820013]] et [[sens de l'écoute|820005]].
{{avantages|Salaire 35 à 42 K€, véhicule de service, prime sur objectifs, formations certifiantes Microsoft.}}""",
    ),
    # ------------------------------------------------------------------------------------------ M1802
    dict(
        rome="M1802",
        titre="Technicien support informatique N1/N2 H/F",
        appellation="Technicien / Technicienne helpdesk",
        employeur="SERVIDESK",
        ville="lille",
        contrat="CDI",
        exp="S",
        entreprise="Centre de services informatiques.",
        texte="""{{entreprise|SERVIDESK est un centre de services basé à Lille qui assure le support informatique de 40 000 utilisateurs pour de grands comptes de la banque et de l'assurance.}}

Vos missions :
✔ [[Prendre en charge les appels des utilisateurs|810801]] et [[qualifier les demandes|810804]]
✔ [[Diagnostiquer et résoudre les incidents|810802]] à distance ([[prise en main à distance|810801]])
✔ [[Escalader les tickets|810804]] vers les équipes de niveau 3
✔ [[Alimenter la base de connaissances|810807]]

Profil :
Bac+2 en informatique. Connaissance de l'[[environnement Windows 10/11|new:Système d'exploitation Windows poste de travail]] et de la [[suite Office 365|830803]]. L'[[outil ServiceNow|830801]] et le [[référentiel ITIL|830802]] n'ont pas de secret pour vous.
Votre [[aisance à l'oral|820013]], votre [[patience|new:Patience]] et votre [[sens du service|820006]] feront la différence.

{{conditions|Horaires postés entre 7h et 20h du lundi au vendredi.}} {{avantages|Prime d'équipe, tickets restaurant, télétravail après la période d'essai.}}""",
    ),
    dict(
        rome="M1802",
        titre="Technicien de proximité informatique (H/F)",
        appellation="Technicien / Technicienne de proximité informatique",
        employeur="CENTRE HOSPITALIER DE REIMS-EST",
        ville="reims",
        contrat="CDD",
        exp="S",
        entreprise=None,
        texte="""Le service informatique de l'hôpital recherche un technicien de proximité.
Vous [[installez et configurez les postes de travail|810803]], [[imprimantes et périphériques|810803]], vous [[intervenez sur site en cas de panne|810802]] et vous [[tenez à jour l'inventaire du parc dans GLPI|810806]].
Vous [[participez au renouvellement du parc|810806]] (600 postes) et [[au déploiement de Windows 11|810805]].
Connaissances [[réseau de base|830704]], [[sens du service|820006]], [[discrétion|820014]] (environnement hospitalier, secret médical).
{{conditions|CDD de 12 mois, 37h30, RTT.}}""",
    ),
    dict(
        rome="M1802",
        titre="Helpdesk bilingue anglais (F/H)",
        appellation="Technicien / Technicienne helpdesk",
        employeur="OPTIMA RETAIL GROUP",
        ville="paris15",
        contrat="CDI",
        exp="S",
        entreprise="Groupe de distribution international.",
        texte="""{{entreprise|Groupe international de distribution présent dans 14 pays, OPTIMA RETAIL GROUP emploie 12 000 personnes.}}

Au sein du service desk international, vous [[assistez les utilisateurs des magasins et du siège|810801]] en français et en [[anglais|830001]] : [[résolution des incidents|810802]], [[gestion des comptes Active Directory|810705]], [[réinitialisation des mots de passe|810705]], [[support sur les terminaux de caisse|new:Support des équipements de magasin]].

[[Anglais courant|830001]] indispensable (échanges quotidiens avec les filiales). [[L'allemand|830003]] est un plus. Vous connaissez [[Jira Service Management|830801]].

{{avantages|Remise collaborateur de 20 %, télétravail 2 jours, prime annuelle.}}
{{legal|Nous recrutons sans discrimination. Poste ouvert aux travailleurs handicapés.}}""",
    ),
    dict(
        rome="M1802",
        titre="Technicien informatique itinérant",
        appellation="Technicien / Technicienne support informatique",
        employeur="INFO SERVICES 63",
        ville="clermont",
        contrat="CDI",
        exp="E",
        entreprise="Maintenance informatique pour TPE et collectivités.",
        texte="""{{entreprise|PME de 15 personnes spécialisée dans la maintenance informatique des TPE, cabinets médicaux et mairies du Puy-de-Dôme.}} Nous cherchons un technicien itinérant.
- [[Installation de matériel|810803]] et [[de logiciels|810805]] chez les clients
- [[Dépannage|810802]] matériel et logiciel
- [[Configuration des box et des réseaux locaux|810702]]
- [[Formation des utilisateurs|new:Formation des utilisateurs]]
[[Permis B|830005]] indispensable. [[Autonomie|820003]], [[bonne présentation|820017]], [[pédagogie|new:Pédagogie]].
{{avantages|Véhicule de service, panier repas, prime de déplacement.}}""",
    ),
    dict(
        rome="M1802",
        titre="Technicien support applicatif H/F",
        appellation="Technicien / Technicienne support informatique",
        employeur="LOGICOMPTA",
        ville="nantes",
        contrat="CDI",
        exp="S",
        entreprise="Éditeur de logiciels de gestion.",
        texte="""{{entreprise|LOGICOMPTA édite un logiciel de comptabilité et de paie utilisé par 8 000 cabinets et PME.}}
Au sein du support clients, vous [[répondez aux questions des utilisateurs par téléphone, mail et chat|810801]], [[reproduisez les anomalies|810802]] et les transmettez aux développeurs, et [[rédigez des fiches d'aide|810807]].
Des connaissances en [[comptabilité|new:Connaissances en comptabilité]] ou en [[paie|new:Connaissances en paie]] seraient un vrai plus. Notions de [[SQL|new:Langage SQL]] appréciées.
Vous êtes [[patient|new:Patience]], [[pédagogue|new:Pédagogie]] et vous savez [[gérer des clients mécontents|820008]].
{{avantages|Salaire : 26-30 K€ + prime semestrielle, télétravail partiel.}}""",
    ),
    dict(
        rome="M1802",
        titre="TECHNICIEN HELPDESK N1",
        appellation="Technicien / Technicienne helpdesk",
        employeur=None,
        ville="metz",
        contrat="MIS",
        exp="D",
        entreprise=None,
        texte="""Mission longue pour un centre d'appels informatique : [[réception des appels|810801]], [[création des tickets|810804]], [[résolution des incidents de premier niveau|810802]] (mots de passe, messagerie, imprimantes). Débutant accepté, formation assurée. Qualités : [[écoute|820005]], [[calme|820008]], [[bonne orthographe|new:Maîtrise de l'orthographe]].
{{conditions|Poste en horaires décalés.}}""",
    ),
]
