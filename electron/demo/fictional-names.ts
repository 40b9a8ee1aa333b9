// Fictional people for the demo network: first names and surnames as they
// occur in Rotterdam Noord, combined at random. Any likeness is chance.

export const firstNames = [
  'Anouk', 'Bram', 'Chantal', 'Daan', 'Esra', 'Fatima', 'Gerrit', 'Hanneke', 'Ilse', 'Jeroen', 'Karima', 'Lotte', 'Mohamed', 'Naima',
  'Orlando', 'Priya', 'Quinten', 'Rachida', 'Sanne', 'Tamara', 'Umut', 'Vera', 'Wouter', 'Yasmina', 'Zeynep', 'Ahmed', 'Bianca',
  'Cor', 'Dewi', 'Emre', 'Femke', 'Gloria', 'Hamza', 'Ingrid', 'Joyce', 'Kees', 'Latifa', 'Marloes', 'Nadia', 'Olga', 'Pieter',
  'Rianne', 'Said', 'Tessa', 'Ricardo', 'Wendy', 'Yusuf', 'Agnieszka', 'Bouchra', 'Carmen', 'Dirk', 'Elif', 'Frank', 'Gijs',
  'Hatice', 'Iris', 'Jolanda', 'Kevin', 'Linda', 'Marco', 'Nora', 'Ozan', 'Petra', 'Roos', 'Samira', 'Thijs', 'Ursula', 'Vincent',
  'Willemijn', 'Xander', 'Yvonne', 'Zoë', 'Aisha', 'Bart', 'Celine', 'Dennis', 'Esther', 'Floor', 'Gül', 'Hugo', 'Imane', 'Jasper',
] as const;

export const surnames = [
  'de Vries', 'Bakker', 'El Amrani', 'Yılmaz', 'Jansen', 'Visser', 'Kaya', 'Smits', 'Brouwer', 'Doğan', 'van Dijk', 'Mulder',
  'Benali', 'de Graaf', 'Pinas', 'Kowalski', 'van Leeuwen', 'Hoekstra', 'Tahiri', 'Verbeek', 'Ramdin', 'Boukhari', 'van der Meer',
  'Koster', 'Öztürk', 'Groen', 'Lopes', 'Postma', 'Sedney', 'Willems', 'de Boer', 'Ait Hamou', 'Veenstra', 'Çelik', 'Molenaar',
  'Ziani', 'Dekker', 'Kramer', 'Soekhai', 'van Vliet', 'Nowak', 'Hendriks', 'Bouzid', 'Vermeulen', 'Monteiro', 'Prins', 'Aydın',
  'van den Berg', 'Zwart', 'Haddou', 'Schouten', 'Ramdas', 'Kuipers', 'de Jong', 'Oosterhout', 'El Idrissi', 'Wijnands', 'Baldewsingh',
  'Peeters', 'van Rijn', 'Lahlou', 'Timmer', 'Arslan', 'Boersma', 'Fernandes', 'van Beek', 'Mahabier', 'Sterk', 'Chaouch', 'Bos',
] as const;
