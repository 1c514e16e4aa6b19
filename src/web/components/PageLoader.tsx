import { Center, Loader } from "@mantine/core";

/** While a page's code or first data arrives. */
export function PageLoader() {
  return (
    <Center h="60vh" aria-busy="true">
      <Loader aria-label="Loading" />
    </Center>
  );
}
