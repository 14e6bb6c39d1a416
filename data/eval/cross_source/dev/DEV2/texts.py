# -*- coding: utf-8 -*-
"""Hand-written fictitious offer texts for DEV2 (used by generate.py)."""

T = {}

# ---------------- relays (France Travail text, relayed by La bonne alternance)
T["r1"] = """Luminet Propreté recrute un(e) apprenti(e) agent de propreté pour préparer le CAP Agent de propreté et d'hygiène.
Vous interviendrez en équipe sur des sites tertiaires du 3ème arrondissement (bureaux, halls, sanitaires).

Vos missions :
- dépoussiérage et aspiration des bureaux
- lavage des sols à la main et à l'autolaveuse
- nettoyage et approvisionnement des sanitaires
- sortie des containers et tri des déchets

Horaires en décalé : 6h-9h30 puis 17h-19h30 du lundi au vendredi.
Formation au CFA de la propreté à Lyon, rythme 2 semaines entreprise / 1 semaine école."""

T["r2"] = """Dans le cadre d'un contrat de professionnalisation (Titre professionnel Secrétaire assistant), notre cabinet d'expertise comptable recherche un(e) secrétaire.
Accueil physique et téléphonique des clients, gestion des agendas des experts, saisie et mise en forme des courriers, scan et classement des pièces comptables, suivi des relances.
Maîtrise de Word et Excel indispensable. Orthographe irréprochable.
Poste basé à Lyon 8ème, proche tram T2. 35h du lundi au vendredi."""

T["r3"] = """HOTEL RESTAURANT 3 ETOILES - QUAI DE SAONE
Nous recherchons un commis de cuisine en apprentissage (CAP Cuisine) pour rejoindre notre brigade de 5 personnes.

Au quotidien vous serez chargé(e) de :
* la réception et le rangement des marchandises
* la préparation des légumes, viandes et poissons
* la mise en place du service du midi et du soir
* l'envoi des entrées et desserts sous la responsabilité du chef de partie
* le nettoyage de la cuisine en fin de service

Cuisine 100% maison, carte renouvelée chaque saison, 60 couverts le midi.
Repas pris sur place. Deux jours de repos consécutifs (dimanche/lundi).
Vous êtes motivé(e), ponctuel(le), et vous avez envie d'apprendre un vrai métier ? Rejoignez-nous !"""

T["r4"] = """Épicerie bio de quartier (vrac, fruits et légumes, produits locaux) cherche son/sa futur(e) apprenti(e) vendeur(se).
Missions :
- accueil et conseil des clients
- mise en rayon, étiquetage des prix, rotation des produits frais
- remplissage des silos de vrac
- tenue de la caisse
Formation CAP Équipier polyvalent du commerce ou Bac pro Métiers du commerce et de la vente.
Intérêt pour l'alimentation bio et le zéro déchet apprécié."""

T["r5"] = """Le centre de santé Belledonne (6 médecins, 2 infirmiers, 1 dentiste) recrute un(e) secrétaire médical(e) en apprentissage.
Accueil des patients, prise de rendez-vous (téléphone et agenda en ligne), création et mise à jour des dossiers patients, encaissements et télétransmission, gestion du courrier.
Préparation d'un titre de secrétaire assistant(e) médico-social(e).
Le secret médical et la discrétion sont essentiels."""

T["r6"] = """Boulangerie artisanale en centre-ville recherche apprenti(e) vendeur(se) en boulangerie-pâtisserie.
Vous accueillez la clientèle, conseillez sur les pains et pâtisseries, réalisez l'encaissement et veillez à la bonne présentation de la vitrine.
Travail le week-end (repos 2 jours en semaine). Ouverture à 6h30.
Préparation CAP Équipier polyvalent du commerce en 2 ans.
Sourire et dynamisme exigés !"""

T["r7"] = """COMMIS DE CUISINE EN APPRENTISSAGE - PLACE DE JAUDE
Brasserie de 120 couverts recherche un(e) commis de cuisine en apprentissage.
Vous participerez à la mise en place, à la préparation des entrées froides et des desserts, au dressage pendant le coup de feu et à l'entretien du poste.
Service midi et soir, 39h.
Débutant accepté, motivation indispensable."""

