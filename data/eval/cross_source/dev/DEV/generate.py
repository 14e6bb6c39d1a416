#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator for the DEV part of the cross-source evaluation set (standard library only).

Writes ft/*.json (France Travail search answers), lba/*.json (La bonne alternance search answers),
truth.json and README.md next to this file. All employers, people, ids and texts are fictitious.
"""
import datetime
import json
import os
import random
import string
import unicodedata


# key: (INSEE, postal code, FT label name, display name, departement, lat, lon)
COMMUNES = {
    "lille": ("59350", "59000", "LILLE", "Lille", "59", 50.6311, 3.0468),
    "roubaix": ("59512", "59100", "ROUBAIX", "Roubaix", "59", 50.6901, 3.1817),
    "tourcoing": ("59599", "59200", "TOURCOING", "Tourcoing", "59", 50.7256, 3.1586),
    "villeneuve": ("59009", "59650", "VILLENEUVE D ASCQ", "Villeneuve-d'Ascq", "59", 50.6324, 3.1538),
    "dunkerque": ("59183", "59140", "DUNKERQUE", "Dunkerque", "59", 51.0307, 2.3375),
    "valenciennes": ("59606", "59300", "VALENCIENNES", "Valenciennes", "59", 50.3589, 3.5250),
    "douai": ("59178", "59500", "DOUAI", "Douai", "59", 50.3714, 3.0800),
    "arras": ("62041", "62000", "ARRAS", "Arras", "62", 50.2910, 2.7775),
    "lens": ("62498", "62300", "LENS", "Lens", "62", 50.4320, 2.8333),
    "boulogne": ("62160", "62200", "BOULOGNE SUR MER", "Boulogne-sur-Mer", "62", 50.7264, 1.6147),
    "calais": ("62193", "62100", "CALAIS", "Calais", "62", 50.9513, 1.8587),
    "bethune": ("62119", "62400", "BETHUNE", "Béthune", "62", 50.5303, 2.6408),
    "amiens": ("80021", "80000", "AMIENS", "Amiens", "80", 49.8941, 2.2958),
    "abbeville": ("80001", "80100", "ABBEVILLE", "Abbeville", "80", 50.1054, 1.8332),
    "beauvais": ("60057", "60000", "BEAUVAIS", "Beauvais", "60", 49.4295, 2.0807),
    "compiegne": ("60159", "60200", "COMPIEGNE", "Compiègne", "60", 49.4179, 2.8261),
    "creil": ("60175", "60100", "CREIL", "Creil", "60", 49.2598, 2.4746),
    "stquentin": ("02691", "02100", "ST QUENTIN", "Saint-Quentin", "02", 49.8465, 3.2876),
    "laon": ("02408", "02000", "LAON", "Laon", "02", 49.5641, 3.6199),
    "soissons": ("02722", "02200", "SOISSONS", "Soissons", "02", 49.3817, 3.3236),
}

ROME = {
    "D1102": "Boulangerie - viennoiserie",
    "D1106": "Vente en alimentation",
    "I1604": "Mécanique automobile et entretien de véhicules",
    "G1602": "Personnel de cuisine",
}
# extra codes LBA may add to a relayed offer
EXTRA_ROME = {
    "D1102": ["D1104", "D1106"],
    "D1106": ["D1507", "D1102"],
    "I1604": ["I1606", "I1607"],
    "G1602": ["G1603", "G1601"],
}

APPELLATIONS = {
    "D1102": ["Boulanger / Boulangère", "Apprenti boulanger / Apprentie boulangère",
              "Boulanger-pâtissier / Boulangère-pâtissière", "Ouvrier boulanger / Ouvrière boulangère"],
    "D1106": ["Vendeur / Vendeuse en boulangerie-pâtisserie", "Vendeur / Vendeuse en alimentation générale",
              "Vendeur / Vendeuse en fruits et légumes", "Vendeur / Vendeuse en produits frais"],
    "I1604": ["Mécanicien / Mécanicienne automobile", "Mécanicien / Mécanicienne d'entretien automobile",
              "Technicien / Technicienne de maintenance automobile", "Mécanicien réparateur / Mécanicienne réparatrice automobile"],
    "G1602": ["Commis / Commise de cuisine", "Cuisinier / Cuisinière", "Apprenti cuisinier / Apprentie cuisinière",
              "Chef de partie"],
}

DOMAIN = {
    "bakery": (843, "Opco entreprises de proximité", "1071C", "Boulangerie et boulangerie-pâtisserie"),
    "grocer": (2216, "L'Opcommerce", "4729Z", "Autres commerces de détail alimentaires en magasin spécialisé"),
    "super": (2216, "L'Opcommerce", "4711D", "Supermarchés"),
    "fruit": (2216, "L'Opcommerce", "4721Z", "Commerce de détail de fruits et légumes en magasin spécialisé"),
    "garage": (1090, "Opco Mobilités", "4520A", "Entretien et réparation de véhicules automobiles légers"),
    "dealer": (1090, "Opco Mobilités", "4511Z", "Commerce de voitures et de véhicules automobiles légers"),
    "resto": (1979, "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre",
              "5610A", "Restauration traditionnelle"),
    "traiteur": (1979, "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre",
                 "5621Z", "Services des traiteurs"),
    "collective": (1266, "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre",
                   "5629A", "Restauration collective sous contrat"),
    "interim": (2378, "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre",
                "7820Z", "Activités des agences de travail temporaire"),
    "hotel": (1979, "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre",
              "5510Z", "Hôtels et hébergement similaire"),
}

# Employers (all invented). key -> dict
# legal: legal name; brand: trading name (or None); ft: how the employer writes its name on France Travail
# (None = name hidden on France Travail); street: one address line; dom: DOMAIN key; size; desc
EMPLOYERS = {
    # ---- bakeries
    "lemaire": dict(legal="SARL LEMAIRE ET FILS", brand="Boulangerie Lemaire", ft="BOULANGERIE LEMAIRE",
                    commune="arras", street="14 RUE DES TROIS VISAGES", dom="bakery", size="6-9",
                    desc="Boulangerie artisanale familiale, trois générations de boulangers sur la Grand-Place d'Arras."),
    "pain_dore": dict(legal="SAS AU PAIN DORÉ AMIÉNOIS", brand="Au Pain Doré", ft="AU PAIN DORE",
                      commune="amiens", street="37 RUE DES TROIS CAILLOUX", dom="bakery", size="10-19",
                      desc=None),
    "fournil_vauban": dict(legal="EURL DUBRULLE", brand="Le Fournil de Vauban", ft="Le fournil de Vauban",
                           commune="lille", street="102 RUE SOLFERINO", dom="bakery", size="3-5",
                           desc="Petite boulangerie de quartier, pains au levain et viennoiseries maison."),
    "maison_cuvelier": dict(legal="CUVELIER PATRICE", brand="Maison Cuvelier", ft="MAISON CUVELIER",
                            commune="valenciennes", street="8 PLACE D ARMES", dom="bakery", size="6-9", desc=None),
    "epi_opale": dict(legal="SARL L EPI D OPALE", brand="L'Épi d'Opale", ft="L'EPI D'OPALE",
                      commune="boulogne", street="21 GRANDE RUE", dom="bakery", size="10-19",
                      desc="Boulangerie-pâtisserie-salon de thé en haute ville."),
    "pains_cie": dict(legal="SAS PAINS ET COMPAGNIE DEVELOPPEMENT", brand="Pains & Compagnie", ft="PAINS ET COMPAGNIE",
                      commune="lille", street="5 RUE FAIDHERBE", dom="bakery", size="100-199",
                      desc="Réseau de 24 boulangeries dans les Hauts-de-France."),
    "fournil_stq_a": dict(legal="SARL BOULANGERIE DELVAL", brand="Boulangerie Delval", ft="BOULANGERIE DELVAL",
                          commune="stquentin", street="12 RUE D ISLE", dom="bakery", size="3-5", desc=None),
    "fournil_stq_b": dict(legal="SAS LE PETRIN SAINT QUENTINOIS", brand="Le Pétrin", ft="LE PETRIN",
                          commune="stquentin", street="45 RUE CHAPUIS", dom="bakery", size="6-9", desc=None),
    "moulin_soissons": dict(legal="SARL FOURNIL DU MOULIN", brand="Le Fournil du Moulin", ft="FOURNIL DU MOULIN",
                            commune="soissons", street="3 RUE DU COMMERCE", dom="bakery", size="6-9", desc=None),
    "boul_creil": dict(legal="SNC HAMDI ET ASSOCIES", brand="Boulangerie de la Gare", ft=None,
                       commune="creil", street="1 PLACE DE LA GARE", dom="bakery", size="3-5", desc=None),
    "boul_douai": dict(legal="SARL MAISON PRUVOST", brand="Pruvost Boulanger", ft="PRUVOST BOULANGER",
                       commune="douai", street="56 RUE DE BELLAIN", dom="bakery", size="10-19",
                       desc="Artisan boulanger depuis 1987, deux boutiques à Douai."),
    "boul_roubaix": dict(legal="SAS LA MIE ROUBAISIENNE", brand="La Mie Roubaisienne", ft="LA MIE ROUBAISIENNE",
                         commune="roubaix", street="77 GRANDE RUE", dom="bakery", size="6-9", desc=None),
    "boul_laon": dict(legal="EURL BOULANGERIE DE LA CATHEDRALE", brand="Boulangerie de la Cathédrale",
                      ft="BOULANGERIE DE LA CATHEDRALE", commune="laon", street="9 RUE CHATELAINE",
                      dom="bakery", size="1-2", desc=None),
    "boul_lille2": dict(legal="SARL BOULANGERIE WAZEMMES", brand="Le Pain de Wazemmes", ft="LE PAIN DE WAZEMMES",
                        commune="lille", street="18 PLACE DE LA NOUVELLE AVENTURE", dom="bakery", size="10-19",
                        desc=None),
    "boul_amiens2": dict(legal="SARL SAINT LEU GOURMAND", brand="Saint-Leu Gourmand", ft="SAINT LEU GOURMAND",
                         commune="amiens", street="4 RUE DU DON", dom="bakery", size="6-9", desc=None),
    "boul_calais": dict(legal="SAS DENTELLE ET FARINE", brand="Dentelle & Farine", ft="DENTELLE ET FARINE",
                        commune="calais", street="60 BOULEVARD JACQUARD", dom="bakery", size="6-9", desc=None),
    # ---- food retail
    "super_lens": dict(legal="SAS LENS DISTRIBUTION", brand="Super Nordis Lens Bollaert", ft="LENS DISTRIBUTION",
                       commune="lens", street="210 ROUTE DE BETHUNE", dom="super", size="50-99",
                       desc="Supermarché de proximité de 1 800 m², rayons traditionnels boucherie, boulangerie, fromage."),
    "primeur_lille": dict(legal="SARL LES JARDINS DU VIEUX LILLE", brand="Les Jardins du Vieux-Lille",
                          ft="LES JARDINS DU VIEUX LILLE", commune="lille", street="25 RUE DE GAND", dom="fruit",
                          size="3-5", desc="Primeur et épicerie fine, producteurs locaux."),
    "fromagerie_arras": dict(legal="SAS CAVE A FROMAGES ARTESIENNE", brand="La Cave d'Artois", ft="LA CAVE D ARTOIS",
                             commune="arras", street="2 RUE DE LA TAILLERIE", dom="grocer", size="3-5", desc=None),
    "epicerie_beauvais_a": dict(legal="SARL EPICERIE DU BEFFROI", brand="L'Épicerie du Beffroi", ft="EPICERIE DU BEFFROI",
                                commune="beauvais", street="11 RUE CARNOT", dom="grocer", size="1-2", desc=None),
    "epicerie_beauvais_b": dict(legal="SAS BIO ET VRAC BEAUVAIS", brand="Vrac & Bio", ft="VRAC ET BIO",
                                commune="beauvais", street="30 RUE DE LA MADELEINE", dom="grocer", size="3-5",
                                desc=None),
    "fraich_market": dict(legal="SAS FRAICH'MARKET NORD", brand="Fraîch'Market", ft="FRAICH MARKET",
                          commune="creil", street="ZAC DES HAUTS DE CREIL", dom="super", size="200-249",
                          desc="Enseigne régionale de supermarchés frais (12 magasins)."),
    "super_dunk": dict(legal="SAS DISTRI DUNES", brand="Super Nordis Dunkerque Rosendaël", ft="DISTRI DUNES",
                       commune="dunkerque", street="150 AVENUE DE LA LIBERATION", dom="super", size="50-99",
                       desc=None),
    "primeur_valenciennes": dict(legal="EURL PRIMEURS DE L ESCAUT", brand="Primeurs de l'Escaut",
                                 ft="PRIMEURS DE L'ESCAUT", commune="valenciennes", street="19 RUE DE PARIS",
                                 dom="fruit", size="3-5", desc=None),
    "traiteur_compiegne": dict(legal="SARL MAISON VERBRUGGHE", brand="Verbrugghe Traiteur", ft="VERBRUGGHE TRAITEUR",
                               commune="compiegne", street="7 RUE SOLFERINO", dom="traiteur", size="10-19",
                               desc="Traiteur et boutique de plats cuisinés, réceptions jusqu'à 400 couverts."),
    "epicerie_tourcoing": dict(legal="SAS LE COMPTOIR TOURQUENNOIS", brand="Le Comptoir", ft="LE COMPTOIR TOURQUENNOIS",
                               commune="tourcoing", street="40 RUE DE LILLE", dom="grocer", size="6-9", desc=None),
    "super_amiens": dict(legal="SAS AMIENS NORD DISTRIBUTION", brand="Super Nordis Amiens Nord", ft=None,
                         commune="amiens", street="ROUTE D ABBEVILLE", dom="super", size="100-199", desc=None),
    "fromagerie_lille": dict(legal="SARL FROMAGES DES FLANDRES", brand="Fromagerie des Flandres",
                             ft="FROMAGERIE DES FLANDRES", commune="lille", street="33 RUE DE LA MONNAIE",
                             dom="grocer", size="3-5", desc=None),
    # ---- garages
    "garage_valenciennes": dict(legal="SAS GARAGE DU HAINAUT", brand="Garage du Hainaut", ft="GARAGE DU HAINAUT",
                                commune="valenciennes", street="120 AVENUE DE DENAIN", dom="garage", size="20-49",
                                desc="Agent multimarque, mécanique, carrosserie et vente VO."),
    "are_express": dict(legal="SAS AUTO REVISION EXPRESS FRANCE", brand="Auto Révision Express",
                        ft="AUTO REVISION EXPRESS", commune="arras", street="ZONE ACTIPARC", dom="garage",
                        size="500-999", desc="Réseau national d'entretien rapide automobile (pneus, vidange, freins)."),
    "garage_flandres": dict(legal="SARL GARAGE DES FLANDRES", brand="Garage des Flandres", ft="GARAGE DES FLANDRES",
                            commune="tourcoing", street="88 BOULEVARD GAMBETTA", dom="garage", size="10-19",
                            desc=None),
    "garage_bethune_a": dict(legal="EURL GARAGE LECLERCQ", brand="Garage Leclercq", ft="GARAGE LECLERCQ",
                             commune="bethune", street="15 RUE D AIRE", dom="garage", size="3-5", desc=None),
    "garage_bethune_b": dict(legal="SARL AUTO SERVICES BETHUNOIS", brand="Auto Services", ft=None,
                             commune="bethune", street="230 AVENUE DE LENS", dom="garage", size="6-9", desc=None),
    "concession_amiens": dict(legal="SAS PICARDIE AUTOMOBILES", brand="Picardie Automobiles", ft="PICARDIE AUTOMOBILES",
                              commune="amiens", street="ZI NORD RUE JOSEPH CUGNOT", dom="dealer", size="50-99",
                              desc="Concessionnaire, atelier après-vente de 14 postes."),
    "garage_beauvais": dict(legal="SARL MECA 60", brand="Méca 60", ft="MECA 60", commune="beauvais",
                            street="4 RUE DE LA BRAYE", dom="garage", size="6-9", desc=None),
    "garage_dunk": dict(legal="SAS GARAGE DU PORT", brand="Garage du Port", ft="GARAGE DU PORT",
                        commune="dunkerque", street="27 QUAI DES HOLLANDAIS", dom="garage", size="10-19", desc=None),
    "garage_lille": dict(legal="SARL ATELIER MECANIQUE DE FIVES", brand="AMF Garage", ft="ATELIER MECANIQUE DE FIVES",
                         commune="lille", street="210 RUE PIERRE LEGRAND", dom="garage", size="6-9", desc=None),
    "garage_laon": dict(legal="EURL GARAGE MARTINAGE", brand="Garage Martinage", ft="GARAGE MARTINAGE",
                        commune="laon", street="5 AVENUE CHARLES DE GAULLE", dom="garage", size="3-5", desc=None),
    "garage_compiegne": dict(legal="SAS OISE AUTO SERVICES", brand="Oise Auto Services", ft="OISE AUTO SERVICES",
                             commune="compiegne", street="12 RUE DE L ARGILIERE", dom="garage", size="10-19", desc=None),
    "garage_calais": dict(legal="SARL CALAIS PNEUS ET MECANIQUE", brand="CPM Auto", ft="CPM AUTO", commune="calais",
                          street="300 AVENUE DE SAINT EXUPERY", dom="garage", size="6-9", desc=None),
    # ---- restaurants
    "estaminet_lille": dict(legal="SARL LE VIEUX BEFFROI", brand="Estaminet Au Vieux Beffroi",
                            ft="ESTAMINET AU VIEUX BEFFROI", commune="lille", street="9 RUE DE LA CLEF",
                            dom="resto", size="10-19", desc="Estaminet, cuisine flamande maison, 70 couverts."),
    "brasserie_amiens": dict(legal="SAS BRASSERIE DE LA SOMME", brand="Brasserie de la Somme", ft="BRASSERIE DE LA SOMME",
                             commune="amiens", street="1 QUAI BELU", dom="resto", size="20-49", desc=None),
    "brasserie_abbeville": dict(legal="SAS BRASSERIE DE LA SOMME", brand="Brasserie de la Somme",
                                ft="BRASSERIE DE LA SOMME", commune="abbeville", street="18 PLACE MAX LEJEUNE",
                                dom="resto", size="10-19", desc=None),
    "resto_lens_a": dict(legal="SARL LE CARREAU", brand="Le Carreau", ft="LE CARREAU", commune="lens",
                         street="3 PLACE JEAN JAURES", dom="resto", size="6-9", desc=None),
    "resto_lens_b": dict(legal="SAS CHEZ MIMILE", brand="Chez Mimile", ft="CHEZ MIMILE", commune="lens",
                         street="58 RUE DE LA GARE", dom="resto", size="3-5", desc=None),
    "interim_nord": dict(legal="SAS INTERIM ALTERNANCE NORD", brand="Intérim Alternance Nord",
                         ft="INTERIM ALTERNANCE NORD", commune="dunkerque", street="44 RUE DU LEUGHENAER",
                         dom="interim", size="20-49",
                         desc="Agence d'emploi spécialisée dans l'alternance et le travail temporaire."),
    "cuisine_centrale": dict(legal="SAS RESTAURATION COLLECTIVE DU DOUAISIS", brand="Cuisine Centrale du Douaisis",
                             ft="RESTAURATION COLLECTIVE DU DOUAISIS", commune="douai",
                             street="ZAC DU BAS TERROIR", dom="collective", size="100-199",
                             desc="Cuisine centrale : 6 000 repas par jour pour écoles et EHPAD."),
    "hotel_boulogne": dict(legal="SAS HOTEL DE LA PLAGE BOULONNAIS", brand="Hôtel-Restaurant de la Plage",
                           ft="HOTEL RESTAURANT DE LA PLAGE", commune="boulogne", street="124 BOULEVARD SAINTE BEUVE",
                           dom="hotel", size="20-49", desc=None),
    "resto_roubaix": dict(legal="SARL LA PISCINE GOURMANDE", brand="Le Bassin", ft="LE BASSIN", commune="roubaix",
                          street="24 RUE DES CHAMPS", dom="resto", size="10-19", desc=None),
    "resto_villeneuve": dict(legal="SAS LES COPAINS D ASCQ", brand="Les Copains", ft=None, commune="villeneuve",
                             street="2 CHAUSSEE DE L HOTEL DE VILLE", dom="resto", size="20-49", desc=None),
    "resto_compiegne": dict(legal="SARL L AUBERGE DE LA FORET", brand="L'Auberge de la Forêt", ft="AUBERGE DE LA FORET",
                            commune="compiegne", street="10 RUE DES DOMELIERS", dom="resto", size="10-19",
                            desc="Restaurant semi-gastronomique, produits de saison."),
    "resto_arras": dict(legal="SAS LES PETITS PAVES", brand="Les Petits Pavés", ft="LES PETITS PAVES", commune="arras",
                        street="31 PLACE DES HEROS", dom="resto", size="10-19", desc=None),
    "resto_soissons": dict(legal="EURL LA TABLE DE SAINT MEDARD", brand="La Table de Saint-Médard",
                           ft="LA TABLE DE ST MEDARD", commune="soissons", street="6 RUE DU COLLEGE",
                           dom="resto", size="6-9", desc=None),
    "resto_beauvais": dict(legal="SARL LE JEANNE HACHETTE", brand="Le Jeanne Hachette", ft="LE JEANNE HACHETTE",
                           commune="beauvais", street="8 PLACE JEANNE HACHETTE", dom="resto", size="10-19", desc=None),
    "resto_stquentin": dict(legal="SAS LE BISTROT DU MARCHE", brand="Le Bistrot du Marché", ft="LE BISTROT DU MARCHE",
                            commune="stquentin", street="27 RUE DE LA SELLERIE", dom="resto", size="6-9", desc=None),
}

# ---------------------------------------------------------------- text fragments (hand-written, invented)
# {emp} employer display name, {ville} commune display name

INTRO = {
    "D1102": [
        "{emp}, boulangerie artisanale à {ville}, recherche un(e) apprenti(e) boulanger(e) pour compléter son équipe de production.",
        "Vous aimez le travail de la pâte et vous n'avez pas peur de vous lever tôt ? {emp} vous attend !",
        "Notre boulangerie située au coeur de {ville} recrute un apprenti boulanger H/F en contrat d'apprentissage.",
        "Dans le cadre de son développement, {emp} ({ville}) propose un contrat d'apprentissage en boulangerie.",
        "Boulangerie de quartier à {ville} cherche jeune motivé(e) pour apprendre le métier aux côtés du maître boulanger.",
        "Rejoignez le fournil de {emp} : une équipe de 4 boulangers passionnés qui transmettent leur savoir-faire.",
        "Nous sommes une entreprise artisanale à taille humaine et nous formons des apprentis depuis plus de 20 ans.",
        "Le fournil de {emp} recherche son futur talent !",
    ],
    "D1106": [
        "{emp} à {ville} recrute un(e) vendeur(se) en alternance.",
        "Vous avez le sens du contact et le goût des bons produits ? Rejoignez l'équipe de {emp} à {ville}.",
        "Commerce alimentaire de proximité situé à {ville}, nous recherchons un(e) apprenti(e) vendeur(se).",
        "Dans le cadre d'un contrat d'apprentissage, {emp} propose un poste de vendeur / vendeuse.",
        "Notre boutique recrute pour la rentrée un(e) alternant(e) en vente alimentaire.",
        "Envie d'apprendre le commerce dans un magasin où le client est roi ? {emp} vous forme.",
        "Magasin indépendant, clientèle fidèle, produits frais : nous cherchons notre futur(e) vendeur(se) en apprentissage.",
    ],
    "I1604": [
        "{emp} ({ville}) recherche un apprenti mécanicien automobile H/F.",
        "Garage indépendant à {ville}, nous formons un(e) apprenti(e) en maintenance des véhicules légers.",
        "Vous êtes passionné(e) d'automobile et souhaitez préparer votre diplôme en alternance ? Rejoignez {emp}.",
        "Dans le cadre du développement de notre atelier, nous recrutons un(e) alternant(e) mécanicien(ne).",
        "Atelier de mécanique générale à {ville} : une place d'apprenti est disponible.",
        "{emp} recrute ! Poste d'apprenti(e) mécanicien(ne) à pourvoir dans notre atelier de {ville}.",
        "Notre équipe atelier (chef d'atelier + 3 mécaniciens) accueille un(e) apprenti(e).",
    ],
    "G1602": [
        "{emp} à {ville} recherche un(e) commis de cuisine en apprentissage.",
        "Vous voulez apprendre la cuisine dans une vraie brigade ? {emp} vous ouvre ses portes.",
        "Restaurant à {ville}, cuisine maison à base de produits frais, nous recrutons un(e) apprenti(e) cuisinier(e).",
        "Dans le cadre de sa saison et de son développement, {emp} propose un contrat en alternance en cuisine.",
        "Notre chef cherche un(e) apprenti(e) motivé(e) pour intégrer la brigade.",
        "Rejoignez la cuisine de {emp} ! Poste d'apprenti cuisinier à pourvoir.",
        "Restaurant traditionnel à {ville} recherche commis en contrat d'apprentissage (CAP cuisine).",
    ],
}

MISSIONS = {
    "D1102": [
        "Pétrir, peser et façonner les pâtes à pain",
        "Participer à la fabrication des viennoiseries (croissants, pains au chocolat, brioches)",
        "Surveiller la pousse et la cuisson au four",
        "Préparer les baguettes de tradition et les pains spéciaux",
        "Respecter les règles d'hygiène et de sécurité (HACCP)",
        "Nettoyer et ranger le fournil et le matériel",
        "Réceptionner et ranger les livraisons de farine et de matières premières",
        "Mettre en place les produits en boutique avant l'ouverture",
        "Aider à la préparation des commandes professionnelles",
        "Participer au façonnage des pains de mie et des pains de campagne",
    ],
    "D1106": [
        "Accueillir et conseiller les clients",
        "Assurer la mise en rayon et le réassort",
        "Tenir la caisse et encaisser les ventes",
        "Contrôler les dates et la fraîcheur des produits",
        "Participer à la réception des marchandises",
        "Mettre en valeur les produits en vitrine",
        "Préparer les commandes des clients",
        "Veiller à la propreté du magasin et du rayon",
        "Emballer les produits et renseigner sur leur composition et leurs allergènes",
        "Participer aux inventaires",
    ],
    "I1604": [
        "Réaliser les vidanges et l'entretien courant des véhicules",
        "Remplacer les plaquettes, disques et pièces d'usure",
        "Monter et équilibrer les pneumatiques",
        "Effectuer les contrôles avant restitution au client",
        "Participer au diagnostic des pannes avec la valise",
        "Préparer les véhicules d'occasion avant la vente",
        "Ranger et entretenir le poste de travail et l'outillage",
        "Remplacer les courroies de distribution sous la supervision d'un mécanicien",
        "Renseigner les ordres de réparation",
        "Réaliser la géométrie et les petits travaux d'électricité",
    ],
    "G1602": [
        "Préparer les légumes, les viandes et les poissons",
        "Réaliser la mise en place avant le service",
        "Participer à l'envoi des plats pendant le coup de feu",
        "Confectionner les entrées et les desserts",
        "Respecter les fiches techniques et les règles d'hygiène",
        "Nettoyer le poste de travail et la plonge en fin de service",
        "Réceptionner et ranger les marchandises (FIFO)",
        "Participer à l'élaboration des plats du jour",
        "Assurer le suivi des températures et la traçabilité",
        "Dresser les assiettes selon les consignes du chef",
    ],
}

PROFIL = {
    "D1102": [
        "Vous préparez ou souhaitez préparer un CAP Boulanger",
        "Motivé(e), ponctuel(le) et curieux(se)",
        "Vous acceptez des horaires décalés (début tôt le matin)",
        "Débutant(e) accepté(e), la motivation compte plus que l'expérience",
        "Une première expérience en boulangerie serait un plus",
        "Vous avez le goût du travail manuel et du travail bien fait",
        "Résistance physique (port de sacs de farine, station debout)",
    ],
    "D1106": [
        "Vous préparez un CAP Équipier polyvalent du commerce ou un Bac pro Métiers du commerce et de la vente",
        "Sourire, amabilité et sens du service",
        "Vous êtes disponible le samedi",
        "Aucune expérience exigée",
        "Vous êtes organisé(e) et à l'aise avec les chiffres",
        "Présentation soignée",
        "Esprit d'équipe indispensable",
    ],
    "I1604": [
        "Vous préparez un CAP Maintenance des véhicules option voitures particulières",
        "Vous préparez un Bac pro Maintenance des véhicules",
        "Passionné(e) de mécanique, rigoureux(se) et soigneux(se)",
        "Permis B apprécié (ou en cours)",
        "Vous aimez comprendre comment les choses fonctionnent",
        "Sens du travail en équipe et respect des consignes de sécurité",
        "Débutant accepté",
    ],
    "G1602": [
        "Vous préparez un CAP Cuisine",
        "Vous êtes motivé(e) et vous aimez travailler en équipe",
        "Disponible en soirée et le week-end",
        "Une première expérience (stage) en restauration est un plus",
        "Rigueur, propreté, rapidité",
        "Vous avez envie d'apprendre et de progresser",
        "Bonne résistance au stress pendant le service",
    ],
}

OFFRE = [
    "Rémunération selon la grille de l'apprentissage",
    "Mutuelle d'entreprise",
    "Tenues fournies et entretenues",
    "Repas pris sur place",
    "Prime de fin d'apprentissage en cas de réussite au diplôme",
    "Possibilité d'embauche en CDI à l'issue du contrat",
    "Remboursement de 50 % du titre de transport",
    "Tuteur dédié tout au long du contrat",
    "Ambiance familiale",
    "Planning connu 3 semaines à l'avance",
]

CLOSING = [
    "Envoyez-nous votre CV et quelques mots sur votre motivation.",
    "Candidature par CV, lettre de motivation appréciée.",
    "Vous vous reconnaissez ? Postulez !",
    "N'hésitez pas à passer nous voir en boutique avec votre CV.",
    "Entretien rapide, réponse sous 8 jours.",
    "Rejoignez-nous !",
    "Le poste est à pourvoir rapidement.",
]

# employer-specific facts: (phrasing A, phrasing B) -- the same fact said two ways
SPECS = {
    "D1102": [
        ("Nous travaillons uniquement au levain naturel, avec des farines d'un moulin de la région.",
         "Ici, pas de levure industrielle : tout est au levain, et la farine vient d'un meunier local."),
        ("Production sur four à sole et pétrin à axe oblique.",
         "Le fournil est équipé d'un four à sole et d'un pétrin oblique."),
        ("Nous livrons aussi chaque matin deux restaurants et une cantine scolaire.",
         "Une partie de la production part le matin en livraison (restaurants, cantine)."),
        ("Spécialités de la maison : flamiche, tarte au sucre et pain d'épices.",
         "Nos produits phares sont la tarte au sucre, la flamiche et le pain d'épices maison."),
        ("Notre laboratoire a été entièrement refait en 2025.",
         "Le labo est neuf (travaux terminés l'an dernier)."),
        ("Fabrication 100 % maison, y compris la viennoiserie et le feuilletage.",
         "Tout est fait sur place, feuilletage compris, aucun produit surgelé."),
        ("Nous préparons chaque semaine les commandes du marché du samedi.",
         "Le samedi, l'équipe tient aussi un stand au marché."),
    ],
    "D1106": [
        ("Le magasin met en avant les produits régionaux : maroilles, bières artisanales, chicorée.",
         "Nous vendons beaucoup de produits du terroir (fromages du Nord, bières locales, chicorée)."),
        ("Vous serez principalement au rayon fruits et légumes.",
         "Le poste est rattaché au rayon fruits et légumes."),
        ("La vente se fait à la coupe : formation à la découpe des fromages assurée.",
         "On vous apprendra la découpe et la conservation des fromages."),
        ("Le magasin est ouvert du mardi au samedi, fermé le dimanche et le lundi.",
         "Ouverture du mardi au samedi (repos dimanche et lundi)."),
        ("Nous travaillons en circuit court avec une trentaine de producteurs.",
         "Une trentaine de producteurs locaux nous livrent directement."),
        ("La boutique propose aussi un rayon vrac et des produits bio.",
         "Une partie de l'offre est en vrac et en bio."),
        ("Vous participerez aussi à la préparation des commandes drive.",
         "Il y aura aussi les commandes en ligne (drive) à préparer."),
    ],
    "I1604": [
        ("L'atelier est équipé pour l'entretien des véhicules hybrides et électriques.",
         "Nous intervenons aussi sur des hybrides et des électriques (habilitation prévue)."),
        ("Nous sommes agent de marque et travaillons aussi sur toutes marques.",
         "Garage agent constructeur, mais toutes marques acceptées."),
        ("L'atelier dispose de 6 ponts et d'une valise de diagnostic multimarque.",
         "6 ponts élévateurs, outil de diagnostic multimarque."),
        ("Une partie de l'activité concerne la préparation des véhicules d'occasion.",
         "Nous préparons aussi les VO vendus par le garage."),
        ("Beaucoup de pneumatiques et de géométrie en saison.",
         "Au printemps et à l'automne, grosse activité pneus et parallélisme."),
        ("Clientèle de particuliers et de petites flottes d'entreprises.",
         "Nos clients : des particuliers et quelques flottes (artisans, taxis)."),
    ],
    "G1602": [
        ("Cuisine flamande faite maison : carbonade, potjevleesch, welsh.",
         "À la carte : carbonade flamande, potjevleesch, welsh... tout maison."),
        ("Brasserie de 120 couverts, service midi et soir.",
         "Environ 120 couverts par service, midi et soir."),
        ("Cuisine centrale : production en liaison froide pour écoles et EHPAD.",
         "Vous travaillerez en liaison froide (repas pour écoles et maisons de retraite)."),
        ("Nous travaillons des produits de saison, carte changée tous les mois.",
         "La carte suit les saisons et change chaque mois."),
        ("Le restaurant donne sur le port, poissons de la criée tous les matins.",
         "Poisson acheté à la criée chaque matin, vue sur le port."),
        ("Activité traiteur en plus du restaurant (mariages, séminaires).",
         "Nous faisons aussi du traiteur pour des mariages et des séminaires."),
        ("Brigade de 6 personnes, chef formé dans un restaurant étoilé.",
         "La brigade compte 6 personnes ; le chef a travaillé en gastronomie."),
    ],
}

HORAIRES = {
    "D1102": [("Horaires : 4h - 11h30, du mardi au samedi.", "Vous commencerez tôt le matin (4h) et finirez en fin de matinée ; repos dimanche après-midi et lundi."),
              ("Travail du mercredi au dimanche matin, 35 h par semaine.", "35 h hebdomadaires, repos lundi et mardi."),
              ("Horaires de nuit (2h-9h) possibles pour les apprentis majeurs.", "Selon votre âge, des débuts de poste à 2h peuvent être proposés.")],
    "D1106": [("Horaires : 7h-13h ou 13h-19h30 selon planning.", "Travail en équipe du matin ou du soir, planning tournant."),
              ("35 h par semaine, dont le samedi.", "Temps plein, samedi travaillé."),
              ("Ouverture le dimanche matin une semaine sur deux.", "Un dimanche matin sur deux travaillé.")],
    "I1604": [("Horaires : 8h-12h / 13h30-17h30 du lundi au vendredi.", "Du lundi au vendredi en journée, pas de week-end."),
              ("Atelier ouvert le samedi matin (1 sur 2).", "Un samedi matin sur deux."),
              ("35 h, du lundi au vendredi.", "Semaine de 35 heures sur 5 jours.")],
    "G1602": [("Service midi et soir, 2 jours de repos consécutifs.", "Coupure l'après-midi, deux jours de repos qui se suivent."),
              ("Horaires en journée uniquement (6h30-14h), pas de soirée.", "Pas de service le soir : travail de 6h30 à 14h."),
              ("Travail le week-end, repos lundi et mardi.", "Repos en début de semaine, week-end travaillé.")],
}

DIPLOMA = {
    "D1102": [("CAP Boulanger", "3", "Cap, autres formations (Infrabac)"),
              ("BP Boulanger", "4", "BP, Bac, autres formations (Bac)"),
              ("Mention complémentaire Boulangerie spécialisée", "3", "Cap, autres formations (Infrabac)")],
    "D1106": [("CAP Équipier polyvalent du commerce", "3", "Cap, autres formations (Infrabac)"),
              ("Bac pro Métiers du commerce et de la vente", "4", "BP, Bac, autres formations (Bac)"),
              ("CAP Crémier-fromager", "3", "Cap, autres formations (Infrabac)")],
    "I1604": [("CAP Maintenance des véhicules option voitures particulières", "3", "Cap, autres formations (Infrabac)"),
              ("Bac pro Maintenance des véhicules", "4", "BP, Bac, autres formations (Bac)"),
              ("BTS Maintenance des véhicules", "5", "BTS, DEUST, autres formations (Bac+2)")],
    "G1602": [("CAP Cuisine", "3", "Cap, autres formations (Infrabac)"),
              ("Bac pro Cuisine", "4", "BP, Bac, autres formations (Bac)"),
              ("BP Arts de la cuisine", "4", "BP, Bac, autres formations (Bac)")],
}

# Generic short definitions of the kind LBA shows for offers posted on the board itself (written here)
DEFS = {
    "D1102": [
        "Prépare les pâtes à pain et les viennoiseries, les façonne et en assure la cuisson en respectant les règles d'hygiène.",
        "Fabrique des pains et des viennoiseries, du pétrissage à la cuisson. Peut participer à la vente.",
        "Réalise la fabrication de produits de boulangerie selon les recettes et les règles d'hygiène et de sécurité alimentaire.",
    ],
    "D1106": [
        "Accueille et conseille les clients, vend des produits alimentaires, assure la mise en rayon et l'encaissement.",
        "Vend des produits alimentaires en magasin, réalise la mise en valeur des produits et l'encaissement.",
        "Réalise la vente de produits frais ou d'épicerie, conseille la clientèle et entretient l'espace de vente.",
    ],
    "I1604": [
        "Effectue l'entretien et la réparation des véhicules légers selon les préconisations du constructeur.",
        "Réalise les opérations d'entretien, de diagnostic et de réparation sur des véhicules automobiles.",
        "Entretient et répare des véhicules, remplace les pièces défectueuses et contrôle le bon fonctionnement.",
    ],
    "G1602": [
        "Réalise des préparations culinaires (entrées, plats, desserts) selon les recettes et les règles d'hygiène.",
        "Prépare et dresse des plats selon les fiches techniques. Entretient le poste de travail.",
        "Participe à la préparation des repas, de la mise en place au dressage, dans le respect des normes d'hygiène.",
    ],
}

# second wording of the same kinds of sentences, used when an employer rewrites its own offer (v=1)
INTRO_ALT = {
    "D1102": [
        "Poste d'apprenti en boulangerie à {ville} chez {emp}.",
        "On cherche quelqu'un pour apprendre le métier de boulanger avec nous, à {ville}.",
        "{emp} forme un(e) futur(e) boulanger(ère) en alternance.",
        "Artisan boulanger, {ville} : place d'apprentissage ouverte.",
    ],
    "D1106": [
        "Place en alternance pour apprendre la vente, chez {emp} ({ville}).",
        "On recherche un(e) jeune pour la boutique, en apprentissage.",
        "{emp} : nous formons un(e) vendeur(se) en contrat d'alternance.",
        "Commerce à {ville} : contrat d'apprentissage en vente à pourvoir.",
    ],
    "I1604": [
        "Place d'apprenti à l'atelier de {emp}, {ville}.",
        "On cherche un jeune qui a envie d'apprendre la mécanique auto avec nous.",
        "{emp} ouvre un contrat d'alternance en maintenance automobile.",
        "Atelier à {ville} : nous prenons un(e) apprenti(e) cette année.",
    ],
    "G1602": [
        "Place d'apprenti en cuisine chez {emp}, à {ville}.",
        "Notre brigade accueille un(e) jeune en alternance pour apprendre le métier.",
        "{emp} forme son/sa futur(e) commis : contrat d'apprentissage.",
        "Cuisine à {ville} : un contrat d'apprentissage est ouvert.",
    ],
}
MISSIONS_ALT = {
    "D1102": ["la fabrication du pain, du pétrissage jusqu'à la sortie du four", "les viennoiseries du matin",
              "l'hygiène du fournil et le nettoyage du matériel", "le rangement des livraisons",
              "la mise en place de la boutique", "les commandes des professionnels"],
    "D1106": ["le conseil aux clients", "le remplissage des rayons", "l'encaissement",
              "le contrôle des dates", "la réception des livraisons", "la vitrine et la présentation des produits"],
    "I1604": ["l'entretien des voitures (vidanges, filtres, niveaux)", "le freinage et les pièces d'usure",
              "les pneus et l'équilibrage", "le diagnostic avec l'outil électronique", "la préparation des occasions",
              "le rangement de l'atelier"],
    "G1602": ["l'épluchage et la préparation des produits", "la mise en place", "le service (envoi des assiettes)",
              "les desserts et les entrées", "le nettoyage de la cuisine", "le rangement des livraisons"],
}
PROFIL_ALT = {
    "D1102": "Pas besoin d'expérience, mais il faut être matinal, sérieux et avoir envie d'apprendre.",
    "D1106": "Pas d'expérience demandée : on attend surtout du sourire, de la politesse et de la ponctualité.",
    "I1604": "Pas besoin d'expérience : il faut aimer les voitures, être soigneux et respecter les consignes.",
    "G1602": "Débutant bienvenu : on attend de la motivation, de la propreté et de l'esprit d'équipe.",
}
SPECS_D1106_BAKERY = [
    ("Vente de pains, viennoiseries, pâtisseries et snacking du midi.",
     "En boutique : pain, viennoiserie, gâteaux et formules sandwich le midi."),
    ("Le samedi et le dimanche matin, la boutique fait plus de 600 clients.",
     "Très grosse affluence le week-end (plus de 600 passages)."),
]
SPECS_G1602_COLLECTIVE = [
    ("Cuisine centrale : production en liaison froide pour écoles et EHPAD.",
     "Vous travaillerez en liaison froide (repas pour écoles et maisons de retraite)."),
    ("Plus de 6 000 repas préparés chaque jour, en équipe de 25 cuisiniers.",
     "L'équipe de production (25 personnes) sort plus de 6 000 repas par jour."),
]

QUALITES = [
    ("Faire preuve de rigueur et de précision", "Capacité à réaliser les tâches en suivant les consignes et les procédures."),
    ("Travailler en équipe", "Capacité à s'intégrer dans un collectif et à coopérer."),
    ("Faire preuve de réactivité", "Capacité à agir rapidement face à une situation imprévue."),
    ("Faire preuve d'autonomie", "Capacité à organiser son travail sans supervision constante."),
    ("Avoir le sens du service", "Capacité à répondre aux attentes d'un client."),
    ("Faire preuve de persévérance", "Capacité à maintenir son effort dans la durée."),
]

COMPETENCES = {
    "D1102": [("104101", "Pétrir une pâte"), ("104102", "Façonner des pâtons"), (None, "Cuire des produits de boulangerie"),
              ("104120", "Appliquer les règles d'hygiène et de sécurité alimentaire"), (None, "Fabriquer des viennoiseries")],
    "D1106": [("106201", "Accueillir et conseiller un client"), ("106202", "Mettre en rayon des produits"),
              (None, "Encaisser des ventes"), ("106230", "Contrôler la fraîcheur des produits")],
    "I1604": [("116401", "Réaliser l'entretien courant d'un véhicule"), ("116402", "Diagnostiquer une panne"),
              (None, "Remplacer des pièces d'usure"), ("116420", "Monter des pneumatiques")],
    "G1602": [("116201", "Réaliser une mise en place"), ("116202", "Préparer des légumes"),
              (None, "Dresser une assiette"), ("116230", "Appliquer les règles HACCP")],
}

LBA_ACQUIRED = {
    "D1102": ["Production, Fabrication: Pétrir et façonner une pâte", "Production, Fabrication: Contrôler la cuisson des produits",
              "Hygiène: Appliquer les règles d'hygiène et de sécurité alimentaire"],
    "D1106": ["Vente: Accueillir et conseiller un client", "Gestion des stocks: Réaliser la mise en rayon",
              "Vente: Encaisser un paiement"],
    "I1604": ["Maintenance: Réaliser l'entretien d'un véhicule", "Diagnostic: Identifier une panne",
              "Maintenance: Remplacer des pièces"],
    "G1602": ["Production culinaire: Réaliser une mise en place", "Production culinaire: Dresser des plats",
              "Hygiène: Appliquer la méthode HACCP"],
}

FIRST = ["Sophie", "Karim", "Julie", "Thomas", "Nadia", "Christophe", "Laetitia", "Mehdi", "Aurélie", "Bruno",
         "Céline", "Yannick", "Sandrine", "Rachid", "Émilie", "Grégory", "Pauline", "Jérôme"]
LAST = ["Vandamme", "Lefebvre", "Deleplanque", "Boukhris", "Wattez", "Caron", "Descamps", "Flahaut", "Dufour",
        "Tison", "Vasseur", "Hennebelle", "Bouchez", "Lemaître", "Carpentier", "Delattre"]

# ---------------------------------------------------------------- extra employers used for distinct offers
def _E(legal, brand, ft, commune, street, dom, size, desc=None):
    return dict(legal=legal, brand=brand, ft=ft, commune=commune, street=street, dom=dom, size=size, desc=desc)

EMPLOYERS.update({
    "boul_tourcoing": _E("SARL AUX DELICES DU BRUN PAIN", "Aux Délices du Brun Pain", "AUX DELICES DU BRUN PAIN", "tourcoing", "12 PLACE DE LA RESISTANCE", "bakery", "3-5"),
    "boul_villeneuve": _E("SAS FOURNIL DU TRIOLO", "Le Fournil du Triolo", "FOURNIL DU TRIOLO", "villeneuve", "1 RUE TRUDAINE", "bakery", "6-9"),
    "boul_lens": _E("EURL LE PAIN DE LA MINE", "Le Pain de la Mine", "LE PAIN DE LA MINE", "lens", "25 RUE DE PARIS", "bakery", "3-5"),
    "boul_bethune": _E("SARL BOULANGERIE DU BEFFROI BETHUNOIS", "Boulangerie du Beffroi", None, "bethune", "2 GRAND PLACE", "bakery", "6-9"),
    "boul_compiegne": _E("SAS LA FARINE IMPERIALE", "La Farine Impériale", "LA FARINE IMPERIALE", "compiegne", "44 RUE DES DOMELIERS", "bakery", "10-19"),
    "boul_abbeville": _E("EURL BOULANGERIE DE LA BAIE", "Boulangerie de la Baie", "BOULANGERIE DE LA BAIE", "abbeville", "7 RUE SAINT VULFRAN", "bakery", "3-5"),
    "boul_dunk": _E("SARL LE PAIN DES DUNES", "Le Pain des Dunes", "LE PAIN DES DUNES", "dunkerque", "61 RUE POINCARE", "bakery", "6-9"),
    "super_soissons": _E("SAS SOISSONS PROXI", "Super Nordis Soissons", "SOISSONS PROXI", "soissons", "AVENUE DE COMPIEGNE", "super", "50-99"),
    "primeur_amiens": _E("EURL LES JARDINIERS D AMIENS", "Les Jardiniers", "LES JARDINIERS", "amiens", "14 PLACE PARMENTIER", "fruit", "3-5"),
    "epicerie_douai": _E("SARL L EPICERIE DE GAYANT", "Épicerie Gayant", "EPICERIE GAYANT", "douai", "9 RUE DE LA MAIRIE", "grocer", "1-2"),
    "cremerie_boulogne": _E("SAS LA CREMERIE DU PORTEL", "La Crèmerie", "LA CREMERIE", "boulogne", "40 RUE THIERS", "grocer", "3-5"),
    "epicerie_laon": _E("EURL LE PANIER DE LA MONTAGNE", "Le Panier de la Montagne", "LE PANIER DE LA MONTAGNE", "laon", "18 RUE SERURIER", "grocer", "1-2"),
    "super_valenciennes": _E("SAS HAINAUT FRAIS", "Super Nordis Valenciennes", None, "valenciennes", "RUE DU FAUBOURG DE CAMBRAI", "super", "50-99"),
    "garage_douai": _E("SARL SCARPE AUTO", "Scarpe Auto", "SCARPE AUTO", "douai", "150 BOULEVARD FOCH", "garage", "6-9"),
    "garage_stquentin": _E("SAS GARAGE DE L ISLE", "Garage de l'Isle", "GARAGE DE L ISLE", "stquentin", "80 RUE DU GENERAL LECLERC", "garage", "10-19"),
    "garage_abbeville": _E("EURL GARAGE MARITIME", "Garage Maritime", "GARAGE MARITIME", "abbeville", "3 ROUTE DU CROTOY", "garage", "3-5"),
    "garage_soissons": _E("SARL SOISSONS AUTO REPARATION", "SAR Soissons", "SOISSONS AUTO REPARATION", "soissons", "22 AVENUE DE REIMS", "garage", "6-9"),
    "garage_villeneuve": _E("SAS CENTRE AUTO DU GRAND LILLE", "Centre Auto Grand Lille", "CENTRE AUTO GRAND LILLE", "villeneuve", "RUE DU BOIS", "garage", "20-49"),
    "garage_creil": _E("SARL CREIL MECA", "Creil Méca", None, "creil", "5 RUE DES USINES", "garage", "3-5"),
    "garage_arras": _E("SARL GARAGE DU RIVAGE", "Garage du Rivage", "GARAGE DU RIVAGE", "arras", "17 RUE DU RIVAGE", "garage", "6-9"),
    "resto_dunk": _E("SARL LA CHALOUPE", "La Chaloupe", "LA CHALOUPE", "dunkerque", "12 QUAI DE LA CITADELLE", "resto", "10-19"),
    "resto_valenciennes": _E("SAS LE CANONNIER", "Le Canonnier", "LE CANONNIER", "valenciennes", "30 PLACE D ARMES", "resto", "10-19"),
    "resto_calais": _E("SARL LE PHARE GOURMAND", "Le Phare Gourmand", "LE PHARE GOURMAND", "calais", "5 PLACE D ARMES", "resto", "6-9"),
    "resto_tourcoing": _E("SAS LA FABRIQUE TOURQUENNOISE", "La Fabrique", "LA FABRIQUE", "tourcoing", "100 RUE DE GAND", "resto", "20-49"),
    "resto_laon": _E("EURL LE REMPART", "Le Rempart", "LE REMPART", "laon", "2 RUE DU BOURG", "resto", "3-5"),
    "resto_amiens2": _E("SARL L ATELIER DE JULES", "L'Atelier de Jules", "L'ATELIER DE JULES", "amiens", "22 RUE DES MAJORETTES", "resto", "6-9"),
    "resto_lille2": _E("SAS LE COMPTOIR DE LA DEULE", "Le Comptoir de la Deûle", "LE COMPTOIR DE LA DEULE", "lille", "3 QUAI DU WAULT", "resto", "20-49"),
    "resto_lille3": _E("SARL LES BOLS DE FIVES", "Les Bols de Fives", None, "lille", "150 RUE PIERRE LEGRAND", "resto", "6-9"),
    "collective_creil": _E("SAS RESTAUVAL OISE", "Restauval", "RESTAUVAL OISE", "creil", "RUE DE L EPINETTE", "collective", "50-99"),
    "resto_douai": _E("SARL LE GAYANT GOURMAND", "Le Gayant Gourmand", "LE GAYANT GOURMAND", "douai", "5 RUE DE LA COMEDIE", "resto", "10-19"),
    "resto_bethune": _E("SARL LE VIEUX MOULIN BETHUNOIS", "Le Vieux Moulin", "LE VIEUX MOULIN", "bethune", "14 RUE SADI CARNOT", "resto", "10-19"),
    "collective_amiens": _E("SAS LES CUISINES SAMARIENNES", "Les Cuisines Samariennes", "CUISINES SAMARIENNES", "amiens", "RUE DE LA VALLEE", "collective", "50-99"),
    "resto_valenciennes2": _E("SARL AU PETIT HAINAUT", "Au Petit Hainaut", "AU PETIT HAINAUT", "valenciennes", "8 RUE DE FAMARS", "resto", "6-9"),
    "garage_lens": _E("SARL GARAGE DU BASSIN MINIER", "Garage du Bassin", "GARAGE DU BASSIN MINIER", "lens", "97 ROUTE DE LILLE", "garage", "6-9"),
    "primeur_roubaix": _E("EURL LE MARCHE DE L EPEULE", "Primeur de l'Épeule", "PRIMEUR DE L EPEULE", "roubaix", "30 RUE DE L EPEULE", "fruit", "3-5"),
    "garage_dunk2": _E("SAS DUNES AUTO", "Dunes Auto", "DUNES AUTO", "dunkerque", "ROUTE DE BERGUES", "garage", "10-19"),
    "hotel_arras": _E("SAS HOTEL DES ARCADES ARRAS", "Hôtel des Arcades", "HOTEL DES ARCADES", "arras", "4 PLACE DU THEATRE", "hotel", "20-49"),
})

# ---------------------------------------------------------------- titles
FT_TITLES = {
    "D1102": ["Apprenti boulanger / Apprentie boulangère (H/F)", "APPRENTI(E) BOULANGER(E)", "Boulanger / Boulangère en apprentissage",
              "Apprenti Boulanger H/F - CAP", "Boulanger (H/F) - contrat d'apprentissage", "Apprenti(e) boulanger(e) - BP"],
    "D1106": ["Vendeur / Vendeuse en alternance (H/F)", "APPRENTI(E) VENDEUR(SE) EN ALIMENTATION", "Vendeur en produits frais H/F - apprentissage",
              "Vendeuse / Vendeur en boulangerie - Alternance", "Employé(e) de commerce en apprentissage", "Apprenti vendeur / Apprentie vendeuse"],
    "I1604": ["Apprenti mécanicien automobile (H/F)", "MECANICIEN AUTOMOBILE EN APPRENTISSAGE H/F", "Mécanicien / Mécanicienne automobile - alternance",
              "Apprenti(e) mécanicien(ne) VL", "Alternant mécanicien H/F - CAP MV", "Mécanicien d'entretien automobile (H/F) - apprenti"],
    "G1602": ["Commis de cuisine en apprentissage (H/F)", "APPRENTI(E) CUISINIER(E)", "Apprenti cuisinier / Apprentie cuisinière",
              "Commis de cuisine H/F - Alternance CAP", "Cuisinier / Cuisinière en apprentissage", "Apprenti(e) commis de cuisine"],
}
LBA_TITLES = {
    "D1102": ["Boulanger / Boulangère", "Apprenti(e) boulanger(ère)", "Alternance - Boulanger H/F", "Boulanger-pâtissier / Boulangère-pâtissière"],
    "D1106": ["Vendeur / Vendeuse en alimentation générale", "Vendeur / Vendeuse en produits frais", "Alternance vente alimentaire H/F",
              "Vendeur / Vendeuse en boulangerie-pâtisserie"],
    "I1604": ["Mécanicien / Mécanicienne automobile", "Mécanicien / Mécanicienne d'entretien automobile", "Apprenti mécanicien auto H/F",
              "Technicien / Technicienne de maintenance automobile"],
    "G1602": ["Commis / Commise de cuisine", "Cuisinier / Cuisinière", "Apprenti(e) cuisinier - CAP", "Alternance commis de cuisine H/F"],
}

TRADE_DOMAIN_ACCESS = {
    "D1102": "Boulangerie pâtisserie", "D1106": "Commerce vente", "I1604": "Maintenance automobile", "G1602": "Cuisine",
}

# ---------------------------------------------------------------- helpers
R = random.Random(3202026)
T0 = datetime.datetime(2026, 3, 2, 0, 0, 0)
T_END = datetime.datetime(2026, 5, 29, 23, 0, 0)


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def rand_date(r, lo_day=0, hi_day=80):
    d = T0 + datetime.timedelta(days=r.randint(lo_day, hi_day), hours=r.randint(6, 18),
                                minutes=r.randint(0, 59), seconds=r.randint(0, 59))
    return d


def clamp(d):
    return min(d, T_END)


_ft_ids = set()


def new_ft_id(r):
    while True:
        s = str(r.randint(200, 214)) + "".join(r.choice(string.ascii_uppercase) for _ in range(4))
        if s not in _ft_ids:
            _ft_ids.add(s)
            return s


_lba_ids = set()


def new_lba_id(r, d):
    while True:
        ts = int((d - datetime.datetime(1970, 1, 1)).total_seconds()) + r.randint(0, 3600)
        s = "%08x" % ts + "".join(r.choice("0123456789abcdef") for _ in range(16))
        if s not in _lba_ids:
            _lba_ids.add(s)
            return s


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def make_siren(r):
    while True:
        s = "".join(str(r.randint(0, 9)) for _ in range(9))
        if s[0] in "3456789" and luhn_ok(s):
            return s


def make_siret(r, siren):
    while True:
        nic = "%05d" % r.randint(10, 300)
        if luhn_ok(siren + nic):
            return siren + nic


SIRENS = {}
for _k in sorted(EMPLOYERS):
    _leg = EMPLOYERS[_k]["legal"]
    if _leg not in SIRENS:
        SIRENS[_leg] = make_siren(R)
    EMPLOYERS[_k]["siret"] = make_siret(R, SIRENS[_leg])


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    out = []
    for ch in s:
        out.append(ch if ch.isalnum() else "-")
    return "-".join(p for p in "".join(out).split("-") if p)


def fiction_phone(r, spaced=True):
    p = r.choice(["03 53 48", "06 39 98"]) + " %02d %02d" % (r.randint(0, 99), r.randint(0, 99))
    return p if spaced else p.replace(" ", "")


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def jitter(r, x, amp=0.012):
    return round(x + r.uniform(-amp, amp), 6)


# ---------------------------------------------------------------- jobs and texts
def make_job(emp, rome, r, nspec=None, dip=None, start=None, duration=None, extra=None,
             app=None, ft_title=None, lba_title=None, nature="apprentissage"):
    e = EMPLOYERS[emp]
    c = COMMUNES[e["commune"]]
    nspec = nspec if nspec is not None else r.choice([1, 1, 2])
    j = dict(emp=emp, rome=rome, e=e, commune=e["commune"], ville=c[3],
             empname=e["brand"] or e["legal"].title(),
             specs=r.sample(spec_pool(rome, e["dom"]), nspec),
             hor=HORAIRES["G1602"][1] if e["dom"] == "collective" else r.choice(HORAIRES[rome]),
             dip=DIPLOMA[rome][dip if dip is not None else r.choice([0, 0, 1, 2])],
             start=start or r.choice(["septembre 2026", "dès que possible", "août 2026", "1er septembre 2026", "juin 2026"]),
             duration=duration or r.choice([12, 24, 24, 24, 36]),
             extra=extra or [], app=app or r.choice(APPELLATIONS[rome][:2]),
             ft_title=ft_title or r.choice(title_pool(FT_TITLES, rome, e["dom"])),
             lba_title=lba_title or r.choice(title_pool(LBA_TITLES, rome, e["dom"])), nature=nature,
             skills=r.sample(QUALITES, 2))
    return j


def title_pool(titles, rome, dom):
    pool = titles[rome]
    if rome == "D1106":
        bak = [x for x in pool if "boulangerie" in x]
        return bak if dom == "bakery" else [x for x in pool if "boulangerie" not in x]
    return pool


def spec_pool(rome, dom):
    if rome == "D1106" and dom == "bakery":
        return SPECS_D1106_BAKERY
    if rome == "D1106":
        pool = SPECS["D1106"]
        if dom == "super":
            return [pool[1], pool[3], pool[6]]
        if dom == "fruit":
            return [pool[1], pool[4], pool[0]]
        return [pool[0], pool[2], pool[3], pool[5]]
    if rome == "G1602":
        if dom == "collective":
            return SPECS_G1602_COLLECTIVE
        return [x for x in SPECS["G1602"] if "liaison froide" not in x[0]]
    return SPECS[rome]


def bullets(items, mark):
    return "\n".join(mark + it for it in items)


def render(j, style, r, v=0):
    """Compose one description. v=0/1 picks the phrasing of the employer-specific facts."""
    t = j["rome"]
    f = dict(emp=j["empname"], ville=j["ville"])
    ipool = INTRO[t] if v == 0 else INTRO_ALT[t]
    coll = j["e"]["dom"] == "collective"
    if coll:
        ipool = [x for x in ipool if "estaurant" not in x and "brigade" not in x]
    intro = r.choice(ipool).format(**f)
    miss = r.sample(MISSIONS[t], r.randint(3, 6))
    ppool = [x for x in PROFIL[t] if not (coll and "soirée" in x)]
    prof = r.sample(ppool, r.randint(2, 4))
    if v == 1:
        miss = [m[0].upper() + m[1:] for m in r.sample(MISSIONS_ALT[t], r.randint(3, 5))]
        prof = [PROFIL_ALT[t]]
    off = r.sample(OFFRE, r.randint(1, 3))
    specs = [s[v] for s in j["specs"]]
    hor = j["hor"][v]
    dipl, start, dur = j["dip"][0], j["start"], j["duration"]
    extra = j["extra"]
    close = r.choice(CLOSING)
    if style == "struct":
        mark = r.choice(["- ", "• ", "* ", "-"])
        parts = [intro + " " + " ".join(specs),
                 r.choice(["Vos missions :", "Missions :", "Vos principales missions", "Au quotidien, vous serez amené(e) à :"]),
                 bullets(miss, mark),
                 r.choice(["Profil recherché :", "Profil :", "Votre profil"]),
                 bullets(prof + ["Formation visée : " + dipl], mark),
                 r.choice(["Nous offrons :", "Les plus :", "Conditions :"]),
                 bullets(off, mark),
                 hor + " Contrat de %d mois, début %s." % (dur, start)]
        parts += extra
        parts.append(close)
        return "\n".join(parts)
    if style == "prose":
        m = ", ".join(x[0].lower() + x[1:] for x in miss[:-1]) + " et " + miss[-1][0].lower() + miss[-1][1:]
        p1 = intro + "\n\n" + " ".join(specs)
        p2 = (r.choice(["Vous serez chargé(e) de : ", "Votre rôle : ", "Sous la responsabilité de votre tuteur, vous devrez "]) if v == 0
              else r.choice(["Vous vous occuperez de : ", "Au programme : ", "Vous apprendrez "])) + m + "."
        p3 = "Vous préparez le %s (ou souhaitez le préparer) en alternance sur %d mois. %s" % (dipl, dur, hor)
        p4 = " ".join(extra) + (" " if extra else "") + "Démarrage %s. %s" % (start, close)
        return "\n\n".join([p1, p2, p3, p4])
    if style == "emoji":
        parts = ["📍 %s - %s" % (j["empname"], j["ville"]), "", intro, "",
                 "🥖 VOS MISSIONS" if t == "D1102" else ("🔧 VOS MISSIONS" if t == "I1604" else "👉 VOS MISSIONS"),
                 bullets(miss, "✅ "), "", "🎯 PROFIL", bullets(prof, "▪️ "), "",
                 "📚 Diplôme préparé : " + dipl, "⏰ " + hor, "📅 Début : " + start, ""]
        parts += specs + extra
        parts.append(close)
        return "\n".join(parts)
    if style == "caps":
        parts = [intro.upper(), "", "MISSIONS", bullets(miss, "- "), "", "PROFIL", bullets(prof, "- "), "",
                 " ".join(specs), hor, "DIPLOME PREPARE : " + dipl.upper() + " - CONTRAT %d MOIS" % dur] + extra
        return "\n".join(parts)
    if style == "short":
        return "%s %s Formation : %s. %s" % (intro, specs[0], dipl, r.choice(["", close]))
    if style == "oneline":
        return "%s - %s - début %s." % (j["ft_title"], dipl, start)
    if style == "long":
        e = j["e"]
        comp = e.get("desc") or "%s est une entreprise implantée à %s." % (j["empname"], j["ville"])
        parts = ["QUI SOMMES-NOUS ?", comp,
                 "Nous accordons une grande importance à la transmission du métier : plusieurs de nos anciens apprentis travaillent aujourd'hui avec nous.",
                 "", "LE POSTE", intro] + specs + ["", "Vos missions, accompagné(e) de votre tuteur :", bullets(MISSIONS[t][:8] if v == 0 else [m[0].upper() + m[1:] for m in MISSIONS_ALT[t]], "- "), "",
                 "VOTRE PROFIL", bullets(ppool[:5], "- ") if v == 0 else PROFIL_ALT[t], "",
                 "LA FORMATION", "Diplôme préparé : %s, en alternance avec un CFA de la région (rythme 1 semaine CFA / 2 semaines entreprise)." % dipl,
                 "Durée du contrat : %d mois." % dur, "", "CONDITIONS", hor, bullets(OFFRE[:5], "- ")] + extra + [
                 "Démarrage : %s." % start, close]
        return "\n".join(parts)
    raise ValueError(style)


ADDED = ["Possibilité de logement à proximité pour les apprentis venant de loin.",
         "Nous recevons les candidats le mercredi après-midi.",
         "Le CFA partenaire peut vous accompagner dans les démarches d'inscription.",
         "Poste accessible aux personnes en situation de handicap.",
         "Véhicule conseillé (zone peu desservie tôt le matin)."]


def light_edit(text, r, how=None):
    how = how or r.choice(["add", "swap", "add_swap", "tweak"])
    paras = text.split("\n\n") if "\n\n" in text else text.split("\n")
    sep = "\n\n" if "\n\n" in text else "\n"
    if how in ("swap", "add_swap") and len(paras) > 3:
        i = r.randint(1, len(paras) - 3)
        paras[i], paras[i + 1] = paras[i + 1], paras[i]
    if how in ("add", "add_swap"):
        paras.insert(len(paras) - 1, r.choice(ADDED))
    out = sep.join(paras)
    if how == "tweak":
        out = out.rstrip() + "\nÀ très vite dans l'équipe !"
    return out


def typos(text, r, n=2):
    words = text.split(" ")
    for _ in range(n):
        i = r.randrange(len(words))
        w = words[i]
        if len(w) > 4 and w.isalpha():
            k = r.randrange(1, len(w) - 2)
            w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
            words[i] = w
    out = " ".join(words)
    return out.replace("é", "e", 1) if r.random() < 0.5 else out


def whitespace_change(text, r):
    how = r.choice(["flat", "double", "spaces"])
    if how == "flat":
        return " ".join(line.strip() for line in text.split("\n") if line.strip())
    if how == "double":
        return text.replace("\n\n", "\n").replace("\n", "\r\n")
    return "\n".join("  " + line if line.startswith(("-", "•", "✅")) else line + " " for line in text.split("\n"))


def cut(text, r):
    n = r.randint(180, 320)
    if len(text) <= n + 40:
        n = max(60, len(text) // 2)
    s = text[:n]
    s = s[: s.rfind(" ")] if " " in s else s
    return s + r.choice(["...", "…", " ...", ""])


# ---------------------------------------------------------------- offer builders
FT_OFFERS = []
LBA_JOBS = []
GROUPS = []
TRAPS = []


def ft_place(j, r):
    c = COMMUNES[j["commune"]]
    return {"libelle": "%s - %s" % (c[4], c[2]), "latitude": jitter(r, c[5], 0.004), "longitude": jitter(r, c[6], 0.004),
            "codePostal": c[1], "commune": c[0]}


def ft_offer(j, r, date, text, title=None, show_name=None, fid=None, nature=None, upd_days=None):
    e = j["e"]
    fid = fid or new_ft_id(r)
    nature = nature or j["nature"]
    show_name = (e["ft"] is not None) if show_name is None else show_name
    ent = {}
    if show_name and e["ft"]:
        ent["nom"] = e["ft"]
    if e.get("desc") and r.random() < 0.6:
        ent["description"] = e["desc"]
    ent["entrepriseAdaptee"] = False
    dom = DOMAIN[e["dom"]]
    upd = date + datetime.timedelta(days=upd_days if upd_days is not None else r.choice([0, 0, 1, 3, 7, 12]),
                                    hours=r.randint(0, 5))
    o = {"id": fid, "intitule": title or j["ft_title"], "description": text,
         "dateCreation": iso(date), "dateActualisation": iso(clamp(upd)),
         "lieuTravail": ft_place(j, r), "romeCode": j["rome"], "romeLibelle": ROME[j["rome"]],
         "appellationlibelle": j["app"], "entreprise": ent}
    if nature == "apprentissage":
        o.update(typeContrat="CDD", typeContratLibelle="Contrat à durée déterminée - %d Mois" % j["duration"],
                 natureContrat="Contrat apprentissage", alternance=True)
    elif nature == "pro":
        o.update(typeContrat="CDD", typeContratLibelle="Contrat à durée déterminée - %d Mois" % min(j["duration"], 24),
                 natureContrat="Contrat de professionnalisation", alternance=True)
    elif nature == "cdi":
        o.update(typeContrat="CDI", typeContratLibelle="Contrat à durée indéterminée",
                 natureContrat="Contrat travail", alternance=False)
    else:
        o.update(typeContrat="CDD", typeContratLibelle="Contrat à durée déterminée - 6 Mois",
                 natureContrat="Contrat travail", alternance=False)
    o["experienceExige"] = "D" if o["alternance"] else r.choice(["E", "S"])
    o["experienceLibelle"] = "Débutant accepté" if o["experienceExige"] == "D" else "1 an(s)"
    if r.random() < 0.55:
        o["competences"] = [{"code": c, "libelle": l, "exigence": r.choice(["E", "S"])} if c else
                            {"libelle": l, "exigence": "S"} for c, l in r.sample(COMPETENCES[j["rome"]], 2)]
    if r.random() < 0.5:
        o["qualitesProfessionnelles"] = [{"libelle": a, "description": b} for a, b in j["skills"]]
    if o["alternance"]:
        o["salaire"] = r.choice([{"libelle": "Mensuel de 1000.00 Euros à 1450.00 Euros sur 12 mois",
                                  "commentaire": "Selon âge et année d'apprentissage"},
                                 {"commentaire": "Selon grille légale de l'apprentissage"},
                                 {"libelle": "Horaire de 6.50 Euros sur 12 mois", "complement1": "Mutuelle"},
                                 {"commentaire": "selon la réglementation en vigueur"}])
    else:
        o["salaire"] = {"libelle": "Mensuel de 1850.00 Euros à 2100.00 Euros sur 12 mois", "complement1": "Mutuelle",
                        "complement2": "Prime"}
    fn, ln = person(r)
    url = "https://candidat.francetravail.fr/offres/recherche/detail/" + fid
    o["contact"] = r.choice([
        {"nom": "%s - %s %s %s" % (e["ft"] or e["legal"], r.choice(["M.", "Mme"]), fn, ln),
         "coordonnees1": "%s %s %s" % (e["street"].title(), COMMUNES[j["commune"]][1], COMMUNES[j["commune"]][2]),
         "telephone": fiction_phone(r), "courriel": "Pour postuler, utiliser le lien suivant : " + url},
        {"nom": "%s %s" % (fn, ln.upper()), "courriel": "%s.%s@example.com" % (slug(fn), slug(ln))},
        {"courriel": "Pour postuler, utiliser le lien suivant : " + url},
        {"nom": "%s %s" % (r.choice(["Madame", "Monsieur"]), ln), "telephone": fiction_phone(r),
         "courriel": "recrutement@%s.example.net" % slug(e["brand"] or e["legal"])},
    ])
    o["agence"] = {"courriel": "ape.%s@example.org" % slug(COMMUNES[j["commune"]][3])}
    o["nombrePostes"] = 1
    o["accessibleTH"] = r.random() < 0.3
    o["codeNAF"] = dom[2][:2] + "." + dom[2][2:]
    o["secteurActiviteLibelle"] = dom[3]
    o["qualificationCode"] = "6"
    o["qualificationLibelle"] = "Employé qualifié" if o["alternance"] else "Ouvrier qualifié (P3,P4,OHQ)"
    o["trancheEffectifEtab"] = (e["size"] or "").replace("-", " à ") + " salariés" if e.get("size") else None
    o["origineOffre"] = {"origine": "1", "urlOrigine": url}
    FT_OFFERS.append(o)
    return o


def lba_location(j, r, style=0, street=None):
    c = COMMUNES[j["commune"]]
    street = street or j["e"]["street"]
    if style == 0:
        addr = "%s %s %s" % (street, c[1], c[3].upper())
    elif style == 1:
        addr = "%s, %s %s" % (street.title(), c[1], c[3])
    else:
        addr = "%s %s %s" % (street.lower().capitalize(), c[1], c[2].title())
    return {"address": addr, "geopoint": {"type": "Point", "coordinates": [jitter(r, c[6], 0.015), jitter(r, c[5], 0.01)]}}


def lba_job(j, r, date, text, partner="offres_emploi_lba", title=None, addr_style=None, name_mode=None,
            rome_codes=None, street=None, siret=None, delegated=False, lid=None):
    e = j["e"]
    lid = lid or new_lba_id(r, date)
    dom = DOMAIN[e["dom"]]
    name_mode = name_mode or r.choice(["legal", "legal", "brand"])
    legal = e["legal"]
    brand = e["brand"]
    if name_mode == "caps_brand":
        brand = (brand or legal).upper()
    name = legal or brand
    if partner == "offres_emploi_lba":
        pjid = lid
        url = "https://labonnealternance.apprentissage.beta.gouv.fr/emploi/offres_emploi_lba/%s/%s" % (lid, slug(j["lba_title"]))
        recip = "jobs_partners_" + lid
        phone = fiction_phone(r, False) if r.random() < 0.6 else None
    elif partner == "Hellowork":
        pjid = str(r.randint(50000000, 59999999))
        url = "https://www.hellowork.com/fr-fr/emplois/%s.html" % pjid
        recip = None
        phone = None
    elif partner == "Meteojob":
        pjid = "MJ-%d" % r.randint(1000000, 9999999)
        url = "https://www.meteojob.com/candidat/offres/offre-d-emploi-%s-%s" % (slug(j["lba_title"])[:40], pjid[3:])
        recip = None
        phone = None
    else:
        raise ValueError(partner)
    exp = date + datetime.timedelta(days=61)
    dip = j["dip"]
    job = {
        "identifier": {"id": lid, "partner_label": partner, "partner_job_id": pjid},
        "workplace": {
            "siret": siret or e["siret"], "brand": brand, "legal_name": legal, "website": None, "name": name,
            "description": e.get("desc") if r.random() < 0.5 else None, "size": e.get("size"),
            "location": lba_location(j, r, addr_style if addr_style is not None else r.randint(0, 2), street),
            "domain": {"idcc": dom[0], "opco": dom[1], "naf": {"code": dom[2], "label": dom[3]}}},
        "apply": {"url": url, "phone": phone, "recipient_id": recip},
        "contract": {"start": r.choice([None, "2026-09-01T00:00:00.000Z", "2026-06-15T00:00:00.000Z"]),
                     "duration": j["duration"], "type": ["Professionnalisation"] if j["nature"] == "pro" else ["Apprentissage"],
                     "remote": "onsite"},
        "offer": {"title": title or j["lba_title"], "description": text,
                  "rome_codes": rome_codes or [j["rome"]],
                  "desired_skills": [a for a, _ in j["skills"]] if partner == "offres_emploi_lba" else [],
                  "to_be_acquired_skills": r.sample(LBA_ACQUIRED[j["rome"]], 2) if partner == "offres_emploi_lba" else [],
                  "access_conditions": [dip[0]] if r.random() < 0.7 else [],
                  "target_diploma": {"european": dip[1], "label": dip[2]} if partner == "offres_emploi_lba" or r.random() < 0.3 else None,
                  "publication": {"creation": iso(date), "expiration": iso(exp)},
                  "opening_count": 1, "status": "Active"},
        "is_delegated": delegated,
    }
    LBA_JOBS.append(job)
    return job


def relay(fto, j, r, mode="same", recase=False, extra_rome=False, drop_name=False, lag_h=None, lid=None):
    """La bonne alternance's copy of a France Travail offer."""
    c = COMMUNES[j["commune"]]
    created = datetime.datetime.strptime(fto["dateCreation"], "%Y-%m-%dT%H:%M:%S.000Z")
    d = created + datetime.timedelta(hours=lag_h if lag_h is not None else r.choice([0, 0, 2, 26]))
    lid = lid or new_lba_id(r, d)
    text = fto["description"]
    if "cut" in mode:
        text = cut(text, r)
    if "ws" in mode:
        text = whitespace_change(text, r)
    title = fto["intitule"]
    if recase:
        title = title.capitalize() if title.isupper() or r.random() < 0.5 else title.upper()
    romes = [fto["romeCode"]] + ([r.choice(EXTRA_ROME[fto["romeCode"]])] if extra_rome else [])
    ent = fto.get("entreprise", {})
    dom = DOMAIN[j["e"]["dom"]]
    lvl = {"3": "CAP, BEP et équivalents", "4": "Bac ou équivalent", "5": "Bac+2 ou équivalents"}[j["dip"][1]]
    job = {
        "identifier": {"id": lid, "partner_label": "France Travail", "partner_job_id": fto["id"]},
        "workplace": {"siret": None, "brand": None, "legal_name": None, "website": None,
                      "name": None if drop_name else ent.get("nom"),
                      "description": ent.get("description"), "size": None,
                      "location": {"address": "%s - %s" % (c[4], c[3]),
                                   "geopoint": {"type": "Point", "coordinates": [fto["lieuTravail"]["longitude"], fto["lieuTravail"]["latitude"]]}},
                      "domain": {"idcc": None, "opco": None, "naf": {"code": dom[2], "label": dom[3]}}},
        "apply": {"url": "https://candidat.francetravail.fr/offres/recherche/detail/" + fto["id"], "phone": None, "recipient_id": None},
        "contract": {"start": None, "duration": j["duration"],
                     "type": ([] if r.random() < 0.3 else (["Professionnalisation"] if "profession" in fto["natureContrat"] else ["Apprentissage"])),
                     "remote": None},
        "offer": {"title": title, "description": text, "rome_codes": romes, "desired_skills": [q["libelle"] for q in fto.get("qualitesProfessionnelles", [])],
                  "to_be_acquired_skills": [], "access_conditions": ["%s - %s" % (TRADE_DOMAIN_ACCESS[j["rome"]], lvl)],
                  "target_diploma": None,
                  "publication": {"creation": iso(d), "expiration": iso(d + datetime.timedelta(days=60))},
                  "opening_count": 1, "status": "Active"},
        "is_delegated": False,
    }
    LBA_JOBS.append(job)
    return job


def F(o):
    return {"source": "france_travail", "id": o["id"]}


def L(o):
    return {"source": "lba", "id": o["identifier"]["id"]}


def group(kind, members, note):
    GROUPS.append({"kind": kind, "members": members, "note": note})


def trap(kind, members, note):
    TRAPS.append({"kind": kind, "members": members, "note": note})


STYLES = ["struct", "struct", "prose", "emoji", "caps", "short", "long", "prose", "struct"]


def sty(r, exclude=()):
    while True:
        s = r.choice(STYLES)
        if s not in exclude:
            return s


def sub_rng(tag):
    return random.Random("DEV-" + tag)

# ---------------------------------------------------------------- scenarios
def D(r, lo=0, hi=80):
    return rand_date(r, lo, hi)


def later(d, r, lo_days, hi_days):
    return clamp(d + datetime.timedelta(days=r.randint(lo_days, hi_days), hours=r.randint(-4, 6), minutes=r.randint(0, 59)))


def relay_group(key, emp, rome, mode, recase=False, extra=False, drop_name=False, style=None, show_name=None, note=""):
    r = sub_rng(key)
    j = make_job(emp, rome, r)
    fo = ft_offer(j, r, D(R), render(j, style or sty(r), r), show_name=show_name)
    lo = relay(fo, j, r, mode, recase, extra, drop_name)
    group("relay", [F(fo), L(lo)], note or "Offre France Travail %s reprise par La bonne alternance (partner_job_id = id France Travail)." % fo["id"])
    return j, fo, lo


def cross_group(key, emp, rome, level, partner="offres_emploi_lba", lba_first=False, gap=(0, 20), show_name=None,
                triple=False, name_mode=None, note="", nature="apprentissage", ft_style=None, lba_style=None):
    r = sub_rng(key)
    r2 = sub_rng(key + "-b")
    j = make_job(emp, rome, r, nature=nature)
    d1 = D(R, 0, 58)
    d2 = later(d1, R, *gap)
    sa = ft_style or sty(r, ("short",))
    ta = render(j, sa, r, 0)
    if level == "light":
        tb = light_edit(ta, r2)
    elif level == "heavy":
        tb = render(j, lba_style or sty(r2, (sa, "short")), r2, 1)
    else:  # heavy_short: one text much shorter than the other
        tb = r2.choice(DEFS[rome]) + " " + j["specs"][0][1] + " " + j["hor"][1] + " " + j["dip"][0] + "."
    dft, dlba = (d2, d1) if lba_first else (d1, d2)
    fo = ft_offer(j, r, dft, ta, show_name=show_name)
    lo = lba_job(j, r2, dlba, tb, partner=partner, name_mode=name_mode)
    members = [F(fo), L(lo)]
    rl = None
    if triple:
        rl = relay(fo, j, r, r.choice(["same", "ws", "cut"]))
        members.append(L(rl))
    group("cross_post", members, note)
    return j, fo, lo, rl


# ---- relay groups (12)
RELAYS = [
    ("R01", "fournil_vauban", "D1102", "same", False, False, False),
    ("R02", "boul_roubaix", "D1102", "cut", False, False, False),
    ("R03", "primeur_lille", "D1106", "ws", True, False, False),
    ("R04", "super_dunk", "D1106", "cut", False, True, False),
    ("R05", "garage_dunk", "I1604", "same", False, False, True),
    ("R06", "garage_lille", "I1604", "ws", False, True, False),
    ("R07", "estaminet_lille", "G1602", "cut", False, False, False),
    ("R08", "hotel_boulogne", "G1602", "same", True, False, False),
    ("R09", "resto_soissons", "G1602", "ws", False, False, False),
    ("R10", "boul_laon", "D1102", "same", False, True, False),
    ("R11", "garage_compiegne", "I1604", "cut ws", True, False, False),
    ("R12", "epicerie_tourcoing", "D1106", "ws", False, True, False),
]
REL = {}
for key, emp, rome, mode, rc, ex, dn in RELAYS:
    notes = []
    if "cut" in mode:
        notes.append("texte tronqué")
    if "ws" in mode:
        notes.append("retours à la ligne / espaces modifiés")
    if rc:
        notes.append("titre recasé")
    if ex:
        notes.append("code ROME supplémentaire côté LBA")
    if dn:
        notes.append("employeur absent côté LBA")
    show = False if key == "R10" else None
    if key == "R10":
        notes.append("employeur absent des deux côtés")
    REL[key] = relay_group(key, emp, rome, mode, rc, ex, dn, show_name=show,
                           note="Relais France Travail -> La bonne alternance (%s)." % (", ".join(notes) or "texte identique"))

# ---- cross posts (12, two of them with a third member: the France Travail relay)
CP = {}
CP["C01"] = cross_group("C01", "lemaire", "D1102", "light", note="Même apprenti boulanger posté par Boulangerie Lemaire (Arras) sur les deux sites ; 'BOULANGERIE LEMAIRE' vs 'SARL LEMAIRE ET FILS' ; une phrase ajoutée / ordre modifié.")
CP["C02"] = cross_group("C02", "pain_dore", "D1106", "heavy_short", lba_first=True, name_mode="brand", note="Vendeur(se) Au Pain Doré Amiens ; texte LBA très court (définition + un fait), texte FT complet.")
CP["C03"] = cross_group("C03", "maison_cuvelier", "D1102", "heavy", show_name=False, note="Apprenti boulanger Maison Cuvelier Valenciennes ; nom absent côté FT ; textes réécrits (style et formulations différents).")
CP["C04"] = cross_group("C04", "epi_opale", "D1102", "light", triple=True, name_mode="caps_brand", note="L'Épi d'Opale Boulogne : posté sur LBA et sur FT, et l'offre FT relayée par LBA (3 membres).")
CP["C05"] = cross_group("C05", "fromagerie_arras", "D1106", "heavy", lba_first=True, note="Vendeur(se) fromagerie La Cave d'Artois (SAS CAVE A FROMAGES ARTESIENNE), Arras ; textes réécrits.")
CP["C06"] = cross_group("C06", "garage_valenciennes", "I1604", "light", note="Apprenti mécanicien CAP, Garage du Hainaut Valenciennes ; FT et LBA, texte légèrement modifié.")
CP["C07"] = cross_group("C07", "concession_amiens", "I1604", "heavy", partner="Hellowork", note="Picardie Automobiles Amiens : offre FT et copie Hellowork vue sur LBA ; textes réécrits.")
CP["C08"] = cross_group("C08", "garage_beauvais", "I1604", "light", triple=True, lba_first=True, name_mode="brand", note="Méca 60 Beauvais : posté sur LBA puis sur FT, l'offre FT étant aussi relayée par LBA (3 membres).")
CP["C09"] = cross_group("C09", "brasserie_amiens", "G1602", "heavy", note="Commis de cuisine Brasserie de la Somme, site d'Amiens ; textes réécrits.")
CP["C10"] = cross_group("C10", "resto_roubaix", "G1602", "light", partner="Meteojob", note="Le Bassin (SARL LA PISCINE GOURMANDE) Roubaix ; FT et Meteojob via LBA.")
CP["C11"] = cross_group("C11", "cuisine_centrale", "G1602", "heavy_short", note="Cuisine centrale du Douaisis : texte FT long, texte LBA très court.", ft_style="long")
CP["C12"] = cross_group("C12", "resto_arras", "G1602", "light", show_name=False, gap=(10, 20), note="Les Petits Pavés Arras ; nom absent sur FT ; 10 à 20 jours d'écart.")


# ---- double pulls (6)
def double_ft(key, emp, rome, edit, gap, with_relay=False, note=""):
    r = sub_rng(key)
    j = make_job(emp, rome, r)
    d1 = D(R, 0, 50)
    t1 = render(j, sty(r, ("short",)), r)
    t2 = light_edit(t1, r, "add") if edit else t1
    f1 = ft_offer(j, r, d1, t1)
    f2 = ft_offer(j, r, later(d1, R, *gap), t2, title=j["ft_title"] if not edit else j["ft_title"].replace("(H/F)", "H/F"))
    mem = [F(f1), F(f2)]
    if with_relay:
        mem.append(L(relay(f1, j, r, "same")))
    group("double_pull", mem, note)
    return j, f1, f2


def double_lba(key, emp, rome, edit, gap, partner="offres_emploi_lba", note=""):
    r = sub_rng(key)
    j = make_job(emp, rome, r)
    d1 = D(R, 0, 50)
    t1 = render(j, sty(r, ("short",)), r) if partner != "offres_emploi_lba" or r.random() < 0.7 else r.choice(DEFS[rome])
    t2 = light_edit(t1, r, "add") if edit else t1
    nm = r.choice(["legal", "brand"])
    a = lba_job(j, r, d1, t1, partner=partner, name_mode=nm, addr_style=0)
    b = lba_job(j, r, later(d1, R, *gap), t2, partner=partner, name_mode=nm, addr_style=0)
    group("double_pull", [L(a), L(b)], note)
    return j, a, b


DP = {}
DP["D1"] = double_ft("D1", "boul_douai", "D1102", False, (10, 14), with_relay=True, note="Pruvost Boulanger Douai republie la même offre sur FT 10 à 14 jours plus tard ; la première est relayée sur LBA.")
DP["D2"] = double_ft("D2", "garage_calais", "I1604", True, (18, 22), note="CPM Auto Calais : republication FT environ 3 semaines après, une phrase ajoutée.")
DP["D3"] = double_ft("D3", "resto_beauvais", "G1602", False, (4, 6), note="Le Jeanne Hachette Beauvais : même offre FT republiée quelques jours plus tard.")
DP["D4"] = double_lba("D4", "boul_amiens2", "D1102", True, (8, 10), note="Saint-Leu Gourmand Amiens republie son offre sur LBA, légèrement modifiée.")
DP["D5"] = double_lba("D5", "resto_compiegne", "G1602", False, (14, 16), note="L'Auberge de la Forêt Compiègne : offre LBA publiée deux fois à l'identique.")
DP["D6"] = double_lba("D6", "fromagerie_lille", "D1106", False, (24, 28), partner="Hellowork", note="Fromagerie des Flandres Lille : l'annonce Hellowork apparaît deux fois sur LBA (republication).")

# ---- traps (distinct offers that look alike)
# T1 same bakery, baker (C01) vs salesperson
r = sub_rng("T1")
j = make_job("lemaire", "D1106", r, ft_title="Vendeur / Vendeuse en boulangerie - Alternance", app="Vendeur / Vendeuse en boulangerie-pâtisserie")
t1 = ft_offer(j, r, D(R), render(j, "struct", r))
trap("same_employer_other_job", [F(CP["C01"][1]), F(t1)], "Boulangerie Lemaire Arras : apprenti boulanger (fournil) et apprenti(e) vendeur(se) (boutique) : deux postes différents.")

# T2 Au Pain Doré: salesperson (C02) vs baker
r = sub_rng("T2")
j = make_job("pain_dore", "D1102", r)
t2 = lba_job(j, r, D(R), render(j, "prose", r), name_mode="brand")
trap("same_employer_other_job", [L(CP["C02"][2]), F(CP["C02"][1]), L(t2)], "Au Pain Doré Amiens : le poste de vendeur(se) (groupe C02) et un poste d'apprenti boulanger sont deux offres distinctes.")

# T3 supermarket Lens: fruit & veg salesperson vs in-store baker
r = sub_rng("T3")
j = make_job("super_lens", "D1106", r)
a = ft_offer(j, r, D(R), render(j, "struct", r))
j2 = make_job("super_lens", "D1102", r, extra=["Le poste est rattaché au rayon boulangerie du magasin (cuisson et fabrication sur place)."])
b = lba_job(j2, r, D(R), render(j2, "prose", r))
trap("same_employer_other_job", [F(a), L(b)], "Super Nordis Lens : vendeur(se) rayon frais et boulanger du rayon boulangerie du même magasin : deux métiers.")

# T4 caterer Compiègne: cook vs shop salesperson
r = sub_rng("T4")
j = make_job("traiteur_compiegne", "G1602", r)
a = lba_job(j, r, D(R), render(j, "struct", r))
j2 = make_job("traiteur_compiegne", "D1106", r, extra=["Vente au comptoir de la boutique traiteur : plats cuisinés, charcuterie, fromages."])
b = lba_job(j2, r, D(R), render(j2, "struct", r))
trap("same_employer_other_job", [L(a), L(b)], "Verbrugghe Traiteur Compiègne : apprenti cuisinier (laboratoire) et vendeur(se) en boutique.")

# T5 garage Valenciennes: CAP mechanic (C06) vs BTS technician
r = sub_rng("T5")
j = make_job("garage_valenciennes", "I1604", r, dip=2, ft_title="Technicien maintenance automobile BTS MV en alternance (H/F)",
             app="Technicien / Technicienne de maintenance automobile",
             extra=["Vous serez formé(e) au diagnostic avancé et à la relation client atelier (réception, devis)."])
a = ft_offer(j, r, D(R), render(j, "prose", r))
trap("same_employer_other_job", [F(CP["C06"][1]), F(a)], "Garage du Hainaut : apprenti CAP mécanicien et alternant BTS technicien : deux recrutements distincts.")

# T6 bakery chain template, three cities (LBA)
r = sub_rng("T6")
chain_text = ("Pains & Compagnie recrute pour sa boutique de {ville} un(e) apprenti(e) boulanger(e).\n\n"
              "Au sein d'une équipe de 6 à 10 personnes, vous apprendrez à fabriquer nos pains, baguettes et viennoiseries selon les recettes de l'enseigne.\n"
              "- Pétrissage, façonnage, cuisson\n- Mise en place de la boutique\n- Respect des règles d'hygiène\n\n"
              "Profil : CAP Boulanger en préparation, motivé(e), disponible le week-end.\n"
              "Rémunération selon la grille de l'apprentissage + prime d'intéressement. Postulez en ligne !")
mem = []
for ville_key, street in (("lille", "5 RUE FAIDHERBE"), ("amiens", "12 RUE DE NOYON"), ("beauvais", "3 RUE DE LA TAILLERIE")):
    j = make_job("pains_cie", "D1102", r, lba_title="Apprenti(e) boulanger(ère) - Pains & Compagnie")
    j["commune"] = ville_key
    j["ville"] = COMMUNES[ville_key][3]
    siret = make_siret(r, SIRENS[EMPLOYERS["pains_cie"]["legal"]])
    o = lba_job(j, r, D(R, 5, 20), chain_text.format(ville=j["ville"]), street=street, siret=siret, name_mode="legal", addr_style=0)
    mem.append(L(o))
trap("chain_template", mem, "Réseau Pains & Compagnie : même texte type publié pour trois boutiques (Lille, Amiens, Beauvais), établissements et SIRET différents.")

# T7 fast-fit chain template (FT), Arras and Douai
r = sub_rng("T7")
are_text = ("AUTO REVISION EXPRESS, réseau national d'entretien automobile, recrute un apprenti mécanicien H/F pour son centre de {ville}.\n"
            "Missions : vidanges, freinage, pneumatiques, contrôles de sécurité, accueil atelier.\n"
            "Vous préparez un CAP ou un Bac pro Maintenance des véhicules. Formation interne assurée.\n"
            "Avantages : tenues fournies, mutuelle, primes d'objectifs.")
mem = []
for ville_key in ("arras", "douai"):
    j = make_job("are_express", "I1604", r, ft_title="Apprenti mécanicien automobile (H/F)")
    j["commune"] = ville_key
    j["ville"] = COMMUNES[ville_key][3]
    o = ft_offer(j, r, D(R, 30, 40), are_text.format(ville=j["ville"]), show_name=True)
    mem.append(F(o))
trap("chain_template", mem, "Auto Révision Express : même annonce type pour ses centres d'Arras et de Douai (deux lieux de travail).")

# T8 temp agency cook template: Dunkerque, Calais (FT) and Boulogne (Meteojob via LBA)
r = sub_rng("T8")
ia_text = ("Intérim Alternance Nord recherche pour l'un de ses clients, restaurant situé à {ville}, un commis de cuisine en contrat d'apprentissage (H/F).\n\n"
           "Vos missions : mise en place, préparations froides et chaudes, plonge et entretien du poste.\n"
           "Profil : vous souhaitez préparer un CAP Cuisine, vous êtes disponible en soirée et le week-end.\n\n"
           "Démarrage dès que possible. Contrat de 24 mois.")
mem = []
for ville_key, src in (("dunkerque", "ft"), ("calais", "ft"), ("boulogne", "lba")):
    j = make_job("interim_nord", "G1602", r, ft_title="Commis de cuisine en apprentissage (H/F)", lba_title="Commis de cuisine en apprentissage (H/F)")
    j["commune"] = ville_key
    j["ville"] = COMMUNES[ville_key][3]
    if src == "ft":
        mem.append(F(ft_offer(j, r, D(R, 40, 55), ia_text.format(ville=j["ville"]))))
    else:
        mem.append(L(lba_job(j, r, D(R, 40, 55), ia_text.format(ville=j["ville"]), partner="Meteojob", street="RUE DU VIEUX MARCHE AUX GRAINS")))
trap("agency_template", mem, "Agence d'intérim : même modèle de texte pour trois clients différents (Dunkerque, Calais, Boulogne-sur-Mer).")

# T9 same employer, same title, two sites (Tourcoing, Roubaix)
r = sub_rng("T9")
j = make_job("garage_flandres", "I1604", r, ft_title="Apprenti mécanicien automobile (H/F)", lba_title="Apprenti mécanicien auto H/F")
a = ft_offer(j, r, D(R), render(j, "struct", r) + "\nLieu : notre atelier de Tourcoing, boulevard Gambetta.")
j2 = make_job("garage_flandres", "I1604", r, ft_title="Apprenti mécanicien automobile (H/F)", lba_title="Apprenti mécanicien auto H/F")
j2["commune"] = "roubaix"
j2["ville"] = "Roubaix"
b = lba_job(j2, r, D(R), render(j2, "struct", r) + "\nLieu : notre second atelier, à Roubaix (rue de l'Épeule).",
            street="52 RUE DE L EPEULE", siret=make_siret(r, SIRENS[EMPLOYERS["garage_flandres"]["legal"]]))
trap("same_employer_other_site", [F(a), L(b)], "Garage des Flandres : même intitulé mais un apprenti pour l'atelier de Tourcoing et un pour celui de Roubaix.")

# T10 Brasserie de la Somme, Amiens (C09) vs Abbeville
r = sub_rng("T10")
j = make_job("brasserie_abbeville", "G1602", r, ft_title=CP["C09"][0]["ft_title"])
a = ft_offer(j, r, D(R), render(j, "prose", r))
trap("same_employer_other_site", [F(CP["C09"][1]), L(CP["C09"][2]), F(a)], "Brasserie de la Somme (même SAS) : commis à Amiens (groupe C09) et commis à Abbeville : deux établissements.")

# T11 two bakeries in Saint-Quentin, short generic texts (LBA)
r = sub_rng("T11")
mem = []
for emp in ("fournil_stq_a", "fournil_stq_b"):
    j = make_job(emp, "D1102", r, lba_title="Boulanger / Boulangère")
    mem.append(L(lba_job(j, r, D(R, 20, 30), DEFS["D1102"][0], name_mode="brand")))
trap("same_commune_generic_text", mem, "Deux boulangeries différentes de Saint-Quentin (Delval, Le Pétrin), même texte générique d'une ligne.")

# T12 two restaurants in Lens, short similar texts (FT)
r = sub_rng("T12")
mem = []
for emp, txt in (("resto_lens_a", "Restaurant à Lens recherche apprenti(e) commis de cuisine, CAP cuisine. Service midi et soir. Débutant accepté."),
                 ("resto_lens_b", "Restaurant sur Lens cherche apprenti commis de cuisine (CAP cuisine). Service du midi et du soir, débutants acceptés.")):
    j = make_job(emp, "G1602", r, ft_title="Apprenti(e) commis de cuisine")
    mem.append(F(ft_offer(j, r, D(R, 60, 66), txt)))
trap("same_commune_generic_text", mem, "Le Carreau et Chez Mimile, deux restaurants de Lens, textes courts presque identiques : employeurs différents.")

# T13 two grocers in Beauvais
r = sub_rng("T13")
j = make_job("epicerie_beauvais_a", "D1106", r)
a = lba_job(j, r, D(R, 10, 14), "Épicerie en centre-ville de Beauvais recherche apprenti(e) vendeur(se). Accueil, conseil, mise en rayon, caisse.", name_mode="brand")
j2 = make_job("epicerie_beauvais_b", "D1106", r)
b = ft_offer(j2, r, D(R, 10, 14), "Epicerie de centre ville (Beauvais) recrute un apprenti vendeur H/F : accueil et conseil clients, mise en rayon, encaissement.")
trap("same_commune_generic_text", [L(a), F(b)], "Deux épiceries différentes de Beauvais (Épicerie du Beffroi, Vrac & Bio), textes génériques proches.")

# T14 two garages in Béthune
r = sub_rng("T14")
mem = []
for emp, txt in (("garage_bethune_a", "Garage Béthune recherche apprenti mécanicien CAP MV. Entretien, pneus, freinage. Motivé et sérieux."),
                 ("garage_bethune_b", "Garage à Béthune cherche apprenti(e) mécanicien(ne) pour CAP maintenance véhicules : entretien, freins, pneumatiques. Sérieux et motivé.")):
    j = make_job(emp, "I1604", r, ft_title="Apprenti mécanicien automobile (H/F)")
    mem.append(F(ft_offer(j, r, D(R, 45, 52), txt)))
trap("same_commune_generic_text", mem, "Garage Leclercq et Auto Services : deux garages de Béthune, même intitulé, textes courts similaires.")

# T15 supermarket chain template on Hellowork: Creil and Compiègne
r = sub_rng("T15")
fm_text = ("Fraîch'Market, l'enseigne du frais en Hauts-de-France, recrute pour son magasin de {ville} un(e) alternant(e) vendeur(se) produits frais.\n"
           "Au programme : réception, mise en rayon, conseil à la coupe, tenue du rayon, caisse.\n"
           "Formation : CAP Équipier polyvalent du commerce ou Bac pro Métiers du commerce et de la vente.\n"
           "Horaires du lundi au samedi selon planning.")
mem = []
for ville_key, street in (("creil", "ZAC DES HAUTS DE CREIL"), ("compiegne", "AVENUE DE L EUROPE")):
    j = make_job("fraich_market", "D1106", r, lba_title="Vendeur / Vendeuse en produits frais")
    j["commune"] = ville_key
    j["ville"] = COMMUNES[ville_key][3]
    mem.append(L(lba_job(j, r, D(R, 25, 30), fm_text.format(ville=j["ville"]), partner="Hellowork", street=street,
                         siret=make_siret(r, SIRENS[EMPLOYERS["fraich_market"]["legal"]]), name_mode="brand")))
trap("chain_template", mem, "Fraîch'Market : même annonce pour les magasins de Creil et de Compiègne.")

# T16 two Lille bakeries, same week, similar vocabulary (R01 vs another bakery)
r = sub_rng("T16")
j = make_job("boul_lille2", "D1102", r, ft_title=REL["R01"][1]["intitule"])
d0 = datetime.datetime.strptime(REL["R01"][1]["dateCreation"], "%Y-%m-%dT%H:%M:%S.000Z")
a = ft_offer(j, r, clamp(d0 + datetime.timedelta(days=2)), render(j, "struct", r))
trap("same_commune_similar_text", [F(REL["R01"][1]), L(REL["R01"][2]), F(a)], "Deux boulangeries de Lille (Le Fournil de Vauban, Le Pain de Wazemmes), même intitulé, même semaine : employeurs différents.")

# T17 same bakery: apprentice (C03) vs qualified baker CDI
r = sub_rng("T17")
j = make_job("maison_cuvelier", "D1102", r, nature="cdi", ft_title="Boulanger / Boulangère (H/F) - CDI",
             app="Ouvrier boulanger / Ouvrière boulangère", extra=["Expérience de 2 ans minimum exigée, autonomie sur la production du matin."])
a = ft_offer(j, r, D(R), render(j, "prose", r), show_name=False)
trap("same_employer_other_job", [F(CP["C03"][1]), L(CP["C03"][2]), F(a)], "Maison Cuvelier : apprenti boulanger (C03) et boulanger qualifié en CDI : deux postes.")

# ---- distinct offers (no group)
SINGLE_FT = [
    ("boul_calais", "D1102", "apprentissage"), ("moulin_soissons", "D1102", "apprentissage"), ("boul_creil", "D1102", "apprentissage"),
    ("boul_tourcoing", "D1102", "apprentissage"), ("boul_lens", "D1102", "cdi"), ("boul_compiegne", "D1102", "apprentissage"),
    ("boul_dunk", "D1102", "apprentissage"),
    ("primeur_valenciennes", "D1106", "apprentissage"), ("super_amiens", "D1106", "pro"), ("epicerie_douai", "D1106", "apprentissage"),
    ("super_soissons", "D1106", "cdd"), ("epicerie_laon", "D1106", "apprentissage"),
    ("garage_laon", "I1604", "apprentissage"), ("garage_douai", "I1604", "apprentissage"), ("garage_stquentin", "I1604", "pro"),
    ("garage_villeneuve", "I1604", "cdi"), ("garage_arras", "I1604", "apprentissage"),
    ("resto_dunk", "G1602", "apprentissage"), ("resto_valenciennes", "G1602", "apprentissage"), ("resto_lille2", "G1602", "apprentissage"),
    ("collective_creil", "G1602", "pro"), ("resto_douai", "G1602", "cdd"), ("hotel_arras", "G1602", "apprentissage"),
    ("resto_stquentin", "G1602", "apprentissage"), ("resto_tourcoing", "G1602", "apprentissage"),
]
SINGLE_LBA = [
    ("boul_villeneuve", "D1102", "offres_emploi_lba"), ("boul_bethune", "D1102", "offres_emploi_lba"),
    ("boul_abbeville", "D1102", "offres_emploi_lba"), ("boul_tourcoing", "D1106", "offres_emploi_lba"),
    ("primeur_amiens", "D1106", "offres_emploi_lba"), ("cremerie_boulogne", "D1106", "offres_emploi_lba"),
    ("super_valenciennes", "D1106", "Hellowork"), ("primeur_roubaix", "D1106", None),  # None: relay of an FT offer not in this pull
    ("garage_soissons", "I1604", "offres_emploi_lba"), ("garage_abbeville", "I1604", "offres_emploi_lba"),
    ("garage_creil", "I1604", "offres_emploi_lba"), ("garage_dunk2", "I1604", "Meteojob"),
    ("garage_lens", "I1604", None),
    ("resto_calais", "G1602", "offres_emploi_lba"), ("resto_laon", "G1602", "offres_emploi_lba"), ("resto_amiens2", "G1602", "offres_emploi_lba"),
    ("resto_lille3", "G1602", "offres_emploi_lba"), ("resto_villeneuve", "G1602", "offres_emploi_lba"), ("resto_bethune", "G1602", "Hellowork"),
    ("collective_amiens", "G1602", "Hellowork"), ("resto_valenciennes2", "G1602", "Meteojob"),
    ("boul_dunk", "D1106", "offres_emploi_lba"), ("estaminet_lille", "D1106", "offres_emploi_lba"),
]

for i, (emp, rome, nat) in enumerate(SINGLE_FT):
    r = sub_rng("SF%02d" % i)
    ft_t = None
    if nat == "cdi":
        ft_t = {"D1102": "Boulanger / Boulangère H/F", "I1604": "Mécanicien automobile confirmé (H/F)"}[rome]
    elif nat == "cdd":
        ft_t = {"D1106": "Employé(e) libre service - CDD 6 mois", "G1602": "Cuisinier / Cuisinière (H/F)"}[rome]
    j = make_job(emp, rome, r, nature=nat, ft_title=ft_t)
    st = r.choice(["struct", "prose", "emoji", "caps", "short", "long", "oneline", "struct"])
    txt = render(j, st, r)
    if nat in ("cdi", "cdd"):
        txt = txt.replace("apprentissage", "CDI" if nat == "cdi" else "CDD").replace("apprenti(e)", "salarié(e)").replace("apprenti", "salarié")
    if r.random() < 0.25:
        txt = typos(txt, r)
    o = ft_offer(j, r, D(R), txt)
    if i in (4, 11):
        o["origineOffre"] = {"origine": "2", "urlOrigine": o["origineOffre"]["urlOrigine"],
                             "partenaires": [{"nom": "INDEED", "url": "https://fr.indeed.com/viewjob?jk=%016x" % r.getrandbits(64), "logo": None}]}

SAME_EMP_SINGLE = []
for i, (emp, rome, partner) in enumerate(SINGLE_LBA):
    r = sub_rng("SL%02d" % i)
    j = make_job(emp, rome, r)
    if partner is None:  # France Travail offer relayed by LBA, whose FT original is not in this France Travail pull
        orphan = ft_offer(j, r, D(R), render(j, "struct", r))
        FT_OFFERS.remove(orphan)
        relay(orphan, j, r, "same")
        continue
    if partner == "offres_emploi_lba" and r.random() < 0.4:
        txt = r.choice(DEFS[rome])
    else:
        txt = render(j, r.choice(["struct", "prose", "emoji", "short", "long", "caps"]), r)
    if r.random() < 0.2:
        txt = typos(txt, r)
    lba_job(j, r, D(R), txt, partner=partner)

# same employer, different job among the distinct offers: listed as traps too
trap("same_employer_other_job", [F([o for o in FT_OFFERS if o["lieuTravail"]["commune"] == "59599" and o["romeCode"] == "D1102"][0]),
                                  L([o for o in LBA_JOBS if o["workplace"]["legal_name"] == "SARL AUX DELICES DU BRUN PAIN"][0])],
     "Aux Délices du Brun Pain Tourcoing : apprenti boulanger (FT) et apprenti(e) vendeur(se) (LBA).")
trap("same_employer_other_job", [F([o for o in FT_OFFERS if o["lieuTravail"]["commune"] == "59183" and o["romeCode"] == "D1102"][0]),
                                  L([o for o in LBA_JOBS if o["workplace"]["legal_name"] == "SARL LE PAIN DES DUNES"][0])],
     "Le Pain des Dunes Dunkerque : apprenti boulanger (FT) et apprenti(e) vendeur(se) en boutique (LBA).")
trap("same_employer_other_job", [F(REL["R07"][1]), L(REL["R07"][2]),
                                  L([o for o in LBA_JOBS if o["workplace"]["legal_name"] == "SARL LE VIEUX BEFFROI"][0])],
     "Estaminet Au Vieux Beffroi Lille : commis de cuisine (R07) et vendeur(se) pour sa boutique de produits régionaux.")

# ---------------------------------------------------------------- write files
def write_all(root):
    for sub in ("ft", "lba"):
        d = os.path.join(root, sub)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.endswith(".json"):
                os.remove(os.path.join(d, fn))
    order = {"offres_emploi_lba": 0, "France Travail": 1}
    for rome in sorted(ROME):
        fts = [o for o in FT_OFFERS if o["romeCode"] == rome]
        fts.sort(key=lambda o: o["dateCreation"], reverse=True)  # sort=1: creation date, newest first
        agg = {}
        for o in fts:
            agg[o["typeContrat"]] = agg.get(o["typeContrat"], 0) + 1
        body = {"resultats": fts, "filtresPossibles": [
            {"filtre": "typeContrat", "agregation": [{"valeurPossible": k, "nbResultats": v} for k, v in sorted(agg.items())]}]}
        with open(os.path.join(root, "ft", "search_region32_%s.json" % rome), "w", encoding="utf-8") as fh:
            json.dump(body, fh, ensure_ascii=False, indent=2)
        jobs = [o for o in LBA_JOBS if o["offer"]["rome_codes"][0] == rome]
        jobs.sort(key=lambda o: o["offer"]["publication"]["creation"], reverse=True)
        jobs.sort(key=lambda o: order.get(o["identifier"]["partner_label"], 2))
        with open(os.path.join(root, "lba", "search_region32_%s.json" % rome), "w", encoding="utf-8") as fh:
            json.dump({"jobs": jobs, "recruiters": [], "warnings": []}, fh, ensure_ascii=False, indent=2)
    with open(os.path.join(root, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump({"groups": GROUPS, "traps": TRAPS}, fh, ensure_ascii=False, indent=2)

    kinds = {}
    for g in GROUPS:
        key = "%s (%d membres)" % (g["kind"], len(g["members"]))
        kinds[key] = kinds.get(key, 0) + 1
    tkinds = {}
    for t in TRAPS:
        tkinds[t["kind"]] = tkinds.get(t["kind"], 0) + 1
    in_groups = sum(len(g["members"]) for g in GROUPS)
    distinct = len(FT_OFFERS) + len(LBA_JOBS) - in_groups + len(GROUPS)
    partners = {}
    for o in LBA_JOBS:
        partners[o["identifier"]["partner_label"]] = partners.get(o["identifier"]["partner_label"], 0) + 1
    lines = [
        "# Partie DEV : offres fictives France Travail / La bonne alternance (Hauts-de-France)",
        "",
        "Jeu d'évaluation écrit à l'aveugle pour la fusion des deux sources. Tout est inventé (employeurs, SIRET,",
        "personnes, adresses, textes, identifiants) ; seuls les codes ROME, communes, codes INSEE et postaux sont réels.",
        "Régénérer : `python3 generate.py` ; vérifier : `python3 check.py`.",
        "",
        "- Région : Hauts-de-France (code 32), départements 59, 62, 80, 60, 02.",
        "- Codes ROME : D1102 (boulangerie - viennoiserie), D1106 (vente en alimentation), I1604 (mécanique automobile),",
        "  G1602 (personnel de cuisine). Des offres relayées portent en plus D1104, D1507, I1606, I1607, G1603 ou G1601.",
        "- Dates de création : du 2 mars au 29 mai 2026.",
        "- `ft/` : %d offres France Travail (4 réponses de recherche, une par code ROME)." % len(FT_OFFERS),
        "- `lba/` : %d offres La bonne alternance (4 réponses) ; partner_label : %s." % (
            len(LBA_JOBS), ", ".join("%s %d" % kv for kv in sorted(partners.items()))),
        "- `truth.json` : %d groupes (%s) et %d pièges (%s)." % (
            len(GROUPS), ", ".join("%s : %d" % kv for kv in sorted(kinds.items())),
            len(TRAPS), ", ".join("%s : %d" % kv for kv in sorted(tkinds.items()))),
        "- Nombre d'offres distinctes attendu : %d (%d offres publiées)." % (distinct, len(FT_OFFERS) + len(LBA_JOBS)),
        "- Deux offres LBA relayées de France Travail ont un original absent de `ft/` : ce sont des offres distinctes.",
        "- Piège « réembauche plus de six mois après » absent : toutes les dates sont entre mars et mai 2026.",
    ]
    with open(os.path.join(root, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("ft offers", len(FT_OFFERS), "lba jobs", len(LBA_JOBS), "groups", len(GROUPS), kinds, "traps", len(TRAPS), tkinds,
          "distinct", distinct)


if __name__ == "__main__":
    write_all(os.path.dirname(os.path.abspath(__file__)))
