"""Offres du jeu d'évaluation : logistique et transport (N1101 cariste, N4101 conducteur poids lourd).

Balisage : voir ``_offres_btp.py`` et README.md.
"""

OFFRES = [
    # ------------------------------------------------------------------------------------------ N1101
    dict(
        rome="N1101",
        titre="Cariste CACES 3 et 5 H/F",
        appellation="Cariste",
        employeur=None,
        ville="orleans",
        contrat="MIS",
        exp="S",
        entreprise="Agence d'intérim généraliste.",
        texte="""{{entreprise|Votre agence Proxim'Intérim d'Orléans recherche pour l'un de ses clients, entrepôt logistique de la grande distribution situé à Saran,}} des caristes H/F.

Missions :
- [[Chargement et déchargement des camions|810501]]
- [[Mise en stock et déstockage des palettes en hauteur|810503]] (jusqu'à 12 m)
- [[Réapprovisionnement des emplacements de picking|new:Réapprovisionnement des zones de picking]]
- [[Utilisation d'un terminal radio-fréquence|830505]]

Profil :
[[CACES R489 catégories 3|830502]] et [[5|830503]] en cours de validité obligatoires. Expérience de 6 mois minimum sur un poste similaire.

{{conditions|Horaires en 2x8 (5h-12h30 / 12h30-20h), du lundi au samedi selon planning.}}
{{avantages|Taux horaire 12,50 € + prime d'équipe + paniers. 10 % IFM + 10 % CP.}}""",
    ),
    dict(
        rome="N1101",
        titre="Cariste magasinier (F/H)",
        appellation="Cariste magasinier / magasinière",
        employeur="METALDIS",
        ville="mulhouse",
        contrat="CDI",
        exp="E",
        entreprise="Négoce de produits métallurgiques.",
        texte="""{{entreprise|METALDIS, distributeur de produits sidérurgiques (tubes, poutrelles, tôles) pour le BTP et l'industrie, compte 6 dépôts dans le Grand Est.}}

Rattaché au chef de dépôt, vous [[réceptionnez les marchandises|810505]] et [[contrôlez leur conformité|810505]], [[préparez les commandes clients|810504]] et [[chargez les camions|810501]] à l'aide d'un [[chariot élévateur|810502]] et d'un [[pont roulant|new:Conduite de pont roulant]]. Vous [[participez aux inventaires|810506]].

Vous êtes titulaire du [[CACES 3|830502]]. La [[conduite de pont roulant|new:Conduite de pont roulant]] serait un plus. La connaissance des [[produits métallurgiques|new:Connaissance des produits sidérurgiques]] est un atout.
[[Rigueur|820002]], [[sens de la sécurité|830013]], [[esprit d'équipe|820001]].

{{avantages|Salaire : 2 000 € brut + 13e mois + prime de fin d'année. Horaires de journée.}}""",
    ),
    dict(
        rome="N1101",
        titre="Cariste - logistique du froid",
        appellation="Cariste",
        employeur="FRIGOLOG NORD",
        ville="roubaix",
        contrat="CDI",
        exp="S",
        entreprise="Entrepôt frigorifique.",
        texte="""{{entreprise|Entrepôt logistique de produits frais et surgelés recherche cariste pour son équipe de nuit.}}
Vous [[préparerez les commandes à la voix|810504]] ([[commande vocale|830505]]), [[filmerez et étiquetterez les palettes|810507]] et [[chargerez les semi-remorques|810501]] en respectant la [[chaîne du froid|new:Respect de la chaîne du froid]].
[[CACES 1|830501]] et [[3|830502]] exigés. Travail en chambre froide (-25°C), vêtements grand froid fournis.
{{avantages|Prime de froid, prime de nuit, transport pris en charge.}}""",
    ),
    dict(
        rome="N1101",
        titre="Conducteur de chariot élévateur H/F",
        appellation="Conducteur / Conductrice de chariot élévateur",
        employeur="PAPETERIES DE LA SEINE",
        ville="rouen",
        contrat="CDI",
        exp="E",
        entreprise="Papeterie industrielle.",
        texte="""Au sein de notre usine (fabrication de papiers d'emballage), vous [[assurez l'approvisionnement des lignes de production|new:Approvisionnement des lignes de production]] et [[l'évacuation des produits finis|new:Évacuation des produits finis]].

Missions :
* [[Conduite de chariots élévateurs|810502]] équipés de pinces à bobines
* [[Approvisionnement des lignes de production|new:Approvisionnement des lignes de production]] en matières premières
* [[Stockage des bobines|810503]] et [[saisie des mouvements dans SAP|830010]]
* Respect des [[règles de sécurité du site|830013]] (5S, port des EPI)

Vous avez votre [[CACES R489 cat. 3|830502]] et une première expérience en milieu industriel. Connaissance de [[SAP|830010]] appréciée.

{{conditions|Travail en 3x8, week-ends selon planning.}} {{avantages|Primes d'équipe, 13e mois, intéressement, restaurant d'entreprise.}}""",
    ),
    dict(
        rome="N1101",
        titre="Cariste polyvalent(e)",
        appellation="Cariste",
        employeur="JARDI PRO DISTRIBUTION",
        ville="le_mans",
        contrat="CDD",
        exp="S",
        entreprise=None,
        texte="""{{entreprise|Notre plateforme de distribution d'articles de jardinerie renforce ses équipes pour la saison.}}

➡️ [[Déchargement des conteneurs|810501]] (à la main et au chariot)
➡️ [[Contrôle quantitatif et qualitatif des réceptions|810505]]
➡️ [[Rangement en rack|810503]]
➡️ [[Préparation de commandes|810504]] au [[scanner|830505]]

[[CACES 1A|830501]], [[3|830502]] et [[5|830503]] demandés. Vous aimez [[le travail en équipe|820001]] et vous êtes [[dynamique|new:Dynamisme]].

{{conditions|CDD de 4 mois, 35h, du lundi au vendredi.}}""",
    ),
    dict(
        rome="N1101",
        titre="Cariste gerbeur - e-commerce",
        appellation="Cariste",
        employeur="EXPEDIS",
        ville="valence",
        contrat="MIS",
        exp="D",
        entreprise="Prestataire logistique e-commerce.",
        texte="""{{entreprise|EXPEDIS, prestataire logistique e-commerce en forte croissance (2 millions de colis expédiés par an), s'engage pour une logistique responsable et inclusive.}}

Vous [[alimentez les postes de préparation|new:Réapprovisionnement des zones de picking]] avec un [[gerbeur|830501]], [[rangez les retours clients|new:Traitement des retours clients]] et [[réalisez les inventaires tournants|810506]] sur [[le WMS Reflex|830504]].

Débutant accepté avec [[CACES 1B|830501]]. [[Esprit d'équipe|820001]] et [[bonne humeur|new:Bonne humeur]] !

{{avantages|Prime d'assiduité, navette depuis la gare, salle de pause.}}
{{legal|EXPEDIS est signataire de la charte de la diversité.}}""",
    ),
    dict(
        rome="N1101",
        titre="Cariste confirmé H/F - Matériaux",
        appellation="Cariste",
        employeur="BATIMAT NEGOCE",
        ville="annecy",
        contrat="CDI",
        exp="E",
        entreprise="Négoce de matériaux de construction.",
        texte="""Dans notre agence d'Annecy, vous [[chargez les camions des clients professionnels|810501]] avec un [[chariot embarqué|new:Chariot embarqué (CACES R490)]] et un [[chariot frontal|810502]], vous [[préparez les commandes|810504]] et vous [[conseillez les clients au comptoir|new:Conseil client au comptoir]].
Vous êtes titulaire des CACES [[R489 cat. 3|830502]] et [[R490|new:Chariot embarqué (CACES R490)]]. Le [[permis C|830601]] serait apprécié pour les livraisons ponctuelles.
{{avantages|Rémunération : 2 200 € brut sur 13 mois, participation, remise sur achats.}}""",
    ),
    # ------------------------------------------------------------------------------------------ N4101
    dict(
        rome="N4101",
        titre="Conducteur SPL national H/F",
        appellation="Chauffeur / Chauffeuse super lourd",
        employeur="TRANSPORTS MARTINEAU",
        ville="nantes",
        contrat="CDI",
        exp="E",
        entreprise="Transport routier de marchandises, 180 véhicules.",
        texte="""{{entreprise|Entreprise familiale créée en 1962, les Transports Martineau (250 salariés, 180 cartes grises) sont spécialisés dans le transport de marchandises générales et de produits frais.}}

Nous recrutons des conducteurs SPL pour du transport national en semi-remorque tautliner.

Vos missions :
- [[Assurer le transport de marchandises en semi-remorque|810601]] sur toute la France
- [[Vérifier votre véhicule avant chaque départ|810602]]
- [[Contrôler le chargement et l'arrimage|810603]]
- [[Remplir les documents de transport (CMR, lettres de voiture)|810604]]
- [[Respecter la réglementation sociale européenne|810605]]

Profil : [[permis CE|830602]], [[FIMO|830603]] ou [[FCO|830603]] à jour, [[carte conducteur|830604]]. Expérience de 2 ans en national souhaitée.

{{conditions|Départ le lundi, retour le vendredi ou le samedi.}}
{{avantages|Salaire : 2 600 € brut + frais de déplacement + primes. Camions récents attitrés.}}""",
    ),
    dict(
        rome="N4101",
        titre="Chauffeur PL régional (H/F)",
        appellation="Conducteur / Conductrice de poids lourd",
        employeur=None,
        ville="amiens",
        contrat="MIS",
        exp="S",
        entreprise="Agence d'intérim spécialisée transport.",
        texte="""{{entreprise|Pour notre client, transporteur régional de matériaux de construction, nous recherchons un chauffeur PL porteur avec grue auxiliaire.}}
[[Livraisons sur chantiers|810606]] dans un rayon de 150 km autour d'Amiens. [[Déchargement des matériaux à la grue|new:Conduite de grue auxiliaire de camion]] chez les clients. [[CACES R490 grue auxiliaire|new:Conduite de grue auxiliaire de camion]] obligatoire, ainsi que le [[permis C|830601]] et la [[FCO|830603]].
Retour au domicile tous les soirs.
{{avantages|Taux horaire selon profil + heures supplémentaires + paniers.}}""",
    ),
    dict(
        rome="N4101",
        titre="Conducteur routier citerne ADR",
        appellation="Conducteur routier / Conductrice routière",
        employeur="CITERNES DU SUD-OUEST",
        ville="toulouse",
        contrat="CDI",
        exp="E",
        entreprise="Transport de matières dangereuses en citerne.",
        texte="""Nous recherchons un conducteur SPL citerne pour le transport de carburants.

Vous [[assurez la livraison des stations-service et des clients industriels|810606]], [[réalisez les opérations de chargement en dépôt pétrolier|new:Chargement et déchargement de citernes]] et [[de dépotage chez le client|new:Chargement et déchargement de citernes]], dans le strict respect des [[consignes de sécurité|830013]].

Vous détenez le [[permis CE|830602]], [[l'ADR citerne|830605]] et la [[FCO|830603]]. Vous êtes [[rigoureux|820002]], [[vigilant|new:Vigilance]] et [[respectueux des procédures|820002]].

{{avantages|Salaire attractif (3 000 € brut), primes, 13e mois, mutuelle, retour à domicile quotidien.}}
{{legal|Nous sommes attachés à la diversité de nos équipes.}}""",
    ),
    dict(
        rome="N4101",
        titre="Conducteur PL frigo - Messagerie H/F",
        appellation="Conducteur / Conductrice de poids lourd",
        employeur="FROID EXPRESS 59",
        ville="lille",
        contrat="CDI",
        exp="S",
        entreprise=None,
        texte="""Conducteur poids lourd frigorifique – [[tournées de livraison|810606]] de la grande distribution et des restaurants de la métropole lilloise.
- [[Livraison des clients|810606]] et [[déchargement au transpalette électrique|830501]]
- [[Contrôle des températures|new:Respect de la chaîne du froid]] et [[traçabilité|new:Traçabilité des températures]]
- [[Encaissement des contre-remboursements|830017]]
[[Permis C|830601]] exigé, [[FIMO|830603]] à jour.
Vous êtes [[ponctuel|820012]], [[courtois|820006]] avec la clientèle et [[organisé|820007]].
{{conditions|Prise de poste à 4h du matin, du lundi au vendredi.}}""",
    ),
    dict(
        rome="N4101",
        titre="Conducteur SPL international Espagne/Italie",
        appellation="Chauffeur / Chauffeuse super lourd",
        employeur="EUROFRET ALPES",
        ville="grenoble",
        contrat="CDI",
        exp="E",
        entreprise="Transport international.",
        texte="""{{entreprise|EUROFRET ALPES est un transporteur international reconnu, spécialisé dans les liaisons France – Espagne – Italie depuis 1988.}}

Vous partez pour des rotations de 2 à 3 semaines en Europe du Sud.
• [[Conduite d'un ensemble articulé|810601]]
• [[Attelage et dételage des semi-remorques|810607]] sur les plateformes
• [[Gestion des documents douaniers et CMR|810604]]
• [[Gestion de vos temps de conduite|810605]] avec le [[chronotachygraphe numérique|830604]]

[[Permis CE|830602]], [[FCO|830603]]. Notions d'[[espagnol|830002]] ou d'[[italien|830004]] appréciées. Le [[GPS poids lourd et l'application de suivi (Transics)|new:Informatique embarquée de transport]] n'ont pas de secret pour vous.
[[Autonomie|820003]] et [[résistance au stress|820008]].

{{avantages|Frais de route, prime de qualité, camion attitré.}}""",
    ),
    dict(
        rome="N4101",
        titre="Conducteur / Conductrice PL benne - travaux publics",
        appellation="Conducteur / Conductrice de poids lourd",
        employeur="TP DU VAL DE LOIRE",
        ville="tours",
        contrat="CDI",
        exp="E",
        entreprise="Entreprise de travaux publics.",
        texte="""{{entreprise|Entreprise de terrassement et de VRD recherche conducteur PL 8x4 benne.}}
Vous [[assurez l'évacuation des déblais|new:Transport de matériaux en benne]] et [[l'approvisionnement des chantiers en matériaux|new:Transport de matériaux en benne]]. Vous [[effectuez l'entretien courant de votre véhicule|810602]].
[[Permis C|830601]] et [[FCO|830603]] à jour. Le [[CACES R482 cat. C1|830023]] (chargeuse) serait un plus pour les petits travaux de chantier.
[[Sens de la sécurité|830013]] et [[respect du matériel|new:Respect du matériel]] indispensables.
{{conditions|Horaires de journée, 39 h.}} {{avantages|Paniers, indemnités de trajet, prime de fin d'année.}}""",
    ),
]