T["r8"] = """Entreprise du bâtiment (gros oeuvre, 30 salariés) recherche un(e) secrétaire administratif(ve) en alternance, BTS Support à l'action managériale ou titre de secrétaire assistant.
Vos tâches : accueil téléphonique, gestion du courrier, saisie des devis et factures, suivi des dossiers du personnel (visites médicales, cartes BTP), classement.
Permis B souhaité."""

T["r9"] = """Agent d'entretien (H/F) - apprentissage
Nous intervenons en Chablais (Thonon, Évian, Douvaine) dans des bureaux, écoles et résidences.
Vous apprendrez à nettoyer les locaux selon les protocoles, à utiliser le matériel mécanisé (monobrosse, autolaveuse) et à respecter les consignes de sécurité.
CAP APH en 1 ou 2 ans selon votre profil. Véhicule de service pour les déplacements entre sites. Permis B apprécié."""

T["r10"] = """Restaurant du 7ème cherche commis de cuisine en alternance. Préparations froides et chaudes, mise en place, plonge. Bonne ambiance."""

T["r11"] = """Propreté Dauphinoise recrute pour son agence de Grenoble un(e) agent(e) de propreté en apprentissage (CAP APH).
Vous nettoyez bureaux, commerces et parties communes de copropriétés, en binôme avec un chef d'équipe.
Utilisation de produits écolabellisés et de matériel professionnel.
Horaires du matin (5h30-12h). Secteur Grenoble centre et Europole."""

T["r12"] = """Hôtel-restaurant familial face au lac recherche un(e) commis de cuisine en apprentissage pour la saison et au-delà (contrat de 2 ans).

Le chef vous formera à la cuisine traditionnelle savoyarde : fondues, tartiflettes, poissons du lac.
Vous assurez la mise en place, les préparations de base, le dressage des entrées et desserts, le rangement des livraisons.

Logement possible sur place.
Coupures l'après-midi. Ouvert 7j/7 en saison (repos par roulement)."""

# ---------------- cross posts (A = France Travail, B = the other board: rewritten)
T["cp1_ft"] = """Notre maison de traiteur et d'épicerie fine à Ainay recherche un(e) apprenti(e) vendeur(se).
Vous conseillez la clientèle au comptoir traiteur et en épicerie, préparez les commandes (plateaux, buffets), tenez la caisse et participez à la mise en valeur des vitrines.
Travail du mardi au samedi. CAP ou Bac pro commerce.
Une connaissance des produits fins et du vin serait un plus."""
T["cp1_lba"] = """Maison Berthier, traiteur et épicerie fine, recherche un(e) apprenti(e) vendeur(se) pour sa boutique d'Ainay.
Vous conseillez la clientèle au comptoir traiteur et en épicerie, préparez les commandes (plateaux, buffets) et tenez la caisse.
Vous participez aussi à la mise en valeur des vitrines et aux dégustations du samedi.
Du mardi au samedi. Formation CAP ou Bac pro commerce."""

T["cp2_ft"] = """Bouchon lyonnais de tradition (45 couverts) situé entre Terreaux et Cordeliers recherche son commis de cuisine en apprentissage.

Le poste :
- épluchage, taillage des légumes, préparation des garnitures
- cuisson des plats mijotés (tablier de sapeur, quenelles, blanquette...) avec le second
- réalisation des desserts maison (tarte aux pralines, île flottante)
- dressage des assiettes et envoi
- entretien de la cuisine et de la chambre froide, respect de l'HACCP

Le profil : débutant accepté, vous préparez un CAP cuisine ou une mention complémentaire. Sérieux, ponctuel, goût du travail bien fait.
Horaires : 9h-15h / 18h30-23h, fermé dimanche et lundi.
Salaire selon grille apprentissage + repas."""
T["cp2_lba"] = """Vous rêvez d'apprendre la cuisine lyonnaise auprès d'un chef passionné ? Le Bouchon des Canuts (Lyon 1er) vous propose un contrat d'apprentissage de commis. Cuisine 100 % maison, produits frais, petite équipe. 2 jours de repos (dim/lun)."""

