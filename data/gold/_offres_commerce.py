"""Offres du jeu d'évaluation : commerce, hôtellerie-restauration, gestion (D1214, G1602, G1803, M1203).

Balisage : voir ``_offres_btp.py`` et README.md.
"""

OFFRES = [
    # ------------------------------------------------------------------------------------------ D1214
    dict(
        rome="D1214",
        titre="Conseiller de vente prêt-à-porter H/F",
        appellation="Conseiller / Conseillère de vente en habillement",
        employeur="MAISON LOUVEL",
        ville="lyon",
        contrat="CDI",
        exp="S",
        entreprise="Enseigne de prêt-à-porter féminin, 80 boutiques.",
        texte="""{{entreprise|Créée à Lyon en 1992, MAISON LOUVEL est une marque de prêt-à-porter féminin présente dans 80 boutiques en France et en Belgique. Nos collections, dessinées dans notre studio lyonnais, mettent en avant des matières naturelles et une fabrication responsable.}}

Votre mission : faire vivre l'expérience client Maison Louvel.
- [[Accueillir les clientes et identifier leurs envies|811101]]
- [[Conseiller et proposer des tenues complètes|811102]]
- [[Réaliser les encaissements|830017]]
- [[Participer au réassort|811104]] et [[à la mise en valeur des collections|811105]]
- [[Contribuer à l'atteinte des objectifs de la boutique|811107]]

Vous avez une première expérience dans la vente de prêt-à-porter. Vous êtes [[souriante|new:Amabilité]], [[dynamique|new:Dynamisme]] et avez [[le goût de la mode|new:Intérêt pour la mode]]. [[L'anglais|830001]] est un plus.

{{avantages|Rémunération : fixe + primes sur objectifs mensuels, remise de 40 % sur les collections, dotation vestimentaire.}}""",
    ),
    dict(
        rome="D1214",
        titre="Vendeur / Vendeuse en magasin de chaussures",
        appellation="Vendeur / Vendeuse en chaussures",
        employeur="CHAUSSURES MARTIN & CIE",
        ville="rouen",
        contrat="CDD",
        exp="D",
        entreprise=None,
        texte="""{{entreprise|Magasin de chaussures en centre-ville recherche vendeur(se) pour la période des soldes.}}
[[Accueil|811101]] et [[conseil de la clientèle|811102]], [[essayage|new:Gestion des cabines d'essayage]], [[encaissement|830017]], [[rangement de la réserve|811104]] et [[réception des livraisons|811106]].
Débutant accepté. [[Souriant(e)|new:Amabilité]] et [[motivé(e)|new:Motivation]].
{{conditions|CDD de 2 mois, 30h par semaine, travail le samedi.}}""",
    ),
    dict(
        rome="D1214",
        titre="Vendeur polyvalent mode homme (F/H)",
        appellation="Vendeur / Vendeuse en prêt-à-porter",
        employeur="URBAN STREET",
        ville="montpellier",
        contrat="CDI",
        exp="S",
        entreprise="Enseigne de mode urbaine.",
        texte="""🔥 URBAN STREET recrute à Montpellier (centre commercial Odysseum) ! 🔥

Ton job :
👉 [[Accueillir et conseiller nos clients|811102]]
👉 [[Gérer les cabines d'essayage|new:Gestion des cabines d'essayage]]
👉 [[Tenir la caisse|830017]]
👉 [[Réceptionner les colis|811106]], [[étiqueter et antivoler les produits|811106]]
👉 [[Appliquer les consignes de merchandising|811105]]

Ton profil : tu es [[passionné par la mode streetwear|new:Intérêt pour la mode]], tu as le [[sens du contact|820006]] et tu aimes [[relever des challenges commerciaux|811107]]. Tu parles [[espagnol|830002]] ? C'est un plus !

{{avantages|Ce qu'on t'offre : 30 % de réduction, primes mensuelles, évolution rapide vers un poste de responsable adjoint.}}
{{legal|Chez Urban Street, la diversité est notre force : toutes les candidatures sont les bienvenues.}}""",
    ),
    dict(
        rome="D1214",
        titre="CONSEILLER(E) DE VENTE - TEMPS PARTIEL",
        appellation="Conseiller / Conseillère de vente en habillement",
        employeur="GROUPE DISTRIMODE",
        ville="nancy",
        contrat="CDI",
        exp="S",
        entreprise="Enseigne de mode familiale à petits prix.",
        texte="""{{entreprise|Avec plus de 450 magasins en Europe, DISTRIMODE habille toute la famille à petits prix. Notre ambition : rendre la mode accessible à tous.}}

Missions :
- [[Assurer l'accueil et le conseil des clients|811102]]
- [[Réaliser la mise en rayon|811104]] et [[le merchandising|811105]] selon les directives de l'enseigne
- [[Tenir la caisse|830017]] et [[proposer la carte de fidélité|811108]]
- [[Participer aux inventaires|810506]]

Profil : [[dynamisme|new:Dynamisme]], [[sens du commerce|831101]], [[esprit d'équipe|820001]], [[polyvalence|820011]].

{{conditions|Contrat de 24h hebdomadaires, disponibilité le samedi et pendant les vacances scolaires.}}
{{avantages|Primes trimestrielles, 20 % de remise, CSE.}}""",
    ),
    dict(
        rome="D1214",
        titre="Vendeur expert textile outdoor H/F",
        appellation="Vendeur / Vendeuse en prêt-à-porter",
        employeur="ALTITUDE OUTDOOR",
        ville="grenoble",
        contrat="CDI",
        exp="E",
        entreprise="Magasin spécialisé montagne.",
        texte="""{{entreprise|Magasin indépendant spécialisé dans l'équipement de montagne recherche un vendeur expert textile.}}
Vous [[conseillez une clientèle exigeante|811102]] sur les vêtements techniques ([[membranes, isolants, laines mérinos|831102]]), vous [[réalisez les commandes auprès des fournisseurs|new:Passation des commandes fournisseurs]] et vous [[animez notre page Instagram|new:Animation des réseaux sociaux]].
Pratiquant(e) de la randonnée ou de l'alpinisme, vous avez une connaissance technique des [[produits outdoor|new:Connaissance des produits de montagne]]. [[Anglais|830001]] apprécié (clientèle internationale).
{{avantages|Salaire selon expérience, 13e mois, remises fournisseurs, journées de tests produits.}}""",
    ),
    dict(
        rome="D1214",
        titre="Vendeur(se) saisonnier(e) - Boutique",
        appellation="Vendeur / Vendeuse en prêt-à-porter",
        employeur=None,
        ville="perpignan",
        contrat="CDD",
        exp="D",
        entreprise=None,
        texte="""{{entreprise|Boutique de prêt-à-porter et d'accessoires en bord de mer cherche vendeur(se) pour la saison estivale.}}
Vous [[accueillerez la clientèle|811101]], [[assurerez la vente|811102]] et [[l'encaissement|830017]], et [[veillerez à la bonne tenue du magasin|811105]].
[[Anglais|830001]] et [[espagnol|830002]] souhaités (clientèle touristique). [[Bonne présentation|820017]] et [[sourire|new:Amabilité]] exigés.
{{conditions|Du 15 juin au 15 septembre, 35h, 1 jour de repos par semaine.}}""",
    ),
    # ------------------------------------------------------------------------------------------ G1602
    dict(
        rome="G1602",
        titre="Cuisinier (H/F) - Restaurant traditionnel",
        appellation="Cuisinier / Cuisinière",
        employeur="AUBERGE DU LAC",
        ville="annecy",
        contrat="CDI",
        exp="E",
        entreprise="Restaurant traditionnel, 80 couverts.",
        texte="""{{entreprise|L'Auberge du Lac, maison familiale au bord du lac d'Annecy depuis 1965, propose une cuisine de saison à partir de produits locaux (poissons du lac, fromages de Savoie).}}

Sous la responsabilité du chef, vous :
- [[réalisez la mise en place|811201]]
- [[assurez les cuissons|811202]] et [[le dressage des assiettes|811203]] pendant le service
- [[participez à l'élaboration de la carte|811204]]
- [[réceptionnez et rangez les marchandises|811205]]
- [[appliquez les règles d'hygiène HACCP|831201]]

Profil : CAP cuisine, 3 ans d'expérience en [[cuisine traditionnelle|831202]]. Vous êtes [[organisé|820007]], [[rapide|820004]] et aimez [[travailler en équipe|820001]].

{{conditions|Service coupé, 2 jours de repos consécutifs, fermeture annuelle en janvier.}}
{{avantages|Logement possible, repas fournis, prime de fin de saison.}}""",
    ),
    dict(
        rome="G1602",
        titre="Chef de partie H/F",
        appellation="Chef / Cheffe de partie",
        employeur="LE COMPTOIR DES HALLES",
        ville="lyon",
        contrat="CDI",
        exp="E",
        entreprise=None,
        texte="""{{entreprise|Brasserie lyonnaise de 150 couverts recherche un chef de partie chaud.}}
Vous [[gérez votre poste|new:Gestion d'un poste en cuisine]] (viandes et sauces), [[encadrez un commis|811209]], [[préparez les fonds et les sauces|new:Fonds et sauces]] et [[garantissez la qualité et la régularité des plats|811203]]. Vous [[participez aux commandes|811206]] et [[au nettoyage de la cuisine|811207]].
Maîtrise des [[cuissons|811202]] et des [[techniques de base de la cuisine française|831202]]. [[Résistance au stress|820008]] en plein coup de feu.
{{avantages|Salaire : 2 300 € net sur 12 mois, 2 jours de repos, heures supplémentaires payées, repas sur place.}}""",
    ),
    dict(
        rome="G1602",
        titre="Commis de cuisine (F/H)",
        appellation="Commis / Commise de cuisine",
        employeur="HOTEL BEAUSEJOUR",
        ville="caen",
        contrat="CDD",
        exp="D",
        entreprise="Hôtel-restaurant 3 étoiles.",
        texte="""{{entreprise|Hôtel-restaurant 3*** recherche un commis de cuisine pour la saison.}}
Vos tâches : [[épluchage et taillage des légumes|811201]], [[préparation des entrées froides et des desserts|811208]], [[plonge|new:Plonge]] et [[nettoyage du matériel|811207]], [[participation au service|811203]].
Débutant accepté avec CAP cuisine. [[Ponctualité|820012]], [[propreté|new:Propreté]], [[envie d'apprendre|820009]].
{{avantages|Nourri, logé possible.}}""",
    ),
    dict(
        rome="G1602",
        titre="Cuisinier en restauration collective H/F",
        appellation="Cuisinier / Cuisinière",
        employeur="RESTAUCO GRAND EST",
        ville="metz",
        contrat="CDI",
        exp="E",
        entreprise="Société de restauration collective.",
        texte="""{{entreprise|RESTAUCO GRAND EST, société de restauration collective, sert chaque jour 25 000 repas dans les écoles, les EHPAD et les entreprises de la région.}}

Dans une cuisine centrale, vous [[préparez les repas en liaison froide|new:Production en liaison froide]] dans le respect des [[fiches techniques|811204]] et des [[grammages|new:Respect des grammages]]. Vous [[assurez la traçabilité des productions|new:Traçabilité alimentaire]] et [[appliquez le plan de maîtrise sanitaire|831201]]. Vous [[adaptez les menus aux régimes spéciaux et aux allergies|831203]] des convives.

CAP cuisine exigé, expérience en restauration collective souhaitée. [[Rigueur|820002]], [[sens des responsabilités|new:Sens des responsabilités]].

{{conditions|Horaires de journée du lundi au vendredi, pas de travail le soir.}}
{{avantages|13e mois, mutuelle, participation.}}""",
    ),
    dict(
        rome="G1602",
        titre="Cuisinier / Cuisinière - Restaurant bistronomique",
        appellation="Cuisinier / Cuisinière",
        employeur="LA TABLE DE JEANNE",
        ville="tours",
        contrat="CDI",
        exp="S",
        entreprise=None,
        texte="""{{entreprise|Petite équipe (2 en cuisine, 2 en salle), cuisine 100 % maison avec des produits de saison et des producteurs locaux.}}
Vous travaillerez en binôme avec la cheffe : [[mise en place|811201]], [[cuissons|811202]], [[dressage|811203]], [[pâtisserie|811208]]. Vous [[proposerez des suggestions du jour|811204]] et [[gérerez les stocks|811206]] pour limiter le gaspillage.
Vous êtes [[créatif|820018]], [[curieux|820009]] et sensible au [[fait-maison|new:Cuisine fait maison]].
{{conditions|Fermé le dimanche et le lundi.}} {{avantages|Pourboires partagés.}}""",
    ),
    dict(
        rome="G1602",
        titre="Second de cuisine H/F",
        appellation="Cuisinier / Cuisinière",
        employeur="GROUPE BRASSERIES DU NORD",
        ville="lille",
        contrat="CDI",
        exp="E",
        entreprise="Groupe de brasseries.",
        texte="""{{entreprise|Le Groupe Brasseries du Nord exploite 12 brasseries et restaurants dans la métropole lilloise. Nous sommes fiers de nos 350 collaborateurs et de notre cuisine régionale généreuse.}}

En tant que second de cuisine, vous [[secondez le chef dans l'organisation de la brigade|811209]] (8 personnes), [[assurez la gestion des commandes et des stocks|811206]], [[contrôlez l'application des normes HACCP|831201]] et [[remplacez le chef en son absence|new:Remplacement du chef de cuisine]]. Vous [[gérez le food cost|new:Maîtrise des coûts de revient (food cost)]].
[[Leadership|820016]], [[sens de l'organisation|820007]], [[sang-froid|820008]].
{{avantages|Rémunération attractive, primes sur résultats, 2 jours de repos consécutifs, mutuelle.}}""",
    ),
    # ------------------------------------------------------------------------------------------ G1803
    dict(
        rome="G1803",
        titre="Serveur / Serveuse H/F",
        appellation="Serveur / Serveuse en restauration",
        employeur="BRASSERIE LE CENTRAL",
        ville="strasbourg",
        contrat="CDI",
        exp="S",
        entreprise=None,
        texte="""{{entreprise|Brasserie de 120 couverts sur la place Kléber recherche serveur(se).}}
Vos missions :
- [[Mise en place de la salle et de la terrasse|811304]]
- [[Accueil des clients|811301]]
- [[Prise de commande sur caisse tactile|811302]]
- [[Service des plats et des boissons|811303]]
- [[Encaissement|830017]]
Vous parlez [[allemand|830003]] ou [[anglais|830001]] (clientèle touristique). Vous êtes [[souriant|new:Amabilité]], [[rapide|820004]] et [[résistant physiquement|new:Résistance physique]].
{{avantages|Salaire fixe + pourboires, repas pris sur place, 2 jours de repos.}}""",
    ),
    dict(
        rome="G1803",
        titre="Chef de rang (F/H) - Restaurant gastronomique",
        appellation="Chef / Cheffe de rang",
        employeur="LE CLOS DES VIGNES",
        ville="dijon",
        contrat="CDI",
        exp="E",
        entreprise="Restaurant gastronomique étoilé.",
        texte="""{{entreprise|Restaurant gastronomique récompensé d'une étoile au Guide Michelin, Le Clos des Vignes propose une cuisine inventive autour des grands vins de Bourgogne.}}

Vous [[assurez le service au guéridon|831301]] ([[découpe|new:Découpe et flambage en salle]], [[flambage|new:Découpe et flambage en salle]]), vous [[conseillez nos hôtes sur les accords mets et vins|811305]] en lien avec le sommelier et vous [[encadrez un commis de salle|new:Encadrement d'une équipe de salle]].
Formation hôtelière et expérience en restauration gastronomique exigées. Connaissances en [[œnologie|831302]] appréciées. [[Anglais courant|830001]].
[[Élégance|820017]], [[sens du détail|820002]] et [[discrétion|820014]].
{{avantages|Salaire selon profil + service, 2 jours de repos, mutuelle, repas.}}""",
    ),
    dict(
        rome="G1803",
        titre="Serveur(se) extra - week-end",
        appellation="Serveur / Serveuse en restauration",
        employeur="DOMAINE DE LA ROSERAIE",
        ville="angers",
        contrat="CDD",
        exp="S",
        entreprise="Lieu de réception, mariages et séminaires.",
        texte="""{{entreprise|Domaine de réception (mariages, séminaires) recherche des extras pour les week-ends.}}
Vous [[dresserez les tables|811304]], [[servirez les cocktails|811306]] et [[le repas à l'assiette|831301]], et [[débarrasserez|new:Débarrassage et remise en état de la salle]] en fin de soirée. Expérience du [[service à l'assiette|831301]] et du [[port de plateau|831301]] exigée.
{{conditions|Contrats d'extra, disponibilité les vendredis et samedis soir.}} {{avantages|Taux horaire 13 € brut, repas offert.}}""",
    ),
    dict(
        rome="G1803",
        titre="Barman / Serveur H/F",
        appellation="Serveur / Serveuse de bar-brasserie",
        employeur="LE PETIT ZINC",
        ville="nantes",
        contrat="CDI",
        exp="S",
        entreprise=None,
        texte="""{{entreprise|Bar-restaurant de quartier, ambiance conviviale, 60 places + terrasse.}}
Au bar : [[préparation des cafés, bières pression et cocktails|811306]]. En salle : [[prise de commande|811302]] et [[service|811303]]. [[Ouverture et fermeture de l'établissement|new:Ouverture et fermeture de l'établissement]], [[gestion de la caisse|830017]].
Profil : [[convivial|new:Amabilité]], [[réactif|820004]], [[organisé|820007]]. Connaissance des [[bières artisanales|new:Connaissance des bières]] appréciée.
{{avantages|Horaires : du mardi au samedi, 39h. Pourboires.}}""",
    ),
    dict(
        rome="G1803",
        titre="Serveur en restauration - Hôtel 4 étoiles",
        appellation="Serveur / Serveuse en restauration",
        employeur="HOTEL LES REMPARTS",
        ville="paris15",
        contrat="CDI",
        exp="E",
        entreprise="Hôtel 4 étoiles, 180 chambres.",
        texte="""{{entreprise|Hôtel 4 étoiles de 180 chambres, Les Remparts accueille une clientèle d'affaires et de loisirs internationale. Notre restaurant de 90 couverts et notre bar lounge sont ouverts 7j/7.}}

Vous [[assurez le service du petit-déjeuner buffet|new:Service du petit-déjeuner]] et du déjeuner, [[le room service|new:Room service]], et [[participez à la mise en place|811304]].
[[Anglais courant|830001]] obligatoire, une [[deuxième langue|new:Deuxième langue étrangère]] est un atout. [[Excellente présentation|820017]], [[sens du service|820006]], [[capacité d'adaptation|820011]].
{{avantages|Mutuelle, repas, prime d'habillage, Pass Navigo remboursé à 50 %.}}
{{legal|Notre groupe favorise l'égalité des chances et la diversité.}}""",
    ),
    dict(
        rome="G1803",
        titre="SERVEUR/SERVEUSE CDD ETE",
        appellation="Serveur / Serveuse en restauration",
        employeur="CAMPING LES FLOTS BLEUS",
        ville="perpignan",
        contrat="CDD",
        exp="D",
        entreprise=None,
        texte="""{{entreprise|Restaurant de camping recherche serveurs pour juillet-août.}} [[Service en salle et en terrasse|811303]], [[plateaux|831301]], [[encaissement|830017]]. Débutants acceptés si [[dynamiques|new:Dynamisme]] et [[souriants|new:Amabilité]].
{{conditions|Logement sur place possible. Horaires : 11h-15h / 18h30-23h, 6 jours sur 7.}}""",
    ),
    # ------------------------------------------------------------------------------------------ M1203
    dict(
        rome="M1203",
        titre="Comptable général H/F",
        appellation="Comptable général / générale",
        employeur="BOIS & HABITAT DU GRAND OUEST",
        ville="le_mans",
        contrat="CDI",
        exp="E",
        entreprise="Négoce de bois et matériaux, 250 salariés.",
        texte="""{{entreprise|BOIS & HABITAT DU GRAND OUEST est un acteur régional indépendant du négoce de bois et de matériaux (14 agences, 250 salariés, 95 M€ de chiffre d'affaires).}}

Rattaché(e) au responsable comptable, vous :
- [[assurez la tenue de la comptabilité générale|811401]]
- [[réalisez les rapprochements bancaires|811402]]
- [[préparez les déclarations de TVA|811403]]
- [[participez aux clôtures mensuelles et annuelles|811404]]
- [[suivez les immobilisations|new:Suivi des immobilisations]]

Profil : BTS/DCG comptabilité, 5 ans d'expérience. Maîtrise de [[Sage 100|831401]] et d'[[Excel (tableaux croisés dynamiques, RECHERCHEV)|830007]].
[[Rigueur|820002]], [[discrétion|820014]], [[organisation|820007]].

{{avantages|Salaire : 34-38 K€ sur 13 mois, RTT, tickets restaurant, télétravail 1 jour/semaine.}}""",
    ),
    dict(
        rome="M1203",
        titre="Aide-comptable (F/H)",
        appellation="Aide-comptable",
        employeur="CABINET EXPERTISE CONSEIL DU RHONE",
        ville="villeurbanne",
        contrat="CDI",
        exp="S",
        entreprise="Cabinet d'expertise comptable.",
        texte="""{{entreprise|Cabinet d'expertise comptable de 25 personnes.}}
Vous [[assurez la saisie comptable|811401]] d'un portefeuille de TPE (commerçants, artisans), [[le lettrage des comptes|811405]] et [[la préparation des déclarations de TVA|811403]]. Vous [[aidez à la préparation des bilans|811404]].
Logiciels : [[Cegid|831401]], [[ACD|new:Logiciel comptable ACD]], [[Excel|830007]]. La connaissance du [[plan comptable|831402]] est indispensable.
{{conditions|35h, horaires flexibles, hors période fiscale.}}""",
    ),
    dict(
        rome="M1203",
        titre="Comptable fournisseurs H/F",
        appellation="Comptable",
        employeur="LOGIFRET INTERNATIONAL",
        ville="roubaix",
        contrat="CDD",
        exp="E",
        entreprise="Commissionnaire de transport.",
        texte="""Au sein du service comptable de notre siège, vous [[prenez en charge la comptabilité fournisseurs|811405]] :
→ [[enregistrement et contrôle des factures fournisseurs|811401]]
→ [[préparation des règlements|new:Préparation des règlements fournisseurs]]
→ [[lettrage et justification des comptes fournisseurs|811405]]
→ [[relations avec les fournisseurs|new:Relation fournisseurs]] (français et [[anglais|830001]])
Environnement [[SAP|830010]] (module FI). [[Anglais professionnel|830001]]. [[Excel|830007]] avancé.
Qualités : [[rigueur|820002]], [[réactivité|820004]], [[esprit d'équipe|820001]].
{{conditions|CDD de 9 mois (remplacement de congé maternité).}}""",
    ),
    dict(
        rome="M1203",
        titre="Comptable unique PME",
        appellation="Comptable",
        employeur="MENUISERIES ALPINES",
        ville="grenoble",
        contrat="CDI",
        exp="E",
        entreprise=None,
        texte="""{{entreprise|PME industrielle de 60 salariés (menuiseries aluminium) recherche son comptable unique, en lien avec l'expert-comptable.}}
Vous gérez l'ensemble de la comptabilité jusqu'au bilan : [[saisie|811401]], [[rapprochements|811402]], [[relances clients|811406]], [[déclarations fiscales|811403]], [[préparation du bilan|811404]]. Vous [[établissez les paies|818041]] (60 bulletins) et les [[déclarations sociales (DSN)|new:Déclarations sociales (DSN)]]. Vous [[produisez des tableaux de bord mensuels|811407]] pour la direction.
[[Polyvalence|820011]], [[autonomie|820003]], [[discrétion|820014]].
{{avantages|Salaire selon expérience, 13e mois, participation.}}""",
    ),
    dict(
        rome="M1203",
        titre="COMPTABLE CLIENTS - RECOUVREMENT",
        appellation="Comptable",
        employeur=None,
        ville="paris11",
        contrat="MIS",
        exp="S",
        entreprise="Cabinet de recrutement.",
        texte="""{{entreprise|Notre cabinet, spécialiste du recrutement en finance et comptabilité, recherche pour son client, groupe de services aux entreprises,}} un comptable clients.
Missions : [[facturation|new:Facturation]], [[suivi des encaissements|811406]], [[relances des clients par téléphone et par courrier|811406]], [[gestion des litiges|new:Gestion des litiges clients]], [[lettrage|811405]].
Vous avez le [[sens de la négociation|838019]] et [[une bonne aisance au téléphone|820013]]. [[Excel|830007]] (fonctions de base).
{{conditions|Mission de 4 mois, télétravail 2 jours.}}""",
    ),
    dict(
        rome="M1203",
        titre="Comptable en association H/F",
        appellation="Comptable",
        employeur="ASSOCIATION LES PAPILLONS BLANCS",
        ville="orleans",
        contrat="CDI",
        exp="E",
        entreprise="Association du secteur médico-social.",
        texte="""{{entreprise|L'association gère 9 établissements médico-sociaux.}} Le/la comptable [[assure la comptabilité de trois établissements|811401]], [[prépare les budgets prévisionnels et les comptes administratifs|new:Budgets et comptes administratifs (médico-social)]], [[participe aux clôtures|811404]] et [[suit la trésorerie|new:Suivi de trésorerie]].
Une connaissance de la [[comptabilité du secteur médico-social|new:Comptabilité du secteur médico-social]] est exigée. Maîtrise d'[[Excel|830007]].
{{avantages|Convention collective 66, congés trimestriels, reprise d'ancienneté.}}
{{legal|L'association applique une politique d'égalité et de non-discrimination dans ses recrutements.}}""",
    ),
]
