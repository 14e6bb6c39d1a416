"""Offres du jeu d'évaluation : industrie (I1304 maintenance industrielle, H2903 usinage sur commande numérique).

Balisage : voir ``_offres_btp.py`` et README.md.
"""

OFFRES = [
    # ------------------------------------------------------------------------------------------ I1304
    dict(
        rome="I1304",
        titre="Technicien de maintenance industrielle H/F",
        appellation="Technicien / Technicienne de maintenance industrielle",
        employeur="LAITERIE DES MONTS D'AUVERGNE",
        ville="clermont",
        contrat="CDI",
        exp="E",
        entreprise="Industrie agroalimentaire, produits laitiers.",
        texte="""{{entreprise|Coopérative laitière fondée en 1948, la Laiterie des Monts d'Auvergne transforme chaque année 300 millions de litres de lait en fromages AOP et produits frais. Nos 620 salariés partagent des valeurs de qualité et de respect du territoire.}}

Au sein du service maintenance (18 techniciens), vous :
- [[Réalisez la maintenance préventive et curative des lignes de conditionnement|810901]]
- [[Diagnostiquez les pannes électriques, mécaniques et pneumatiques|810902]]
- [[Intervenez sur les automates Siemens S7|810907]] ([[TIA Portal|830901]])
- [[Renseignez vos interventions dans la GMAO (Carl Source)|810905]]
- [[Proposez des améliorations pour fiabiliser les équipements|810906]]

Profil : BTS MS, CRSA ou électrotechnique. Expérience en industrie agroalimentaire appréciée. [[Habilitation électrique BR/B2V|830102]]. Connaissance des [[règles d'hygiène en agroalimentaire|new:Hygiène en industrie agroalimentaire]].
Vous êtes [[réactif|820004]], [[méthodique|820002]] et aimez [[le travail en équipe|820001]].

{{conditions|Travail en 3x8 avec astreintes.}}
{{avantages|Salaire : 2 400 à 2 900 € brut + primes d'équipe + 13e mois + intéressement et participation.}}""",
    ),
    dict(
        rome="I1304",
        titre="Electromécanicien (H/F)",
        appellation="Électromécanicien / Électromécanicienne",
        employeur=None,
        ville="saint_etienne",
        contrat="MIS",
        exp="E",
        entreprise="Agence d'intérim industrie.",
        texte="""{{entreprise|Notre agence recrute pour son client, fabricant de composants pour l'automobile (400 salariés),}} un électromécanicien en équipe.
Vous [[assurez le dépannage des presses et des robots de soudure|810902]], [[remplacez les pièces d'usure|810901]] ([[roulements, courroies, vérins|830904]]) et [[réalisez les réglages mécaniques|new:Réglages mécaniques]].
Vous [[lisez les schémas électriques et pneumatiques|810904]]. Connaissances en [[robotique (Fanuc, ABB)|new:Robotique industrielle]] appréciées.
[[CACES nacelle|830011]] souhaité. [[Habilitations électriques|830102]] à jour.
{{conditions|Mission de 6 mois, horaires 2x8.}} {{avantages|Taux horaire 15 à 17 € + primes.}}""",
    ),
    dict(
        rome="I1304",
        titre="Technicien(ne) de maintenance - Plasturgie",
        appellation="Technicien / Technicienne de maintenance industrielle",
        employeur="PLASTIFORM JURA",
        ville="dijon",
        contrat="CDI",
        exp="E",
        entreprise="Injection plastique.",
        texte="""{{entreprise|Nous fabriquons des pièces plastiques injectées pour l'automobile et le médical (45 presses à injecter de 50 à 800 tonnes).}}

Votre rôle : garantir la disponibilité des équipements de production.
→ [[Maintenance préventive des presses à injecter|810901]] et des périphériques ([[thermorégulateurs|new:Thermorégulation]], robots)
→ [[Dépannage hydraulique et électrique|810903]]
→ [[Suivi des indicateurs de maintenance (TRS, MTBF)|new:Indicateurs de maintenance (TRS, MTBF)]]
→ [[Participation aux chantiers d'amélioration continue|830019]]

Compétences : [[hydraulique|830903]], [[électricité industrielle|830103]], [[lecture de plans|810904]]. Une connaissance de l'[[injection plastique|new:Procédé d'injection plastique]] serait un plus.
[[Curiosité|820009]] et [[esprit d'analyse|new:Esprit d'analyse]].

{{avantages|Prime de fin d'année, CE, mutuelle, intéressement.}}
{{legal|PLASTIFORM JURA est une entreprise handi-accueillante.}}""",
    ),
    dict(
        rome="I1304",
        titre="Agent de maintenance polyvalent F/H",
        appellation="Agent / Agente de maintenance polyvalent",
        employeur="CAMPING DOMAINE DES PINS",
        ville="perpignan",
        contrat="CDD",
        exp="S",
        entreprise=None,
        texte="""Camping 5 étoiles recrute pour la saison un agent de maintenance polyvalent : [[petits travaux de plomberie|new:Petits travaux de bâtiment]], [[d'électricité|new:Petits travaux de bâtiment]] et de [[peinture|new:Petits travaux de bâtiment]], [[entretien de la piscine|new:Entretien de piscine]] et des [[espaces verts|818043]], [[dépannage des mobil-homes|810902]]. [[Habilitation électrique|830102]] souhaitée. [[Polyvalence|820011]] et [[réactivité|820004]] indispensables.
{{avantages|Logement possible sur place. Salaire selon convention de l'hôtellerie de plein air.}}""",
    ),
    dict(
        rome="I1304",
        titre="Technicien de maintenance automaticien H/F",
        appellation="Technicien / Technicienne de maintenance industrielle",
        employeur="EMBALL'NORD",
        ville="amiens",
        contrat="CDI",
        exp="E",
        entreprise="Fabricant d'emballages carton.",
        texte="""{{entreprise|EMBALL'NORD fabrique des emballages en carton ondulé pour l'agroalimentaire et le e-commerce. Certifiée ISO 9001 et FSC, notre usine d'Amiens emploie 180 personnes.}}

Rattaché au responsable maintenance, vos missions seront :
1) [[Diagnostiquer et dépanner les lignes de transformation|810902]]
2) [[Modifier et optimiser les programmes automates (Schneider Unity, Siemens TIA Portal)|810907]]
3) [[Paramétrer les variateurs de vitesse|new:Paramétrage des variateurs de vitesse]]
4) [[Participer aux projets d'installation de nouvelles machines|new:Installation de nouveaux équipements]]

Profil : BTS CIRA, CRSA ou électrotechnique, 3 ans d'expérience. [[Anglais technique|830001]] (documentation constructeurs). [[Autonome|820003]] et [[force de proposition|820010]].

{{avantages|Salaire : 32 à 38 K€ selon expérience, prime d'astreinte, 13e mois.}}""",
    ),
    dict(
        rome="I1304",
        titre="Technicien maintenance CVC industrielle",
        appellation="Technicien / Technicienne de maintenance industrielle",
        employeur="PHARMALP",
        ville="annecy",
        contrat="CDI",
        exp="E",
        entreprise="Laboratoire pharmaceutique.",
        texte="""{{entreprise|Site de production pharmaceutique (formes sèches) – service technique.}}
Missions : [[maintenance des centrales de traitement d'air|new:Maintenance des installations de génie climatique]], [[des groupes froids|new:Maintenance des installations de génie climatique]] et [[des utilités (eau purifiée, air comprimé)|new:Maintenance des utilités industrielles]] ; [[rédaction et application des procédures en environnement BPF|new:Bonnes pratiques de fabrication (BPF)]] ; [[suivi des sous-traitants|new:Suivi des sous-traitants]].
Profil : BTS FED ou MS, [[attestation fluides frigorigènes|830201]] souhaitée, connaissance des [[zones à atmosphère contrôlée|new:Salles propres et atmosphère contrôlée]]. [[Rigueur documentaire|820002]] et [[respect des procédures|820002]].
{{avantages|Horaires de journée, 13e mois, intéressement, participation, restaurant d'entreprise.}}""",
    ),
    # ------------------------------------------------------------------------------------------ H2903
    dict(
        rome="H2903",
        titre="Régleur CN tournage H/F",
        appellation="Tourneur / Tourneuse sur commande numérique",
        employeur="MECA PRECISION DU FOREZ",
        ville="saint_etienne",
        contrat="CDI",
        exp="E",
        entreprise="Mécanique de précision, sous-traitance.",
        texte="""{{entreprise|Sous-traitant en mécanique de précision depuis 1979, MECA PRECISION DU FOREZ usine des pièces unitaires et des petites séries pour l'aéronautique, le médical et l'énergie.}}

Vos missions :
- [[Préparer et régler les tours à commande numérique|811001]] (Mazak, DMG Mori)
- [[Usiner des pièces de précision en tournage|811002]]
- [[Modifier les programmes|811006]]
- [[Contrôler la conformité des pièces|811004]] ([[micromètre, alésomètre, projecteur de profil|831003]])
- [[Renseigner les fiches d'autocontrôle|811008]]

Profil : BEP/Bac Pro/BTS productique. Vous [[savez lire un plan|811005]] et [[interpréter la cotation ISO|new:Cotation fonctionnelle (GPS)]]. [[Commande numérique Fanuc|831002]] ou [[Mazatrol|831002]].
[[Rigueur|820002]] et [[autonomie|820003]].

{{avantages|Salaire selon profil, 13e mois, prime de panier, horaires de journée.}}""",
    ),
    dict(
        rome="H2903",
        titre="Opérateur sur centre d'usinage (H/F)",
        appellation="Opérateur régleur / Opératrice régleuse sur machine-outil à commande numérique",
        employeur=None,
        ville="annecy",
        contrat="MIS",
        exp="S",
        entreprise="Agence d'emploi industrie.",
        texte="""{{entreprise|Notre agence de la vallée de l'Arve, spécialiste du décolletage et de l'usinage,}} recherche pour son client un opérateur sur centre d'usinage 5 axes.
Vous [[chargez les machines|new:Chargement et déchargement des machines]], [[lancez les programmes|811001]], [[surveillez l'usinage|811003]] et [[contrôlez les pièces au pied à coulisse et au micromètre|811004]]. Vous [[effectuez les changements d'outils|811007]].
Première expérience sur [[Heidenhain|831002]] appréciée. Vous êtes [[minutieux|820002]] et [[attentif|new:Vigilance]].
{{conditions|Horaires en 2x8, mission de 3 mois minimum.}}""",
    ),
    dict(
        rome="H2903",
        titre="Fraiseur CN - Outillage",
        appellation="Fraiseur / Fraiseuse sur commande numérique",
        employeur="OUTILLAGES GIRARD",
        ville="orleans",
        contrat="CDI",
        exp="E",
        entreprise="Fabricant de moules et outillages.",
        texte="""{{entreprise|Nous fabriquons des moules d'injection et des outillages de presse.}}
Au sein de l'atelier, vous [[programmerez en FAO (TopSolid)|831004]], [[réglerez|811001]] et [[conduirez les fraiseuses CN 3 et 5 axes|811003]], et [[usinerez des empreintes en acier traité|811003]]. Vous [[contrôlerez vos pièces sur machine tridimensionnelle|new:Contrôle tridimensionnel (MMT)]].
Compétences : [[programmation ISO|831001]], [[lecture de plans 3D|811005]], connaissance des [[matériaux et des outils coupants|new:Matériaux et outils coupants]]. [[Esprit d'initiative|820010]].
{{avantages|Prime d'ancienneté, 13e mois, mutuelle, atelier climatisé.}}""",
    ),
    dict(
        rome="H2903",
        titre="Opérateur-régleur tournage décolletage H/F",
        appellation="Opérateur régleur / Opératrice régleuse sur machine-outil à commande numérique",
        employeur="DECOLLETAGE DU GENEVOIS",
        ville="annecy",
        contrat="CDI",
        exp="S",
        entreprise=None,
        texte="""{{entreprise|Entreprise de décolletage (35 personnes) recherche un opérateur-régleur sur tours à poupée mobile (Tornos, Star).}}

Vous serez formé(e) à [[la mise en route des séries|811001]], [[au réglage des outils|811007]] et [[au suivi de production|811008]]. Vous [[réalisez l'autocontrôle des pièces|811004]] et [[remplissez les cartes de contrôle SPC|new:Maîtrise statistique des procédés (SPC)]].

Une expérience en décolletage est appréciée mais pas indispensable : nous formons les candidats motivés. Vous êtes [[habile de vos mains|new:Dextérité manuelle]], [[rigoureux|820002]] et [[ponctuel|820012]].

{{avantages|Salaire : 2 100 à 2 500 € brut + primes de production + 13e mois.}}
{{legal|À compétences égales, priorité aux candidatures de personnes en situation de handicap (RQTH).}}""",
    ),
    dict(
        rome="H2903",
        titre="Usineur CN - aéronautique (H/F)",
        appellation="Opérateur régleur / Opératrice régleuse sur machine-outil à commande numérique",
        employeur="AEROMECA",
        ville="toulouse",
        contrat="CDI",
        exp="E",
        entreprise="Usinage de pièces aéronautiques.",
        texte="""{{entreprise|AEROMECA (Groupe Figeac-Sud, EN 9100) recherche un usineur sur commande numérique.}}
• [[Usinage de pièces en aluminium et titane|811003]] sur centres 5 axes
• [[Préparation des outils et des bridages|811007]]
• [[Optimisation des programmes et des conditions de coupe|811006]]
• [[Contrôle dimensionnel|811004]] et [[traçabilité des pièces|811008]]
Profil : 3 ans d'expérience en usinage aéronautique, maîtrise de [[Siemens 840D|831002]] ou [[Heidenhain TNC 640|831002]]. Connaissance de la [[norme EN 9100|new:Norme qualité aéronautique EN 9100]] et [[de la démarche qualité|830018]]. [[Anglais lu|830001]] (plans et gammes).
{{avantages|Rémunération selon profil, prime d'équipe, intéressement, CE.}}""",
    ),
    dict(
        rome="H2903",
        titre="Tourneur conventionnel et CN",
        appellation="Tourneur / Tourneuse sur commande numérique",
        employeur="ETS ROUSSEL MECANIQUE",
        ville="caen",
        contrat="CDD",
        exp="E",
        entreprise=None,
        texte="""{{entreprise|Atelier de réparation mécanique (maintenance navale et agricole) recherche tourneur.}} [[Tournage sur tour conventionnel|new:Tournage conventionnel]] et [[sur tour CN|811002]]. [[Fabrication de pièces unitaires à partir de plans ou de pièces usées|new:Fabrication de pièces unitaires de rechange]]. [[Fraisage|811003]] occasionnel. [[Soudure à l'arc|830022]] appréciée.
Qualités : [[débrouillardise|new:Débrouillardise]], [[autonomie|820003]].
{{conditions|CDD de 6 mois, possibilité de CDI.}}""",
    ),
]