T["cp3_ft"] = """Fromagerie traditionnelle rue Paul Bert recherche apprenti(e) vendeur(se) en fromagerie.
Vous serez formé(e) à la découpe, à l'emballage et au conseil des clients sur plus de 150 fromages (affinage maison).
Vous participez à la réception des livraisons, à l'entretien des vitrines réfrigérées et à l'encaissement.
CAP crémier-fromager ou CAP équipier polyvalent du commerce. Port de charges."""
T["cp3_lba"] = """La Fromagerie des Monts (Lyon 3e, rue Paul Bert) cherche un(e) apprenti(e) vendeur(se).
Vous serez formé(e) à la découpe et à l'emballage et apprendrez à conseiller les clients sur plus de 150 fromages affinés par nos soins.
Réception des livraisons, entretien des vitrines réfrigérées, encaissement.
Préparation du CAP crémier-fromager. Poste physique (port de charges, travail au froid)."""

T["cp4_ft"] = """Boulangerie du centre historique recherche apprenti(e) vendeuse / vendeur.
Accueil clients, vente pain et pâtisserie, encaissement, tenue de la boutique.
Travail 1 week-end sur 2."""
T["cp4_lba"] = """Au cœur de la Grande Rue, notre boulangerie-pâtisserie artisanale accueille un(e) apprenti(e) en vente pour préparer le CAP Équipier polyvalent du commerce.

Ce que vous ferez :
> l'accueil et le service des clients, avec le sourire
> la mise en place de la vitrine le matin (viennoiseries, tartes, entremets)
> l'encaissement et la tenue de la caisse
> le réassort et le nettoyage de la boutique
> la prise de commandes spéciales (gâteaux d'anniversaire, pièces montées)

Planning : un week-end sur deux travaillé, ouverture 6h45.
Équipe de 7 personnes, ambiance familiale."""

T["cp5_lba"] = """Restaurant Le Chamois (cuisine de montagne revisitée, produits de l'Isère) cherche un commis de cuisine en apprentissage.
Au sein d'une brigade de 4, vous préparerez les légumes et les garnitures, participerez aux cuissons et au dressage, et assurerez l'hygiène du poste.
Service midi et soir du mardi au samedi.
CAP cuisine en 2 ans (CFA de Grenoble ou Échirolles)."""
T["cp5_ft"] = """Restaurant du quartier Notre-Dame (cuisine de montagne revisitée avec les produits de l'Isère) recherche commis de cuisine en apprentissage.
Brigade de 4 personnes : préparation des légumes et garnitures, participation aux cuissons et au dressage, hygiène du poste de travail.
Du mardi au samedi midi et soir.
CAP cuisine sur 2 ans. Débutant(e) bienvenu(e)."""

T["cp6_ft"] = """Cuisine centrale de restauration collective (3 500 repas/jour pour écoles et EHPAD) recherche un(e) cuisinier(ère) de collectivité en contrat de professionnalisation.
Vos missions :
- production des préparations froides (entrées, desserts) en respectant les fiches techniques et les grammages
- conditionnement en barquettes et étiquetage (traçabilité)
- participation à la production chaude sur sauteuses et fours mixtes
- contrôles de températures et enregistrements HACCP
- nettoyage et désinfection des locaux et du matériel
Horaires de journée en semaine (6h-13h30), pas de travail le soir ni le week-end.
Tenue fournie."""
T["cp6_lba"] = """Cuisinier / Cuisinière en restauration collective - Alternance (contrat pro). Restauco, à Échirolles, prépare chaque jour les repas de cantines scolaires et de maisons de retraite. En cuisine centrale, vous fabriquerez entrées et desserts selon les recettes de nos diététiciennes, vous aiderez sur les cuissons en grande quantité et vous veillerez à la sécurité alimentaire (relevés, étiquettes, nettoyage). Horaires du matin, du lundi au vendredi."""

T["cp7_ft"] = """Nettoyage Arverne recrute un(e) apprenti(e) agent de propreté.
- Nettoyage de bureaux et de commerces à Clermont-Ferrand et agglomération
- Vitrerie basse, lavage des sols, sanitaires
- Utilisation monobrosse
Formation CAP APH au CFA de Clermont. Horaires : 6h-10h et 17h-20h."""
T["cp7_lba"] = """Agent de propreté en apprentissage à Clermont-Ferrand (CAP APH, CFA de Clermont).
Horaires : 6h-10h et 17h-20h.
Missions : nettoyage de bureaux et de commerces de l'agglomération, lavage des sols et sanitaires, vitrerie basse, utilisation de la monobrosse.
Nettoyage Arverne, entreprise familiale de 30 salariés."""

