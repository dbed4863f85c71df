// The immigration courts of EOIR (and the BIA) with the zone of the city each sits in. A US case
// takes its court's zone when opened: New York's clock is wrong for Los Angeles or El Paso.
import { forumSlug } from './forum-id';
import { Forum, ForumList } from './forum.types';

type Zone =
  | 'America/New_York'
  | 'America/Detroit'
  | 'America/Chicago'
  | 'America/Denver'
  | 'America/Phoenix'
  | 'America/Los_Angeles'
  | 'America/Puerto_Rico'
  | 'Pacific/Honolulu'
  | 'Pacific/Saipan';

const court = (city: string, region: string, timeZone: Zone, variant?: string): Forum => ({
  id: `us-eoir-${forumSlug(variant ? `${city} ${variant}` : city)}`,
  jurisdiction: 'US',
  kind: 'immigration-court',
  name: `${city}${variant ? ` (${variant})` : ''} Immigration Court`,
  city,
  region,
  timeZone,
});

export const US_EOIR_COURTS: ForumList = {
  jurisdiction: 'US',
  // Compiled from EOIR's published court list (justice.gov/eoir, Immigration Court Listing) as
  // known in 2025; zones follow each court's city. A court missing here: give its zone instead.
  source: 'EOIR Immigration Court Listing (compiled 2025; check for new and closed courts)',
  forums: [
    {
      id: 'us-eoir-bia',
      jurisdiction: 'US',
      kind: 'appeals-board',
      name: 'Board of Immigration Appeals',
      city: 'Falls Church',
      region: 'VA',
      timeZone: 'America/New_York',
    },
    court('Eloy', 'AZ', 'America/Phoenix'),
    court('Florence', 'AZ', 'America/Phoenix'),
    court('Phoenix', 'AZ', 'America/Phoenix'),
    court('Tucson', 'AZ', 'America/Phoenix'),
    court('Adelanto', 'CA', 'America/Los_Angeles'),
    court('Concord', 'CA', 'America/Los_Angeles'),
    court('Imperial', 'CA', 'America/Los_Angeles'),
    court('Los Angeles', 'CA', 'America/Los_Angeles', 'Olive Street'),
    court('Los Angeles', 'CA', 'America/Los_Angeles', 'North Los Angeles Street'),
    court('Los Angeles', 'CA', 'America/Los_Angeles', 'Van Nuys'),
    court('Otay Mesa', 'CA', 'America/Los_Angeles'),
    court('Sacramento', 'CA', 'America/Los_Angeles'),
    court('San Diego', 'CA', 'America/Los_Angeles'),
    court('San Francisco', 'CA', 'America/Los_Angeles'),
    court('Aurora', 'CO', 'America/Denver'),
    court('Denver', 'CO', 'America/Denver'),
    court('Hartford', 'CT', 'America/New_York'),
    court('Miami', 'FL', 'America/New_York'),
    court('Miami', 'FL', 'America/New_York', 'Krome'),
    court('Orlando', 'FL', 'America/New_York'),
    court('Atlanta', 'GA', 'America/New_York', 'Ted Turner Drive'),
    court('Atlanta', 'GA', 'America/New_York', 'Peachtree Street'),
    court('Stewart', 'GA', 'America/New_York'),
    court('Honolulu', 'HI', 'Pacific/Honolulu'),
    court('Chicago', 'IL', 'America/Chicago'),
    court('New Orleans', 'LA', 'America/Chicago'),
    court('Oakdale', 'LA', 'America/Chicago'),
    court('Baltimore', 'MD', 'America/New_York'),
    court('Hyattsville', 'MD', 'America/New_York'),
    court('Boston', 'MA', 'America/New_York'),
    court('Chelmsford', 'MA', 'America/New_York'),
    court('Detroit', 'MI', 'America/Detroit'),
    court('Fort Snelling', 'MN', 'America/Chicago'),
    court('Kansas City', 'MO', 'America/Chicago'),
    court('Omaha', 'NE', 'America/Chicago'),
    court('Las Vegas', 'NV', 'America/Los_Angeles'),
    court('Elizabeth', 'NJ', 'America/New_York'),
    court('Newark', 'NJ', 'America/New_York'),
    court('Batavia', 'NY', 'America/New_York'),
    court('Buffalo', 'NY', 'America/New_York'),
    court('New York', 'NY', 'America/New_York', 'Broadway'),
    court('New York', 'NY', 'America/New_York', 'Federal Plaza'),
    court('New York', 'NY', 'America/New_York', 'Varick'),
    court('Charlotte', 'NC', 'America/New_York'),
    court('Cleveland', 'OH', 'America/New_York'),
    court('Columbus', 'OH', 'America/New_York'),
    court('Portland', 'OR', 'America/Los_Angeles'),
    court('Philadelphia', 'PA', 'America/New_York'),
    court('York', 'PA', 'America/New_York'),
    court('Guaynabo', 'PR', 'America/Puerto_Rico'),
    court('Saipan', 'MP', 'Pacific/Saipan'),
    court('Memphis', 'TN', 'America/Chicago'),
    court('Conroe', 'TX', 'America/Chicago'),
    court('Dallas', 'TX', 'America/Chicago'),
    // El Paso keeps Mountain time, unlike the rest of Texas.
    court('El Paso', 'TX', 'America/Denver'),
    court('El Paso', 'TX', 'America/Denver', 'Service Processing Center'),
    court('Fort Worth', 'TX', 'America/Chicago'),
    court('Harlingen', 'TX', 'America/Chicago'),
    court('Houston', 'TX', 'America/Chicago'),
    court('Houston', 'TX', 'America/Chicago', 'South Gessner'),
    court('Pearsall', 'TX', 'America/Chicago'),
    court('Port Isabel', 'TX', 'America/Chicago'),
    court('San Antonio', 'TX', 'America/Chicago'),
    court('Salt Lake City', 'UT', 'America/Denver'),
    court('Annandale', 'VA', 'America/New_York'),
    court('Sterling', 'VA', 'America/New_York'),
    court('Seattle', 'WA', 'America/Los_Angeles'),
    court('Tacoma', 'WA', 'America/Los_Angeles'),
  ],
};