T["cp8_ft"] = """La Fourchette Forézienne, restaurant semi-gastronomique du centre de Saint-Étienne, recrute un(e) apprenti(e) commis de cuisine.
Sous l'autorité du chef et du second, vous réalisez les mises en place, les préparations préliminaires (légumes, fonds, sauces), vous participez au service chaud et à la pâtisserie.
Produits locaux (fourme, lentilles du Puy, volailles du Forez).
Profil : motivé(e), à l'écoute, débutant(e) accepté(e). Horaires en coupure, 2 jours de repos."""
T["cp8_lba"] = """Rejoins la brigade d'un resto semi-gastro à Sainté ! 🍽️
On cherche un ou une apprenti(e) pour un CAP cuisine. Tu apprendras tout : les fonds et les sauces, le travail des légumes, le service chaud, un peu de pâtisserie aussi. On cuisine les produits du coin.
Pas besoin d'expérience, juste de l'envie. Repos 2 jours/semaine."""

T["cp9_ft"] = """HÔTEL 4* AIX-LES-BAINS - SECRETAIRE ADMINISTRATIF(VE) EN ALTERNANCE
Rattaché(e) à la direction, vous assurez :
- la gestion du courrier et des mails de la direction
- la mise à jour des plannings et des dossiers du personnel
- la préparation des contrats de séminaires et le suivi des devis
- le classement et l'archivage
Formation : BTS SAM ou titre professionnel secrétaire assistant(e).
Vous maîtrisez le Pack Office, l'anglais est un plus."""
T["cp9_lba"] = """Hôtel Le Grand Lac (4 étoiles, Aix-les-Bains) accueille un(e) alternant(e) secrétaire administratif(ve) auprès de la direction.
Vous gérez le courrier et la boîte mail de la direction, tenez à jour les plannings et les dossiers du personnel, suivez les devis et contrats de séminaires, et vous classez/archivez les documents.
BTS SAM ou TP Secrétaire assistant. Pack Office indispensable, anglais apprécié.
Rentrée septembre 2026."""

T["cp10_ft"] = """Fromagerie des Aravis, fromager affineur en vieille ville d'Annecy, recherche un(e) apprenti(e) vendeur(se) en fromagerie.
Découpe, conseil client, préparation de plateaux et de commandes pour les restaurants, encaissement.
Saison touristique chargée : travail le week-end et jours fériés."""
T["cp10_lba"] = """Fromager affineur en vieille ville, nous recherchons un(e) apprenti(e) vendeur(se) : découpe, conseil, préparation des plateaux et des commandes des restaurateurs, encaissement. Travail week-end et jours fériés. Reblochon fermier et tommes de nos caves."""

T["cp11_lba"] = """Rhône Habitat Conseil, agence immobilière du 6e arrondissement, recherche un(e) assistant(e) / secrétaire en alternance (BTS Professions immobilières ou BTS SAM).

Vos missions :
- accueil physique et téléphonique des clients, propriétaires et locataires
- organisation de l'agenda des négociateurs (visites, rendez-vous de signature)
- rédaction des baux, des états des lieux et des courriers
- suivi administratif des dossiers de location et des mandats
- mise à jour des annonces sur notre site

Vous êtes organisé(e), à l'aise au téléphone et avec les outils informatiques."""
T["cp11_ft"] = """Secrétaire en alternance - agence immobilière
Accueil (physique et téléphone), gestion des rendez-vous des conseillers, rédaction de baux et courriers, suivi des dossiers locatifs.
Rythme école à définir. Lyon 6."""

T["cp12_ft"] = """Votre supermarché FRAIS'MARCHE recherche des apprentis vendeurs en produits frais (fruits et légumes, crèmerie, boucherie libre-service).
Vous assurez la réception, le contrôle et la mise en rayon des produits, veillez à la fraîcheur et à la rotation, renseignez les clients et participez aux inventaires.
Contrat d'apprentissage de 2 ans (Bac pro Métiers du commerce et de la vente ou CAP EPC).
Horaires du matin, travail un samedi sur deux.
2 postes à pourvoir."""
T["cp12_lba"] = """Frais'Marché Vénissieux - Apprenti(e) produits frais
Ici le frais c'est notre fierté ! Dans notre magasin du boulevard Irène Joliot-Curie, vous apprendrez à tenir un rayon de A à Z : commandes, déballage, présentation, étiquetage, contrôle des dates, relation avec les clients. Deux ans d'apprentissage pour un Bac pro commerce. On travaille tôt le matin, et un samedi sur deux."""

# ---------------- double pulls
T["dp1"] = """Snack à emporter cherche commis de cuisine apprenti. Préparation des sandwichs, salades, plats du jour. Plonge et rangement. Du lundi au vendredi."""
T["dp2"] = """Entreprise de nettoyage grenobloise (25 salariés) recherche un(e) agent d'entretien en contrat de professionnalisation.
Interventions en bureaux et cabinets médicaux sur Grenoble et Saint-Égrève.
- Dépoussiérage, aspiration
- Lavage des sols
- Nettoyage des sanitaires
- Gestion des consommables
Horaires de soirée (17h-21h) du lundi au vendredi."""
T["dp2b"] = """Entreprise de nettoyage grenobloise (25 salariés) recherche un(e) agent d'entretien en contrat de professionnalisation.
Interventions en bureaux et cabinets médicaux sur Grenoble, Saint-Égrève et Fontaine.
- Dépoussiérage, aspiration
- Lavage des sols
- Nettoyage des sanitaires
- Gestion des consommables
Horaires de soirée (17h-21h) du lundi au vendredi. Démarrage dès que possible."""
T["dp3"] = """Cabinet de kinésithérapie (8 praticiens) recherche un(e) secrétaire en apprentissage.
Accueil des patients, gestion des rendez-vous sur Doctolib, facturation et télétransmission, relances mutuelles, classement.
Préparation du titre de secrétaire assistant médico-administratif.
Horaires : 8h-12h / 14h-18h, du lundi au vendredi."""
T["dp3b"] = """Cabinet de kinésithérapie (8 praticiens) aux Gratte-Ciel recherche un(e) secrétaire en apprentissage.
Accueil des patients, gestion des rendez-vous sur Doctolib, facturation et télétransmission, relances mutuelles, classement.
Préparation du titre de secrétaire assistant médico-administratif.
Horaires : 8h-12h / 14h-18h, du lundi au vendredi."""
T["dp4"] = """Maison Perrin, boucherie-charcuterie artisanale à Lyon 3e, cherche son apprenti(e) vendeur(se).
Vous servez et conseillez les clients (morceaux, cuissons, quantités), préparez les commandes et les plats du jour à emporter, tenez la caisse et nettoyez les vitrines en fin de journée.
CAP Employé de vente spécialisé ou CAP EPC. Du mardi au samedi."""
T["dp5"] = """Crêperie en bord de lac recherche apprenti(e) cuisinier(e) crêpier(e). Confection des pâtes, galettes et crêpes, garnitures, plonge. Saison + année scolaire."""
T["dp5b"] = """Crêperie en bord de lac recherche apprenti(e) cuisinier(e) / crêpier(e). Confection des pâtes, galettes et crêpes, préparation des garnitures, plonge. Contrat sur l'année scolaire."""
T["dp6"] = """Clean Pro Services recrute des apprentis agents de propreté.
Sites : bureaux et résidences à Villeurbanne et Lyon 6e.
Tâches : aspiration, lavage des sols, sanitaires, vidage des corbeilles.
CAP APH, contrat de 2 ans."""

# ---------------- traps
T["t1_cuisine"] = """Maison Berthier recrute un(e) apprenti(e) commis de cuisine pour son laboratoire traiteur d'Ainay.
Vous préparez les entrées, plats cuisinés et pièces de buffet sous la direction du chef, participez aux productions pour les réceptions et appliquez les règles d'hygiène.
CAP cuisine. Horaires de jour, quelques samedis pour les événements."""
T["t2_entretien"] = """Hôtel-restaurant familial face au lac recherche un(e) apprenti(e) agent(e) d'entretien (CAP APH).
Nettoyage des parties communes, de la salle de restaurant, du hall et des sanitaires, entretien du linge et des terrasses.
Travail en journée, repos par roulement. Logement possible sur place."""
T["t3_boucherie"] = """Votre hypermarché recherche un(e) apprenti(e) vendeur(se) pour son rayon boucherie traditionnelle.
Vous servez les clients à la coupe, préparez les commandes, mettez en valeur l'étal et respectez la chaîne du froid.
CAP boucher ou CAP employé de vente. Horaires du matin."""
T["t3_fromagerie"] = """Hyper Frais Clermont Nord recrute un(e) apprenti(e) vendeur(se) pour son rayon fromagerie à la coupe.
Vous conseillez les clients sur les fromages d'Auvergne (saint-nectaire, fourme, cantal), préparez les plateaux, mettez en valeur l'étal et respectez la chaîne du froid.
CAP crémier-fromager ou CAP employé de vente. Horaires du matin."""
T["t4_app"] = """Au Pain du Vercors cherche un(e) apprenti(e) vendeur(se) en boulangerie-pâtisserie.
Accueil, conseil, vente et encaissement, mise en place de la vitrine, nettoyage de la boutique.
CAP EPC en 2 ans. 1 week-end sur 2."""
T["t4_cdi"] = """Boulangerie-pâtisserie cours Berriat recherche vendeur / vendeuse en CDI, 30h par semaine.
Accueil, conseil, vente et encaissement, mise en place de la vitrine, nettoyage de la boutique.
Expérience d'un an en boulangerie exigée. 1 week-end sur 2."""
T["t5_netalp"] = """Net'Alp, groupe régional de propreté (1 200 collaborateurs), recrute pour son agence de {ville} un(e) agent de propreté en apprentissage.

Ce que nous vous proposons :
- un CAP Agent de propreté et d'hygiène en 1 ou 2 ans
- un tuteur dédié sur le terrain
- des chantiers variés : bureaux, établissements de santé, commerces

Vos missions : nettoyage et désinfection des locaux, lavage mécanisé des sols, gestion des déchets, respect des protocoles.
Horaires en journée ou décalés selon les sites.
Postulez en ligne, réponse sous 72h !"""
T["t6_tempo"] = """Tempo'RH, votre agence d'emploi à {ville}, recrute pour l'un de ses clients un(e) Secrétaire en alternance (H/F).
Au sein du service administratif, vous prenez en charge l'accueil téléphonique, la saisie de documents, la gestion des agendas et le classement.
Formation : BTS SAM, titre pro Secrétaire assistant ou équivalent, rentrée septembre 2026.
Vous êtes organisé(e), avez une bonne expression écrite et maîtrisez Word/Excel.
Tempo'RH s'engage pour la diversité et l'égalité des chances."""
T["t7_fournil"] = """Le Fournil Pressé recrute un(e) apprenti(e) vendeur(se) pour sa boutique de {lieu}.
Préparation des sandwichs et salades, mise en place des vitrines, vente et encaissement, nettoyage.
CAP EPC ou Bac pro commerce. Horaires : 7h-15h du lundi au vendredi, un samedi par mois."""
T["t8_saveurs_gre"] = """Le Comptoir Alpin Grenoble (Groupe Saveurs Alpines) recherche un commis de cuisine en apprentissage H/F.
Mise en place, préparations froides, cuisson des spécialités savoyardes, envoi, plonge et nettoyage.
CAP Cuisine. 2 jours de repos consécutifs. Groupe de 6 restaurants : évolution possible."""
T["t8_saveurs_cha"] = """Le Comptoir Alpin Chambéry (Groupe Saveurs Alpines) recherche un commis de cuisine en apprentissage H/F.
Mise en place, préparations froides, cuisson des spécialités savoyardes, envoi, plonge et nettoyage.
CAP Cuisine. 2 jours de repos consécutifs. Groupe de 6 restaurants : évolution possible."""
T["t9_voiron"] = """Propreté Dauphinoise recrute pour son agence de Voiron un(e) agent(e) de propreté en apprentissage (CAP APH).
Vous nettoyez bureaux, commerces et parties communes, en binôme avec un chef d'équipe.
Utilisation de produits écolabellisés et de matériel professionnel.
Horaires du matin. Secteur Voiron, Moirans, Rives. Permis B souhaité."""
T["t10_cf"] = """Cabinet médical des Volcans (9 médecins) recherche un(e) secrétaire médical(e) en alternance pour son site de Clermont-Ferrand, avenue de Royat.
Accueil des patients, gestion des rendez-vous, tenue des dossiers médicaux, frappe des comptes rendus, encaissements."""
T["t10_riom"] = """Cabinet médical des Volcans recherche un(e) secrétaire médical(e) en alternance pour son site de Riom (centre-ville).
Accueil des patients, gestion des rendez-vous, tenue des dossiers médicaux, frappe des comptes rendus, encaissements.
Préparation d'un titre de secrétaire médical(e)."""
T["t11_l7"] = """Cuisines du Rhône recrute pour sa cuisine centrale de Gerland un(e) commis de cuisine en apprentissage.
Production de repas pour les crèches et écoles : légumerie, préparations froides, conditionnement, nettoyage.
Horaires de jour (6h30-14h), du lundi au vendredi."""
T["t11_l3"] = """Cuisines du Rhône recrute pour son restaurant d'entreprise de la Part-Dieu un(e) commis de cuisine en apprentissage.
Préparations froides, mise en place du self, service au comptoir chaud, nettoyage.
Horaires de jour (7h-15h), du lundi au vendredi."""
T["t12_bdc2"] = """Boulangerie du Centre cherche apprentie vendeuse / apprenti vendeur pour septembre. Vente, conseil, encaissement, nettoyage du magasin. Samedi et dimanche matin travaillés."""
T["t13_netto"] = """Entreprise de propreté recherche apprenti(e) agent de propreté.
Nettoyage de bureaux et de sanitaires, lavage des sols, vidage des poubelles.
Horaires décalés (tôt le matin et fin de journée). CAP APH."""
T["rome_def_G1602"] = """Réalise les préparations culinaires (entrées, plats, desserts) selon les recettes et les règles d'hygiène et de sécurité alimentaires. Peut réaliser la mise en place et le nettoyage du poste de travail."""
T["t15_med"] = """Cabinet médical recherche secrétaire en apprentissage. Accueil, téléphone, prise de rendez-vous, classement, saisie. Poste à pourvoir septembre 2026."""
T["t15_immo"] = """Agence immobilière recherche secrétaire en apprentissage : accueil, téléphone, rendez-vous, classement et saisie. Septembre 2026."""
T["t16_primeur"] = """Commerce place Jacquard recherche apprenti(e) vendeur(se). Mise en rayon, conseil aux clients, encaissement. Marchés le samedi. CAP EPC."""
T["t16_fromage"] = """Commerce place Jacquard recherche apprenti(e) vendeur(se). Découpe, conseil aux clients, encaissement. Marchés le samedi. CAP EPC."""
T["t17_multi"] = """Clean'Pro recrute un(e) apprenti(e) agent de propreté.
Nettoyage de bureaux et de résidences à Villeurbanne et dans l'Est lyonnais, lavage des sols, sanitaires, vitrerie.
CAP APH, contrat de 2 ans. Permis B apprécié."""
T["t18"] = """Boulangerie Les Délices de Savoie recherche apprenti(e) vendeur(se).
Vente, conseil, encaissement, mise en place de la boutique.
CAP EPC. Travail le week-end, repos lundi et mardi."""
T["t19_jan"] = """Le Petit Savoyard, restaurant de spécialités en vieille ville, recherche un(e) apprenti(e) commis de cuisine.
Fondues, raclettes, tartiflettes : vous apprendrez la cuisine savoyarde traditionnelle.
Mise en place, préparations, plonge.
CAP cuisine, contrat de 2 ans."""
T["t19_aug"] = """Le Petit Savoyard, restaurant de spécialités en vieille ville, recherche un(e) apprenti(e) commis de cuisine pour la rentrée.
Fondues, raclettes, tartiflettes : vous apprendrez la cuisine savoyarde traditionnelle.
Mise en place, préparations, plonge.
CAP cuisine, contrat de 2 ans."""
T["t20_jan"] = """Garage toutes marques recherche secrétaire en alternance.
Accueil clients et téléphone, prise de rendez-vous atelier, préparation des factures, dossiers de cartes grises, classement.
BTS SAM ou titre pro secrétaire assistant."""
T["t20_aug"] = """Auto Service Roannais recrute un(e) secrétaire en alternance pour l'accueil du garage.
Accueil clients et téléphone, prise de rendez-vous atelier, préparation des factures, dossiers de cartes grises, classement.
BTS SAM ou titre professionnel secrétaire assistant. Rentrée septembre 2026."""
T["t21_absent"] = """Restaurant du 7ème recherche commis de cuisine en apprentissage. Préparations chaudes et froides, mise en place, plonge. Ambiance familiale."""
T["t22_bistrot"] = """Bistrot près de la Bastille recherche commis de cuisine en apprentissage.
Préparation des légumes et garnitures, aide aux cuissons et au dressage, hygiène du poste.
Service midi et soir du mardi au samedi. CAP cuisine."""

# ---------------- filler pools (short and generic texts, composed by generate.py)
FILLER_POOLS = {
    "K2204": {
        "intro": ["{emp} recherche un(e) apprenti(e) agent de propreté.",
                  "Entreprise de nettoyage recrute agent d'entretien en alternance H/F.",
                  "Nous recrutons un agent de propreté (H/F) en contrat d'apprentissage pour nos chantiers de {ville}.",
                  "AGENT DE PROPRETE EN APPRENTISSAGE",
                  "Vous souhaitez apprendre un métier utile ? {emp} vous forme au métier d'agent de propreté.",
                  "Société de services recherche un(e) alternant(e) pour l'entretien de locaux professionnels."],
        "missions": ["nettoyage des bureaux", "lavage des sols", "entretien des sanitaires", "vidage des corbeilles",
                     "dépoussiérage du mobilier", "nettoyage des vitres", "utilisation de l'autolaveuse", "tri des déchets",
                     "nettoyage des parties communes", "désinfection des points de contact"],
        "extra": ["Horaires décalés.", "Travail en équipe de 2 ou 3.", "CAP APH.", "Tenue fournie.", "Permis B apprécié.",
                  "Débutant accepté.", "Horaires du matin 6h-10h.", "Pas de week-end."],
    },
    "D1106": {
        "intro": ["{emp} recherche un(e) apprenti(e) vendeur(se).", "Commerce alimentaire de proximité recrute apprenti vendeur H/F.",
                  "Apprenti(e) vendeur(se) en boulangerie - {ville}", "Nous cherchons un(e) alternant(e) pour la vente en magasin.",
                  "VENDEUR / VENDEUSE EN ALTERNANCE", "Rejoignez notre équipe de vente en apprentissage !"],
        "missions": ["accueil et conseil des clients", "mise en rayon", "encaissement", "mise en place de la vitrine",
                     "étiquetage", "réception des marchandises", "nettoyage du magasin", "préparation des commandes",
                     "contrôle des dates", "emballage des produits"],
        "extra": ["Travail le samedi.", "CAP EPC.", "Bac pro commerce.", "Sourire exigé.", "Débutant accepté.",
                  "Horaires du matin.", "2 jours de repos.", "Poste à pourvoir en septembre."],
    },
    "G1602": {
        "intro": ["{emp} recherche un commis de cuisine en apprentissage.", "Restaurant recrute apprenti(e) cuisinier(e).",
                  "Commis de cuisine en alternance H/F - {ville}", "Nous recherchons un(e) apprenti(e) en cuisine pour la rentrée.",
                  "APPRENTI CUISINE", "Brasserie recherche commis de cuisine en contrat d'apprentissage."],
        "missions": ["mise en place", "préparation des légumes", "préparations froides", "aide aux cuissons", "dressage des assiettes",
                     "plonge", "nettoyage de la cuisine", "réception des livraisons", "respect des normes HACCP", "préparation des desserts"],
        "extra": ["Service midi et soir.", "CAP cuisine.", "Repas fournis.", "Débutant accepté.", "Coupure l'après-midi.",
                  "2 jours de repos.", "Cuisine maison.", "Travail le week-end."],
    },
    "M1607": {
        "intro": ["{emp} recherche un(e) secrétaire en alternance.", "Secrétaire administratif(ve) en apprentissage H/F.",
                  "PME recrute assistant(e) administratif(ve) / secrétaire en alternance.", "Poste de secrétaire en alternance à {ville}.",
                  "SECRETAIRE EN ALTERNANCE - BTS SAM", "Nous accueillons un(e) alternant(e) au secrétariat."],
        "missions": ["accueil téléphonique", "gestion du courrier", "saisie de documents", "classement et archivage",
                     "gestion des agendas", "rédaction de courriers", "suivi des factures", "accueil physique",
                     "mise à jour des tableaux de suivi", "commande de fournitures"],
        "extra": ["Maîtrise de Word et Excel.", "Bonne orthographe.", "BTS SAM.", "Titre pro secrétaire assistant.",
                  "Rentrée septembre 2026.", "35h par semaine.", "Discrétion exigée.", "Proche transports en commun."],
    },
}
